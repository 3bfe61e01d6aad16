package se.klara.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * Lays out the report's XHTML as a PDF with openhtmltopdf: CSS paged media for the cover, page
 * numbers and the table of contents' page references; charts are inline SVG drawn by Batik. Nothing
 * is loaded from outside the document. Fonts as in the onboarding PDF: PDFBox's own Liberation
 * Sans, bold from Debian's fonts-liberation when installed.
 */
@Component
class ReportPdf {
  static final String FONT_FAMILY = "Klara Sans";
  private static final String BUNDLED_REGULAR =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final List<Path> BOLD =
      List.of(
          Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
          Path.of("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"));

  byte[] toPdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("Klara");
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    if (PDDocument.class.getResource(BUNDLED_REGULAR) != null) {
      builder.useFont(
          () -> PDDocument.class.getResourceAsStream(BUNDLED_REGULAR),
          FONT_FAMILY,
          400,
          FontStyle.NORMAL,
          true);
    }
    BOLD.stream()
        .filter(Files::isReadable)
        .findFirst()
        .ifPresent(
            file -> builder.useFont(() -> open(file), FONT_FAMILY, 700, FontStyle.NORMAL, true));
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
