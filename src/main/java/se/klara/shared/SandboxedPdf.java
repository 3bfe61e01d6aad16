package se.klara.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The one way Klara lays out XHTML as PDF (openhtmltopdf): fast mode, Klara as producer, and no
 * resource loaded from outside the document, whatever the document links to. Callers add what
 * differs (PDF/UA tagging, fonts, an SVG drawer) to the builder before {@link #render}.
 */
public final class SandboxedPdf {
  private static final String BUNDLED_REGULAR =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private SandboxedPdf() {}

  /** A builder that may load nothing from outside the document. */
  public static PdfRendererBuilder builder() {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("Klara");
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    return builder;
  }

  /**
   * Registers the regular Liberation Sans that PDFBox ships (so it is there on every machine) as
   * the given family, embedded; does nothing if this PDFBox has no such resource.
   */
  public static PdfRendererBuilder withBundledSans(PdfRendererBuilder builder, String family) {
    if (PDDocument.class.getResource(BUNDLED_REGULAR) != null) {
      builder.useFont(
          () -> PDDocument.class.getResourceAsStream(BUNDLED_REGULAR),
          family,
          400,
          FontStyle.NORMAL,
          true);
    }
    return builder;
  }

  /** Lays out the well-formed XHTML with the builder. */
  public static byte[] render(PdfRendererBuilder builder, String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
