package se.klara.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.shared.Actor;
import se.klara.shared.CsvCells;
import se.klara.shared.DateRange;
import se.klara.shared.Role;

/**
 * Origin of people met: the ranking view, its CSV export and JSON, and the upload of aggregates.
 */
@Controller
class OriginsController {
  private final AreaAccess areaAccess;
  private final Origins origins;
  private final MessageSource messages;
  private final Clock clock;

  OriginsController(AreaAccess areaAccess, Origins origins, MessageSource messages, Clock clock) {
    this.areaAccess = areaAccess;
    this.origins = origins;
    this.messages = messages;
    this.clock = clock;
  }

  private DateRange range(String from, String to) {
    LocalDate today = LocalDate.now(clock.withZone(DateRange.ZONE));
    return AnalysisController.period("from", from, to, DateRange.lastDays(today, 365));
  }

  @GetMapping("/areas/{area}/analysis/origins")
  String view(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "group", required = false) String group,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("groups", origins.groups(area));
    model.addAttribute("observers", origins.observers(area));
    model.addAttribute("group", group == null ? "" : group);
    model.addAttribute("canUpload", actor.role() == Role.COORDINATOR || actor.role() == Role.ADMIN);
    DateRange range = DateRange.lastDays(LocalDate.now(clock.withZone(DateRange.ZONE)), 365);
    try {
      range = range(from, to);
      model.addAttribute("totals", origins.totals(area, range, group));
    } catch (AnalysisInputException e) {
      model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
    }
    model.addAttribute("range", range);
    return "analysis/origins";
  }

  @GetMapping("/areas/{area}/analysis/origins.csv")
  ResponseEntity<String> export(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "group", required = false) String group) {
    Area area = areaAccess.require(actor, slug);
    DateRange range = range(from, to);
    StringBuilder csv = new StringBuilder("origin,count,share\n");
    for (Origins.OriginTotal t : origins.totals(area, range, group)) {
      csv.append(quoted(CsvCells.safe(t.origin())))
          .append(',')
          .append(t.count())
          .append(',')
          .append(String.format(Locale.ROOT, "%.4f", t.share()))
          .append('\n');
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"origins-"
                + area.slug()
                + "-"
                + range.first()
                + "-"
                + range.last()
                + ".csv\"")
        .body(csv.toString());
  }

  /**
   * The ranking as JSON: {@code {"from", "to", "group", "origins": [{"origin", "count",
   * "share"}]}}; a wrong period answers 400 with a problem detail naming the field.
   */
  @GetMapping(value = "/api/v1/areas/{area}/analysis/origins", produces = "application/json")
  @ResponseBody
  ResponseEntity<?> json(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "group", required = false) String group,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    DateRange range = range(from, to);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", range.first().toString());
    body.put("to", range.last().toString());
    body.put("group", group == null || group.isBlank() ? null : group);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Origins.OriginTotal t : origins.totals(area, range, group)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("origin", t.origin());
      row.put("count", t.count());
      row.put("share", t.share());
      rows.add(row);
    }
    body.put("origins", rows);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static String quoted(String text) {
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }

  @PostMapping("/areas/{area}/analysis/origins")
  String upload(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    Area area = areaAccess.require(actor, slug);
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute(
          "uploadProblem", messages.getMessage("analysis.error.empty-file", null, locale));
      return "redirect:/areas/" + area.slug() + "/analysis/origins";
    }
    List<String> lines;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
      lines = reader.lines().toList();
    }
    try {
      int rows = origins.upload(Optional.of(actor), area, lines);
      redirect.addFlashAttribute("uploaded", rows);
    } catch (AnalysisInputException e) {
      String where =
          e.line() > 0
              ? messages.getMessage(
                  "analysis.origins.where", new Object[] {e.line(), e.field()}, locale)
              : "";
      redirect.addFlashAttribute(
          "uploadProblem", where + messages.getMessage(e.messageKey(), e.arguments(), locale));
    }
    return "redirect:/areas/" + area.slug() + "/analysis/origins";
  }
}
