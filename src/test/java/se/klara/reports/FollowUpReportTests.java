package se.klara.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/**
 * The 2019 follow-up report of the demo area, as PDF and web page, carries every figure of the
 * seed's follow-up tables, the seed's confirmed assessments, and charts.
 */
class FollowUpReportTests extends IntegrationTest {
  @Autowired FollowUpReports reports;
  @Autowired Areas areas;

  /** Each figure of the seed's tables, as the row reads in the report: cells, then the target. */
  static final List<String> SEED_ROWS =
      List.of(
          // goal 1: overdose deaths 2015–2019 and target 0; interviews incl. MUMIN 2013–2019, 300
          "6 4 7 1 0 0",
          "407 315 287 129 106 130 79 300",
          // goal 2: insecurity in Klara (2016 none, 2017 20 %), safety in the district, target
          "– 20 % – – 5,5 %",
          "84 % 78 % 84 % 81 % 86 %",
          // goal 2: City i Samverkan's index Aug 2017 … Aug 2019 and stay index May/Aug 2019
          "2,9 3,5 3,5 3,5 3,8",
          "– – 15 % 45 % 50 %",
          // goal 3 and goal 4
          "45 % – – 6 %",
          "100 % 100 %",
          "83 % 100 %",
          // goal 5: violent crime per 100 000, total; in Klara; drug crime per 100 000, total
          "1795 1625 1313 1137",
          "1247 1130 912 818",
          "935 792 727 565",
          "4471 3680 3894 3884",
          "3104 2559 2704 2794");

  private Area klara() {
    return areas.bySlug("klara").orElseThrow();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("[ \\t\\u00a0]+", " ");
    }
  }

  @Test
  void thePdfOf2019HoldsEveryFigureOfTheSeedsTablesAndItsAssessments() throws IOException {
    Locale sv = Locale.forLanguageTag("sv");
    byte[] pdf = reports.pdf(reports.build(klara(), 2019, sv), sv);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/followup-klara-2019.pdf"), pdf);
    String text = text(pdf);
    Files.writeString(Path.of("target/followup-klara-2019.txt"), text);

    for (String row : SEED_ROWS) {
      assertThat(text).as("row %s", row).contains(row);
    }
    // the seven open-drug-scene indicators: yes 2017–2019, target no, in goal 1's table
    for (String statement :
        List.of(
            "Platsen genererar obehag/olägenhet för allmänheten.",
            "Platsen uppfattas som otrygg.",
            "Platsen är en hot spot för brott.",
            "Platsen attraherar nya brukare och andra utsatta grupper.",
            "Unga avråds från att vistas på platsen.",
            "Allmänheten undviker platsen.",
            "Platsen är en informell zon av tolerans för avvikande beteende.")) {
      assertThat(text).contains(statement);
    }
    assertThat(text.split("ja ja ja Nej", -1)).hasSize(8);
    assertThat(text).contains("7 av 7 indikatorer uppfyllda").contains("allvarlig öppen drogscen");
    // the seed's assessments of 2019, in goal order (after the table of contents and vision)
    String oneLine = text.replaceAll("\\s+", " ");
    assertThat(oneLine.substring(oneLine.lastIndexOf("Mål 1 – Klara ska upphöra")))
        .containsSubsequence(
            "Mål 1 – Klara ska upphöra att vara en öppen drogscen",
            "Målet bedöms inte uppnås.",
            "Mål 2 – Boende, besökare och verksamma i Klara ska uppleva platsen som trygg",
            "Målet bedöms inte uppnås.",
            "Mål 3 – Boende",
            "Målet bedöms inte uppnås.",
            "Mål 4 – Stadens medarbetare i fält ska uppleva platsen som trygg",
            "Målet bedöms uppnås.",
            "Mål 5 – Antalet anmälda våldsbrott ska minska",
            "Målet bedöms delvis uppnås.");
    // cover, table of contents with page numbers, page numbers in the footer
    assertThat(text).startsWith("KLARA").contains("Klara – årlig uppföljning 2019");
    assertThat(text).containsPattern("Innehåll\\s+Vision och mål \\.+ ?\\d+");
    assertThat(text).containsPattern("\\n3 / \\d+");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(5);
    }
  }

  @Test
  void theWebPageShowsTheSameTablesWithChartsAsSvgAndALinkToThePdf() throws Exception {
    WebSession steering = signedInAs("steering");
    WebSession.Response page = steering.get("/areas/klara/reports/followup?year=2019");
    assertThat(page.status()).isEqualTo(200);
    String body = page.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    assertThat(body).contains("1795").contains("4471").contains("Målet bedöms delvis uppnås.");
    assertThat(page.body()).contains("<svg").contains("stroke-dasharray");
    // one chart per numeric indicator (12) plus one for the seven yes/no indicators
    assertThat(page.body().split("<svg", -1)).hasSize(14);
    assertThat(page.body()).contains("/areas/klara/reports/followup.pdf?year=2019");

    HttpResponse<byte[]> pdf =
        FollowUpReportTestSupport.getBytes(
            port, steering, "/areas/klara/reports/followup.pdf?year=2019");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(text(pdf.body())).contains("407 315 287 129 106 130 79 300");
  }

  @Test
  void partnersDoNotSeeTheReportAndOtherAreasAnswerNotFound() {
    assertThat(signedInAs("partner").get("/areas/klara/reports/followup").status()).isEqualTo(403);
    assertThat(signedInAs("field").get("/areas/liljeholmen/reports/followup").status())
        .isEqualTo(404);
  }

  @Test
  void inEnglishTheReportIsTranslated() throws IOException {
    Locale en = Locale.ENGLISH;
    String text = text(reports.pdf(reports.build(klara(), 2019, en), en));
    assertThat(text)
        .contains("Klara – annual follow-up 2019")
        .contains("The goal is assessed as partly achieved.")
        .contains("yes yes yes No");
  }
}
