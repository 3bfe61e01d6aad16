package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** New staff read their area's onboarding guide as a page and as a PDF. */
class OnboardingTests extends IntegrationTest {

  @Test
  void aFieldUserReadsUngdomsjourensMandateAndHoursAndTheFourForums() {
    WebSession.Response response = signedInAs("field").get("/areas/klara/onboarding");

    assertThat(response.status()).isEqualTo(200);
    String body = response.body();
    assertThat(body)
        .contains("<h1>Introduktion för ny personal: Klara</h1>")
        .contains("href=\"/areas/klara/onboarding.pdf\"")
        .contains(">Ladda ner som PDF<");
    String ungdomsjouren = entry(body, "ungdomsjouren");
    assertThat(ungdomsjouren)
        .contains("<span>Ungdomsjouren</span>")
        .contains(
            "Arbetar uppsökande på Sergels torg och i stadens riskmiljöer med barn och unga upp"
                + " till 20 år, dagar, kvällar och nätter")
        .contains("(upp till 20 år)")
        .contains("<div>måndag–torsdag 13:00–01:00</div>")
        .contains("<div>fredag–lördag 13:00–03:00</div>")
        .contains("<div>söndag 13:00–23:00</div>")
        .contains("<div>Som vanligt på helgdagar</div>")
        .contains("href=\"tel:0701740610\"")
        .contains(">070-174 06 10</a>")
        .contains("Ring jourtelefonen; teamet kommer till platsen eller möts i samverkanslokalen.");
    assertThat(entry(body, "polisen-ingripande")).contains("<div>dygnet runt, alla dagar</div>");
    assertThat(entry(body, "faltassistenter-norrmalm"))
        .contains("<div>Stängt på helgdagar</div>")
        .contains("(13–19 år)");
    assertThat(body)
        .contains("<h3>Klara samverkansutsättning</h3>")
        .contains("Två gånger i veckan i samverkanslokalen")
        .contains("Kan polisen inte delta leder platsansvarig mötet")
        .contains("<h3>FO Klara (Fokusområde Klara)</h3>")
        .contains("Kommunpolisen kallar.")
        .contains("<h3>Platssamverkan Klara</h3>")
        .contains("Ungefär en gång i månaden.")
        .contains("<h3>Styrgrupp</h3>")
        .contains("En gång i halvåret.")
        .contains("<h3>MUMIN – Maria Ungdom Motiverande Intervention</h3>")
        .contains("<h3>Orosanmälan</h3>")
        .contains("<h3>Polisens 15-minutersstrategi</h3>")
        .contains("drar narkotikaförsäljningen igång så fort uniformerad polis lämnar platsen");
  }

  @Test
  void theGuideIsGroupedByOrganisationAndListsTheOthersTakingPart() {
    String body = signedInAs("field").get("/areas/klara/onboarding").body();

    int police = body.indexOf("<span>Polisen, lokalpolisområde Norrmalm</span>");
    int social = body.indexOf("<span>Socialförvaltningen");
    assertThat(police).isPositive();
    assertThat(social).isPositive();
    assertThat(body.indexOf("id=\"unit-omradespoliser-norrmalm\"")).isGreaterThan(police);
    assertThat(body.indexOf("id=\"unit-socialjouren\"")).isGreaterThan(social);
    assertThat(body).contains("Deltar också i samverkan (ännu utan uppgifter i katalogen)");
  }

  @Test
  void anAreaWithoutAProgrammeShowsOnlyTheGenericText() {
    WebSession.Response response = signedInAs("coordinator").get("/areas/liljeholmen/onboarding");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .contains("<h1>Introduktion för ny personal: Liljeholmen</h1>")
        .contains("Områdets samverkansforum är inte beskrivna i Klara ännu.")
        .contains("Inga enheter eller funktioner är registrerade i katalogen för området ännu.")
        .contains("<h3>Polisens 15-minutersstrategi</h3>")
        .doesNotContain("Vision Klara")
        .doesNotContain("samverkansutsättning")
        .doesNotContain("Sergels torg");
  }

  @Test
  void theGuideIsInEnglishWhenTheUserChoseEnglish() {
    String body = signedInAs("field").get("/areas/klara/onboarding?lang=en").body();

    assertThat(body)
        .contains("<h1>Onboarding for new staff: Klara</h1>")
        .contains(">Download as PDF<")
        .contains("<div>Friday–Saturday 13:00–03:00</div>")
        .contains("<h3>Klara operational briefing (samverkansutsättning)</h3>");
  }

  @Test
  void aMemberOfAnotherAreaGets404ForPageAndPdf() throws Exception {
    WebSession field = signedInAs("field");

    assertThat(field.get("/areas/liljeholmen/onboarding").status()).isEqualTo(404);
    assertThat(field.get("/areas/finns-inte/onboarding").status()).isEqualTo(404);
    assertThat(pdf(field, "/areas/liljeholmen/onboarding.pdf").statusCode()).isEqualTo(404);
  }

  @Test
  void thePdfHasTheGuideWithSwedishCharactersOnSeveralPages() throws Exception {
    HttpResponse<byte[]> response = pdf(signedInAs("field"), "/areas/klara/onboarding.pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("inline; filename=\"klara-onboarding-klara.pdf\"");
    byte[] bytes = response.body();
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Introduktion för ny personal: Klara")
          .contains("Ungdomsjouren")
          .contains("fredag–lördag 13:00–03:00")
          .contains("MUMIN – Maria Ungdom Motiverande Intervention")
          .contains("Socialjouren")
          .contains("Områdespoliser Norrmalm")
          .contains("Fältassistenter Norrmalm")
          .contains("Klara samverkansutsättning")
          .contains("Polisens 15-minutersstrategi");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Introduktion för ny personal: Klara");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
  }

  /** The entry of one unit on the page: from its id to the next entry's. */
  private static String entry(String body, String slug) {
    int start = body.indexOf("id=\"unit-" + slug + "\"");
    assertThat(start).as("entry %s on the page", slug).isPositive();
    int end = body.indexOf("id=\"unit-", start + 1);
    return body.substring(start, end < 0 ? body.length() : end);
  }

  /** WebSession reads text; a PDF is fetched as bytes with the same session cookie. */
  private HttpResponse<byte[]> pdf(WebSession session, String path)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Cookie", "KLARA_SESSION=" + session.sessionId().orElseThrow())
            .header("Accept", "application/pdf")
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
