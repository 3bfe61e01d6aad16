package se.klara.reports;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.shared.Actor;
import se.klara.shared.NotFoundException;

/** The annual follow-up report of an area as a web page and as a PDF download. */
@Controller
class ReportController {
  private final AreaAccess areaAccess;
  private final FollowUpReports reports;
  private final AuditLog audit;

  ReportController(AreaAccess areaAccess, FollowUpReports reports, AuditLog audit) {
    this.areaAccess = areaAccess;
    this.reports = reports;
    this.audit = audit;
  }

  @GetMapping("/areas/{area}/reports/followup")
  String page(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "year", required = false) Integer year,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("report", reports.build(area, year(area, year), locale));
    return "reports/page";
  }

  @GetMapping("/areas/{area}/reports/followup.pdf")
  ResponseEntity<byte[]> pdf(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "year", required = false) Integer year,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    Report report = reports.build(area, year(area, year), locale);
    byte[] pdf = reports.pdf(report, locale);
    audit.record(
        AuditEntry.of("REPORT_PDF", "area", area.id())
            .inArea(area.id())
            .withDetail("followup " + report.year()));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("uppfoljning-" + area.slug() + "-" + report.year() + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  private int year(Area area, Integer year) {
    if (year == null) {
      return reports.defaultYear(area);
    }
    if (year < 1900 || year > 2200) {
      throw new NotFoundException("year");
    }
    return year;
  }
}
