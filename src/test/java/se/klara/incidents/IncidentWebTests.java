package se.klara.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** The incidents pages over HTTP: upload with a progress bar polled until the result. */
class IncidentWebTests extends IntegrationTest {
  private static final Pattern STATUS = Pattern.compile("data-status=\"([A-Z]+)\"");

  @Autowired Areas areas;
  @Autowired IncidentSources sources;

  /** Rows in 2020 at no named place, so the demo's recent patterns stay as they are. */
  private static byte[] policeFile(int rows, String badLine) {
    StringBuilder csv =
        new StringBuilder("Tidpunkt,Prioritet,Händelsetyp,Plats,Latitud,Longitud\n");
    LocalDateTime start = LocalDateTime.of(2020, 1, 1, 0, 0);
    for (int i = 0; i < rows; i++) {
      LocalDateTime time = start.plusMinutes(i * 7L);
      csv.append(time.toLocalDate()).append(' ').append(time.toLocalTime()).append(",2,Stöld,,,\n");
      if (i == 9 && badLine != null) {
        csv.append(badLine).append('\n');
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String status(String body) {
    Matcher matcher = STATUS.matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }

  /** Polls the progress fragment as htmx would, until the import is no longer running. */
  private static List<String> pollUntilDone(WebSession session, String importPath)
      throws InterruptedException {
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      WebSession.Response response = session.get(importPath + "/progress");
      assertThat(response.status()).isEqualTo(200);
      bodies.add(response.body());
      if (!status(response.body()).equals("RUNNING")) {
        return bodies;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the import did not finish within a minute");
  }

  @Test
  void anUploadRunsInTheBackgroundWithAProgressBarUntilItIsDone() throws Exception {
    WebSession coordinator = signedInAs("coordinator");
    WebSession.Response page = coordinator.get("/areas/klara/incidents");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("polisen-handelserapporter", "polisen-anmalda-brott", "jernhusen-vaktlogg")
        .contains("id=\"upload\"");

    WebSession.Response upload =
        coordinator.postMultipart(
            "/areas/klara/incidents/imports",
            Map.of("source", "polisen-handelserapporter"),
            "file",
            "stora-filen.csv",
            policeFile(150_000, null));
    assertThat(upload.status()).isEqualTo(302);
    String importPath = upload.location().replaceFirst("^https?://[^/]+", "");
    assertThat(importPath).matches("/areas/klara/incidents/imports/\\d+");

    WebSession.Response importPage = coordinator.get(importPath);
    assertThat(importPage.status()).isEqualTo(200);
    List<String> polls = new ArrayList<>();
    polls.add(importPage.body());
    polls.addAll(pollUntilDone(coordinator, importPath));

    assertThat(polls.get(0))
        .contains("<progress")
        .contains("hx-get=\"" + importPath + "/progress\"");
    String last = polls.get(polls.size() - 1);
    assertThat(status(last)).isEqualTo("SUCCEEDED");
    assertThat(last).containsPattern("Importen är klar: 150.000 rader").doesNotContain("hx-get");
    assertThat(String.join("", polls)).containsPattern("Läser: [^<]+ rader|Sparar och räknar om");

    WebSession.Response list = signedInAs("field").get("/areas/klara/incidents");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("stora-filen.csv").contains("Trygghetssamordnare Norrmalm");
    assertThat(list.body()).doesNotContain("id=\"upload\"");
  }

  @Test
  void aBadFileShowsTheErrorTableAndStoresNothing() throws Exception {
    WebSession admin = signedInAs("admin");
    admin.get("/areas/klara/incidents?lang=en");
    long before = jdbc.sql("select count(*) from incident").query(Long.class).single();
    WebSession.Response upload =
        admin.postMultipart(
            "/areas/klara/incidents/imports",
            Map.of("source", "polisen-handelserapporter"),
            "file",
            "fel.csv",
            policeFile(20, "2020-01-01 10:00,9,Stöld,,,"));
    String importPath = upload.location().replaceFirst("^https?://[^/]+", "");
    List<String> polls = pollUntilDone(admin, importPath);
    String last = polls.get(polls.size() - 1);
    assertThat(status(last)).isEqualTo("FAILED");
    assertThat(last)
        .contains("Nothing was imported. 1 errors")
        .containsPattern("<td class=\"mono\">12</td>\\s*<td class=\"mono\">Prioritet</td>")
        .contains("The priority must be 1, 2 or 3.");
    assertThat(jdbc.sql("select count(*) from incident").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void anUploadWithoutAFileIsRefusedOnTheForm() {
    WebSession coordinator = signedInAs("coordinator");
    WebSession.Response response =
        coordinator.postMultipart(
            "/areas/klara/incidents/imports",
            Map.of("source", "polisen-handelserapporter"),
            "file",
            "",
            new byte[0]);
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.body()).contains("Välj en fil.");
  }

  @Test
  void theSourceFormSavesColumnsAndTheCategoryTable() {
    WebSession coordinator = signedInAs("coordinator");
    assertThat(coordinator.get("/areas/klara/incidents/sources/new").status()).isEqualTo(200);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "stadens-vaktlogg");
    form.put("kind", "GUARD_LOG");
    form.put("timeColumn", "När");
    form.put("categoryColumn", "Vad");
    form.put("placeColumn", "Var");
    form.put("raw", "Slagsmål");
    form.put("code", "fight");
    form.put("defaultCategory", "other");
    WebSession.Response saved = coordinator.post("/areas/klara/incidents/sources", form);
    assertThat(saved.status()).isEqualTo(302);
    long klara = areas.bySlug("klara").orElseThrow().id();
    IncidentSource source = sources.byName(klara, "stadens-vaktlogg").orElseThrow();
    assertThat(source.kind()).isEqualTo(SourceKind.GUARD_LOG);
    assertThat(source.mapping().categories()).containsExactly(Map.entry("slagsmål", "fight"));
    assertThat(source.mapping().columnNames()).containsExactly("När", "Vad", "Var");

    WebSession.Response edit =
        coordinator.get("/areas/klara/incidents/sources/" + source.id() + "/edit");
    assertThat(edit.status()).isEqualTo(200);
    assertThat(edit.body()).contains("value=\"slagsmål\"").contains("value=\"När\"");

    form.remove("timeColumn");
    WebSession.Response refused = coordinator.post("/areas/klara/incidents/sources", form);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("Ange kolumnen för tid.");
  }
}
