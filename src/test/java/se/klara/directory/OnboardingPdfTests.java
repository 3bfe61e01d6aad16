package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF keeps Swedish letters on any machine: without system fonts it still embeds the Liberation
 * Sans that ships inside PDFBox.
 */
class OnboardingPdfTests {
  private static final String XHTML =
      """
      <!DOCTYPE html>
      <html lang="sv">
      <head><meta charset="utf-8" /><title>Introduktion för ny personal: Klara</title>
      <meta name="subject" content="Test" />
      <style>body { font-family: "Klara Sans", sans-serif; } h1 { font-weight: bold; }</style>
      </head>
      <body>
      <h1>Introduktion för ny personal: Klara</h1>
      <p>Områdespoliser och Fältassistenter möts på Sergels torg – ÅÄÖ åäö é “citat” …</p>
      </body>
      </html>
      """;

  @Test
  void withoutSystemFontsTheBundledFontCarriesSwedishLettersAndIsEmbedded() throws IOException {
    byte[] bytes = new OnboardingPdf(null, List.of()).toPdf(XHTML);

    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Introduktion för ny personal: Klara")
          .contains(
              "Områdespoliser och Fältassistenter möts på Sergels torg – ÅÄÖ åäö é “citat” …");
      List<PDFont> fonts = fontsOf(document);
      assertThat(fonts).isNotEmpty();
      assertThat(fonts)
          .allSatisfy(
              font -> {
                assertThat(font.getName()).contains("LiberationSans");
                assertThat(font.isEmbedded()).isTrue();
              });
    }
  }

  @Test
  void aMissingFontDirectoryIsNotAnError() throws IOException {
    byte[] bytes =
        new OnboardingPdf(null, List.of(Path.of("/nonexistent/klara-fonts"))).toPdf(XHTML);

    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Introduktion för ny personal: Klara");
    }
  }

  private static List<PDFont> fontsOf(PDDocument document) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (var page : document.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
    }
    return fonts;
  }
}
