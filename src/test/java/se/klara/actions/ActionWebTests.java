package se.klara.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.shared.CsvCells;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/**
 * The action plan's pages and files: raising with clear errors, the stale-edit conflict that keeps
 * what was typed, the plan by period, the CSV safe against formulas, the PDF, the JSON API's
 * problem details.
 */
class ActionWebTests extends IntegrationTest {
  @Autowired ActionPlan plan;
  @Autowired Areas areas;

  private long raise(WebSession session, String title) {
    WebSession.Response response =
        session.post(
            "/areas/klara/actions",
            Map.of("category", "lighting", "place", "vasagatan-24", "title", title));
    assertThat(response.status()).isEqualTo(302);
    return Long.parseLong(response.location().replaceAll(".*/actions/(\\d+)$", "$1"));
  }

  @Test
  void raisingWithoutATitleOrWithADueDateInThePastShowsTheFormAgainAndStoresNothing() {
    WebSession field = signedInAs("field");
    long before = jdbc.sql("select count(*) from action_item").query(Long.class).single();
    WebSession.Response noTitle =
        field.post("/areas/klara/actions", Map.of("category", "lighting", "place", "vasagatan-24"));
    assertThat(noTitle.status()).isEqualTo(400);
    assertThat(noTitle.body()).contains("Skriv vad problemet är.");
    WebSession.Response past =
        field.post(
            "/areas/klara/actions",
            Map.of(
                "category",
                "lighting",
                "place",
                "vasagatan-24",
                "title",
                "Lampa",
                "dueDate",
                "2001-01-01"));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.body())
        .contains("Slutdatumet kan inte ligga före dagen då problemet lyftes.")
        .contains("value=\"Lampa\"");
    assertThat(jdbc.sql("select count(*) from action_item").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void aStaleEditGetsAClearConflictAndKeepsWhatWasTyped() {
    WebSession field = signedInAs("field");
    long id = raise(field, "Lampa släckt, trappan " + System.nanoTime());
    WebSession owner = signedInAs("owner");
    WebSession coordinator = signedInAs("coordinator");
    assertThat(owner.get("/areas/klara/actions/" + id).body())
        .contains("name=\"version\" value=\"0\"");
    assertThat(
            owner
                .post("/areas/klara/actions/" + id, Map.of("verb", "accept", "version", "0"))
                .status())
        .isEqualTo(302);
    WebSession.Response stale =
        coordinator.post(
            "/areas/klara/actions/" + id,
            Map.of("verb", "write-off", "version", "0", "note", "Dubblett av ärende 12"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body())
        .contains("Någon annan har ändrat åtgärden sedan du öppnade den (status nu: ”Accepterad”)")
        .contains("Dubblett av ärende 12");
    WebSession.Response reopenWithoutReason =
        field.post("/areas/klara/actions/" + id, Map.of("verb", "reopen", "version", "1"));
    assertThat(reopenWithoutReason.status()).isEqualTo(409);
    assertThat(reopenWithoutReason.body())
        .contains("Det går inte att ”Återöppna” när åtgärden har status ”Accepterad”.");
  }

  @Test
  void theJsonApiAnswersProblemDetails() throws Exception {
    WebSession field = signedInAs("field");
    long id = raise(field, "Lampa släckt, API " + System.nanoTime());
    WebSession owner = signedInAs("owner");
    String token = owner.csrfToken();
    String cookie = "KLARA_SESSION=" + owner.sessionId().orElseThrow();
    HttpResponse<String> stale =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/api/v1/areas/klara/actions/"
                                + id
                                + "/transitions"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-CSRF-TOKEN", token)
                    .header("Cookie", cookie)
                    .POST(
                        HttpRequest.BodyPublishers.ofString("{\"verb\":\"accept\",\"version\":7}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(stale.body())
        .contains(
            "\"status\":409",
            "\"field\":\"version\"",
            "\"currentVersion\":0",
            "\"currentStatus\":\"ASSIGNED\"");
    HttpResponse<String> ok =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/api/v1/areas/klara/actions/"
                                + id
                                + "/transitions"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-CSRF-TOKEN", token)
                    .header("Cookie", cookie)
                    .POST(
                        HttpRequest.BodyPublishers.ofString("{\"verb\":\"accept\",\"version\":0}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"status\":\"ACCEPTED\"", "\"version\":1");
  }

  @Test
  void thePlanShowsWhatWasDoneAndWrittenOffInAPeriodAndTheCsvIsSafeAgainstFormulas()
      throws Exception {
    WebSession coordinator = signedInAs("coordinator");
    String page = coordinator.get("/areas/klara/actions?from=2019-01-01&to=2019-12-31").body();
    assertThat(page)
        .contains("Återmontering av linspänn, Nils Ferlins torg")
        .contains("Kamerabevakning under fontänen")
        .doesNotContain("Belysning under bron, Vasagatan 24")
        .doesNotContain("Mörkt hörn vid kyrkogårdens östra grind");
    assertThat(coordinator.get("/areas/klara/actions?group=owner").body())
        .contains("Ägare utreds (")
        .contains("Jernhusen (");

    WebSession field = signedInAs("field");
    raise(field, "=HYPERLINK(\"http://evil.example\",\"klicka\")");
    String csv = coordinator.get("/areas/klara/actions.csv?state=all").body();
    assertThat(csv).startsWith("\uFEFFid,title,kind,category,place,owner");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klicka\"\")\"");
    assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    assertThat(csv).contains("Belysning under bron, Vasagatan 24");

    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/areas/klara/actions.pdf?from=2018-01-01&to=2019-12-31"))
                    .header("Cookie", "KLARA_SESSION=" + coordinator.sessionId().orElseThrow())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    try (var document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Åtgärdsplan Klara")
          .contains("Borttagande av tillfälliga träd i säckar")
          .contains("Trafikkontoret, Stockholms stad");
    }
    assertThat(new ByteArrayInputStream(pdf.body()).readNBytes(4)).isEqualTo("%PDF".getBytes());
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreDefused() {
    assertThat(CsvCells.safe("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvCells.safe("+46 8 123")).isEqualTo("'+46 8 123");
    assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.safe("\tcmd")).isEqualTo("'\tcmd");
    assertThat(CsvCells.safe("-3")).isEqualTo("-3");
    assertThat(CsvCells.safe("Lampa")).isEqualTo("Lampa");
  }
}
