package se.klara.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klara.observations.FormPages.MINUTES;
import static se.klara.observations.FormPages.compact;
import static se.klara.observations.FormPages.keyOf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * Observations say where the people met came from (home municipality or city district, counts
 * only): through the form, the API and the correction, refused when a text names a person, a count
 * is not positive, an origin repeats or the counts add up to more people than the observation
 * counted.
 */
class ObservationOriginsTests extends IntegrationTest {
  private static final String PATH = "/api/v1/areas/klara/observations";
  @Autowired Observations observations;
  @Autowired Areas areas;
  @Autowired Clock clock;

  private long stored() {
    return jdbc.sql("select count(*) from observation").query(Long.class).single();
  }

  private long storedOrigins() {
    return jdbc.sql("select count(*) from observation_origin").query(Long.class).single();
  }

  private String body(int estimated, String origins) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return """
        {"place": "plattan", "from": "%s", "to": "%s", "phenomena": ["violence-threats"],
         "intensity": "MANY", "estimatedCount": %d,
         "counts": {"male": {"15-17": 4}, "female": {"15-17": 2}},
         "newFaces": "NO", "note": null, "origins": %s}
        """
        .formatted(
            now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(5)), estimated, origins);
  }

  private static List<String> fields(JsonClient.Reply reply) {
    return StreamSupport.stream(reply.json().get("errors").spliterator(), false)
        .map(e -> e.get("field").stringValue())
        .toList();
  }

  private static String message(JsonClient.Reply reply, String field) {
    return StreamSupport.stream(reply.json().get("errors").spliterator(), false)
        .filter(e -> e.get("field").stringValue().equals(field))
        .map(e -> e.get("message").stringValue())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theApiStoresOriginsInTheSuggestionsSpellingAndReturnsThemMostFirst() {
    JsonClient field = new JsonClient(port, signedInAs("field"));
    JsonClient.Reply reply =
        field.post(
            PATH,
            UUID.randomUUID().toString(),
            body(
                8,
                """
                [{"origin": "  rinkeby-KISTA ", "count": 2},
                 {"origin": "Upplands   Väsby", "count": 1},
                 {"origin": "Botkyrka", "count": 4},
                 {"origin": "Mölndal", "count": 1}]
                """));
    assertThat(reply.status()).isEqualTo(201);
    JsonNode origins = reply.json().get("origins");
    assertThat(origins.toString())
        .isEqualTo(
            "[{\"origin\":\"Botkyrka\",\"count\":4},{\"origin\":\"Rinkeby-Kista\",\"count\":2},"
                + "{\"origin\":\"Mölndal\",\"count\":1},{\"origin\":\"Upplands Väsby\",\"count\":1}]");
    long id = reply.json().get("id").asLong();
    JsonNode listed =
        StreamSupport.stream(field.get(PATH).json().get("observations").spliterator(), false)
            .filter(o -> o.get("id").asLong() == id)
            .findFirst()
            .orElseThrow();
    assertThat(listed.get("origins")).isEqualTo(origins);

    String page = compact(signedInAs("field").get("/areas/klara/observations/" + id).body());
    assertThat(page)
        .contains("<h2 id=\"origins-heading\">Varifrån de kom (antal personer)</h2>")
        .contains("<tr><th scope=\"row\">Botkyrka</th><td>4</td></tr>")
        .contains("<tr><th scope=\"row\">Rinkeby-Kista</th><td>2</td></tr>")
        .contains("<tfoot><tr><th scope=\"row\">Totalt</th><td>8</td></tr></tfoot>");
  }

  @Test
  void theApiRefusesBadOriginsNamingEachEntryAndStoresNothing() {
    JsonClient field = new JsonClient(port, signedInAs("field"));
    long before = stored();
    long originsBefore = storedOrigins();
    JsonClient.Reply reply =
        field.post(
            PATH,
            UUID.randomUUID().toString(),
            body(
                20,
                """
                [{"origin": "Solna", "count": 2},
                 {"origin": "Ring 070-174 06 10", "count": 0},
                 {"origin": "SOLNA", "count": 1},
                 {"origin": "", "count": 1},
                 {"origin": "Nacka", "count": "två"},
                 {"origin": "Anna", "count": 1}]
                """));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply))
        .containsExactlyInAnyOrder(
            "origins[4].count",
            "origins[1].origin",
            "origins[1].count",
            "origins[2].origin",
            "origins[3].origin",
            "origins[5].origin");
    assertThat(message(reply, "origins[1].origin"))
        .isEqualTo(
            "Fältet för kommun eller stadsdel ser ut att peka ut en person (mobilnummer). Skriv"
                + " bara namnet på en kommun eller stadsdel.");
    assertThat(message(reply, "origins[1].count"))
        .isEqualTo("Antal ska vara ett heltal mellan 1 och 1000.");
    assertThat(message(reply, "origins[2].origin"))
        .isEqualTo("Kommunen eller stadsdelen finns redan på en annan rad – lägg ihop antalen.");
    assertThat(message(reply, "origins[3].origin")).isEqualTo("Skriv en kommun eller stadsdel.");
    assertThat(message(reply, "origins[5].origin")).contains("(förnamn)");
    assertThat(reply.body()).doesNotContain("070-174");
    assertThat(stored()).isEqualTo(before);
    assertThat(storedOrigins()).isEqualTo(originsBefore);
  }

  @Test
  void originsMayNotAddUpToMorePeopleThanTheObservationCounted() {
    JsonClient field = new JsonClient(port, signedInAs("field"));
    long before = stored();
    JsonClient.Reply estimated =
        field.post(
            PATH,
            UUID.randomUUID().toString(),
            body(
                8,
                "[{\"origin\": \"Solna\", \"count\": 5}, {\"origin\": \"Nacka\", \"count\": 4}]"));
    assertThat(estimated.status()).isEqualTo(400);
    assertThat(fields(estimated)).containsExactly("origins");
    assertThat(message(estimated, "origins"))
        .isEqualTo(
            "Antalen per kommun eller stadsdel blir 9 personer, fler än de 8 personer"
                + " observationen räknade.");
    // Without an estimate, the counts by gender and age (6 people) are the total.
    JsonClient.Reply counted =
        field.post(
            PATH,
            UUID.randomUUID().toString(),
            body(8, "[{\"origin\": \"Solna\", \"count\": 7}]")
                .replace("\"estimatedCount\": 8", "\"estimatedCount\": null"));
    assertThat(fields(counted)).containsExactly("origins");
    assertThat(stored()).isEqualTo(before);
    JsonClient.Reply english =
        new JsonClient(port, signedInAs("field"))
            .post(
                PATH + "?lang=en",
                UUID.randomUUID().toString(),
                body(8, "[{\"origin\": \"Solna\", \"count\": 9}]"));
    assertThat(english.status()).isEqualTo(400);
  }

  private Map<String, String> form(String key) {
    Instant now = clock.instant();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("idempotencyKey", key);
    form.put("place", "kulturhuset-entre");
    form.put("from", MINUTES.format(now.minus(Duration.ofHours(1))));
    form.put("to", MINUTES.format(now.minus(Duration.ofMinutes(10))));
    form.put("phenomena", "violence-threats");
    form.put("intensity", "FEW");
    form.put("estimatedCount", "5");
    form.put("newFaces", "YES");
    return form;
  }

  @Test
  void theFormOffersTheSuggestionsAndStoresTheRowsTyped() {
    WebSession field = signedInAs("field");
    String page = field.get("/areas/klara/observations/new").body();
    assertThat(page)
        .contains("<datalist id=\"origin-names\">")
        .contains("<option value=\"Rinkeby-Kista\"></option>")
        .contains("<option value=\"Österåker\"></option>")
        .contains("name=\"origins[2].origin\"")
        .doesNotContain("name=\"origins[3].origin\"");
    Map<String, String> form = form(keyOf(page));
    form.put("origins[0].origin", "skärholmen");
    form.put("origins[0].count", "3");
    form.put("origins[2].origin", "Farsta");
    form.put("origins[2].count", "1");
    WebSession.Response saved = field.post("/areas/klara/observations", form);
    assertThat(saved.status()).isEqualTo(302);
    long id = Long.parseLong(saved.location().replaceAll(".*/", ""));
    Observation o = observations.get(actor("field"), areas.bySlug("klara").orElseThrow(), id);
    assertThat(o.origins())
        .containsExactly(new OriginCount("Skärholmen", 3), new OriginCount("Farsta", 1));
  }

  @Test
  void aRefusedFormMarksTheWrongOriginRowAndKeepsWhatWasTyped() {
    WebSession field = signedInAs("field");
    long before = stored();
    Map<String, String> form = form(keyOf(field.get("/areas/klara/observations/new").body()));
    form.put("origins[0].origin", "Solna");
    form.put("origins[0].count", "2");
    form.put("origins[1].origin", "kalle@example.org");
    form.put("origins[1].count", "1");
    form.put("origins[2].origin", "Huddinge");
    form.put("origins[2].count", "0");
    WebSession.Response refused = field.post("/areas/klara/observations", form);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(stored()).isEqualTo(before);
    String html = compact(refused.body());
    assertThat(html)
        .contains(
            "data-field=\"origins[1]\">Fältet för kommun eller stadsdel ser ut att peka ut en"
                + " person (e-postadress).")
        .contains("data-field=\"origins[2]\">Antal ska vara ett heltal mellan 1 och 1000.</p>")
        .contains("data-field=\"origins[0]\"></p>")
        .contains("name=\"origins[0].origin\" value=\"Solna\"")
        .contains("name=\"origins[2].count\" value=\"0\"")
        .contains("name=\"origins[3].origin\" value=\"\"");
    form.put("origins[2].count", "1");
    form.put("origins[1].origin", "Sollentuna");
    form.put("origins[0].count", "4");
    WebSession.Response tooMany = field.post("/areas/klara/observations", form);
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(compact(tooMany.body()))
        .contains(
            "data-field=\"origins\">Antalen per kommun eller stadsdel blir 6 personer, fler än de"
                + " 5 personer observationen räknade.</p>");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void theAuthorCorrectsTheOriginsWithin24Hours() {
    WebSession field = signedInAs("field");
    JsonClient api = new JsonClient(port, field);
    JsonClient.Reply reply =
        api.post(
            PATH,
            UUID.randomUUID().toString(),
            body(
                8,
                "[{\"origin\": \"Solna\", \"count\": 2}, {\"origin\": \"Nacka\", \"count\": 1}]"));
    assertThat(reply.status()).isEqualTo(201);
    long id = reply.json().get("id").asLong();
    String path = "/areas/klara/observations/" + id;
    String edit = compact(field.get(path + "/edit").body());
    assertThat(edit)
        .contains("name=\"origins[0].origin\" value=\"Solna\"")
        .contains("name=\"origins[0].count\" value=\"2\"")
        .contains("name=\"origins[1].origin\" value=\"Nacka\"")
        .contains("name=\"origins[2].origin\" value=\"\"");
    Observation o = observations.get(actor("field"), areas.bySlug("klara").orElseThrow(), id);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", String.valueOf(o.version()));
    form.put("place", o.placeSlug());
    form.put("from", MINUTES.format(o.from()));
    form.put("to", MINUTES.format(o.to()));
    form.put("phenomena", "violence-threats");
    form.put("estimatedCount", "8");
    form.put("newFaces", "NO");
    form.put("origins[0].origin", "Solna");
    form.put("origins[0].count", "");
    form.put("origins[1].origin", "Nacka");
    form.put("origins[1].count", "5");
    form.put("origins[2].origin", "Tyresö");
    form.put("origins[2].count", "1");
    WebSession.Response refused = field.post(path, form);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(compact(refused.body()))
        .contains("data-field=\"origins[0]\">Antal ska vara ett heltal mellan 1 och 1000.</p>");
    form.put("origins[0].origin", "");
    WebSession.Response corrected = field.post(path, form);
    assertThat(corrected.status()).isEqualTo(302);
    assertThat(observations.get(actor("field"), areas.bySlug("klara").orElseThrow(), id).origins())
        .containsExactly(new OriginCount("Nacka", 5), new OriginCount("Tyresö", 1));
  }
}
