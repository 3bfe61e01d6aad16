package se.klara.actions;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.shared.Actor;
import se.klara.shared.CsvCells;
import se.klara.shared.SandboxedPdf;

/**
 * The plan as a file: CSV (UTF-8 with BOM, safe against formula injection) and PDF, with the same
 * filter as the page and the same scoping (partners and owners get only their own items).
 */
@Controller
class ActionExportController {
  private final AreaAccess areaAccess;
  private final ActionPlan plan;
  private final se.klara.places.Places places;
  private final MessageSource messages;
  private final ITemplateEngine templates;

  ActionExportController(
      AreaAccess areaAccess,
      ActionPlan plan,
      se.klara.places.Places places,
      MessageSource messages,
      ITemplateEngine templates) {
    this.areaAccess = areaAccess;
    this.plan = plan;
    this.places = places;
    this.messages = messages;
    this.templates = templates;
  }

  /** The columns of the CSV file, documented in docs/data-formats.md. */
  static final List<String> COLUMNS =
      List.of(
          "id",
          "title",
          "kind",
          "category",
          "place",
          "owner",
          "owner_function",
          "status",
          "priority",
          "raised_on",
          "raised_by_organisation",
          "raised_in",
          "due_date",
          "closed_on",
          "outcome",
          "description");

  @GetMapping("/areas/{area}/actions.csv")
  ResponseEntity<byte[]> csv(
      Actor actor, @PathVariable("area") String slug, PlanParams params, Locale locale) {
    List<ActionItem> items = items(actor, slug, params);
    StringWriter out = new StringWriter();
    out.write('\uFEFF'); // so that spreadsheet programs read UTF-8
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
      printer.printRecord(COLUMNS);
      for (ActionItem i : items) {
        printer.printRecord(
            List.of(
                    String.valueOf(i.id()),
                    i.title(),
                    i.kind().name(),
                    i.category().code(),
                    nullToEmpty(i.placeName()),
                    nullToEmpty(i.ownerOrgName()),
                    nullToEmpty(i.ownerFunction()),
                    i.status().name(),
                    i.priority().name(),
                    i.raisedOn().toString(),
                    nullToEmpty(i.raisedByOrgName()),
                    nullToEmpty(i.raisedInLabel()),
                    i.dueDate() == null ? "" : i.dueDate().toString(),
                    i.closedOn() == null ? "" : i.closedOn().toString(),
                    nullToEmpty(i.outcome()),
                    nullToEmpty(i.description()))
                .stream()
                .map(CsvCells::safe)
                .toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file(
        out.toString().getBytes(StandardCharsets.UTF_8),
        new MediaType("text", "csv", StandardCharsets.UTF_8),
        "actions-" + slug + ".csv");
  }

  @GetMapping("/areas/{area}/actions.pdf")
  ResponseEntity<byte[]> pdf(
      Actor actor, @PathVariable("area") String slug, PlanParams params, Locale locale) {
    List<ActionItem> items = items(actor, slug, params);
    Context context =
        new Context(
            locale,
            Map.of(
                "area",
                areaAccess.require(actor, slug),
                "items",
                items,
                "generated",
                LocalDate.ofInstant(plan.now(), ActionItem.STOCKHOLM).toString()));
    byte[] pdf = toPdf(templates.process("actions/pdf", context));
    return file(pdf, MediaType.APPLICATION_PDF, "actions-" + slug + ".pdf");
  }

  private List<ActionItem> items(Actor actor, String slug, PlanParams params) {
    Area area = areaAccess.require(actor, slug);
    return plan.visible(actor, area, PlanView.read(places, area, params).filter());
  }

  /** Lays out the XHTML as a tagged PDF with an embedded font; it may load nothing from outside. */
  static byte[] toPdf(String xhtml) {
    PdfRendererBuilder builder = SandboxedPdf.builder();
    builder.usePdfUaAccessibility(true);
    return SandboxedPdf.render(SandboxedPdf.withBundledSans(builder, "Klara Sans"), xhtml);
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
