package se.klara.reports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.klara.shared.SandboxedPdf;

/**
 * Lays out the report's XHTML as a PDF with openhtmltopdf: CSS paged media for the cover, page
 * numbers and the table of contents' page references; charts are inline SVG drawn by Batik. Nothing
 * is loaded from outside the document.
 *
 * <p>Text is set in the PDF standard font Helvetica (sans-serif), which every reader has and which
 * covers Swedish letters (WinAnsi): embedding a TrueType font made the report three times slower to
 * lay out (docs/performance.md). On a server, one small chart is laid out when the application is
 * ready, so that the first report does not pay for loading Batik and the fonts of AWT.
 */
@Component
class ReportPdf {
  private static final Logger log = LoggerFactory.getLogger(ReportPdf.class);

  byte[] toPdf(String xhtml) {
    PdfRendererBuilder builder = SandboxedPdf.builder();
    builder.useSVGDrawer(new BatikSVGDrawer());
    return SandboxedPdf.render(builder, xhtml);
  }

  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    Thread thread =
        new Thread(
            () -> {
              long start = System.nanoTime();
              toPdf(
                  "<!DOCTYPE html><html><head><meta charset=\"utf-8\" /><title>Klara</title></head>"
                      + "<body><p>Klara åäö</p>"
                      + SvgChart.line(
                          "warm-up",
                          List.of("2019"),
                          List.of(java.math.BigDecimal.ONE),
                          java.math.BigDecimal.ONE,
                          null,
                          null,
                          java.math.BigDecimal::toPlainString)
                      + "</body></html>");
              log.debug("Report PDF warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            },
            "report-pdf-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }
}
