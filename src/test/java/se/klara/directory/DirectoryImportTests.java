package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Importing a directory file: everything is checked first, and a bad file changes nothing. */
class DirectoryImportTests extends IntegrationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aFileWithMistakesIsRefusedWithEveryProblemAndItsPlaceListedAndNothingIsStored() {
    WebSession coordinator = signedInAs("coordinator");
    String before = coordinator.get("/areas/klara/directory/export").body();
    long unitsBefore = unitsInKlara();
    ObjectNode file = (ObjectNode) JSON.readTree(before);
    ArrayNode services = (ArrayNode) file.get("services");
    ((ArrayNode) services.get(0).get("x_klara_target_groups")).insert(1, "ALIENS");
    ((ObjectNode) services.get(1)).put("minimum_age", 19).put("maximum_age", 13);
    int weekly = firstServiceWithAWeeklyRule(services);
    ObjectNode rule = (ObjectNode) services.get(weekly).get("schedules").get(0);
    rule.put("closes_at", rule.get("opens_at").stringValue());

    WebSession.Response refused =
        upload(coordinator, "/areas/klara/directory/import", JSON.writeValueAsBytes(file));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Ingenting importerades. Filen har 3 fel:")
        .contains("services[0].x_klara_target_groups[1]")
        .contains("Okänd målgrupp: ALIENS.")
        .contains("services[1].minimum_age")
        .contains("Åldersintervallet är omvänt: från 19 är högre än till 13.")
        .contains("services[" + weekly + "].schedules[0]")
        .contains("Sluttiden är samma som starttiden.");
    assertThat(unitsInKlara()).isEqualTo(unitsBefore);
    assertThat(coordinator.get("/areas/klara/directory/export").body()).isEqualTo(before);
  }

  @Test
  void anUnknownParentAndACircleOfParentsAreRefusedWithTheirPlacesInTheFile() {
    WebSession coordinator = signedInAs("coordinator");
    String before = coordinator.get("/areas/klara/directory/export").body();
    ObjectNode file = (ObjectNode) JSON.readTree(before);
    ArrayNode services = (ArrayNode) file.get("services");
    int youth = indexOf(services, "ungdomsjouren");
    int function = indexOf(services, "uppsokande-centralstationen");
    int team = indexOf(services, "uppsokarteamet");
    assertThat(services.get(function).get("x_klara_parent_id").stringValue())
        .isEqualTo("uppsokarteamet");
    ((ObjectNode) services.get(youth)).put("x_klara_parent_id", "finns-inte");
    ((ObjectNode) services.get(team)).put("x_klara_parent_id", "uppsokande-centralstationen");

    WebSession.Response refused =
        upload(coordinator, "/areas/klara/directory/import", JSON.writeValueAsBytes(file));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Ingenting importerades. Filen har 3 fel:")
        .contains("services[" + youth + "].x_klara_parent_id")
        .contains("Okänd tjänst: finns-inte finns inte bland services i filen.")
        .contains("services[" + function + "].x_klara_parent_id")
        .contains("services[" + team + "].x_klara_parent_id")
        .contains(
            "Tjänsten uppsokarteamet är del av sig själv (x_klara_parent_id går runt i en"
                + " cirkel).");
    assertThat(coordinator.get("/areas/klara/directory/export").body()).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotJsonIsRefusedWithTheLineAndColumnOfTheMistake() {
    WebSession admin = signedInAs("admin");
    long unitsBefore = unitsInKlara();
    String broken =
        """
        {
          "hsds_version": "3.0",
          "services": [
            { "id": "ungdomsjouren",, "name": "Ungdomsjouren" }
          ]
        }
        """;

    WebSession.Response refused =
        upload(admin, "/areas/klara/directory/import", broken.getBytes(StandardCharsets.UTF_8));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Ingenting importerades. Filen har 1 fel:")
        .contains("rad 4, kolumn 29")
        .contains("Filen är inte giltig JSON");
    assertThat(unitsInKlara()).isEqualTo(unitsBefore);
  }

  @Test
  void theReasonsAreGivenInTheUsersLanguage() {
    WebSession admin = signedInAs("admin");
    String file =
        """
        {"hsds_version": "3.0", "organizations": [], "locations": [],
         "services": [{"id": "x", "organization_id": "no-such-organisation", "name": "X",
                       "x_klara_target_groups": ["YOUTH"], "x_klara_location_ids": ["nowhere"]}]}
        """;

    WebSession.Response refused =
        upload(
            admin, "/areas/klara/directory/import?lang=en", file.getBytes(StandardCharsets.UTF_8));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Nothing was imported. The file has 2 problems:")
        .contains("services[0].organization_id")
        .contains("Unknown organisation: no-such-organisation.")
        .contains("services[0].x_klara_location_ids[0]")
        .contains("Unknown place: nowhere is not among the locations of the file.");
  }

  @Test
  void theFirstHundredProblemsAreListedAndTheRestCounted() {
    WebSession admin = signedInAs("admin");
    ObjectNode file = (ObjectNode) JSON.readTree(admin.get("/areas/klara/directory/export").body());
    ArrayNode groups = ((ObjectNode) file.get("services").get(0)).putArray("x_klara_target_groups");
    for (int i = 0; i < 150; i++) {
      groups.add("UNKNOWN_" + i);
    }

    WebSession.Response refused =
        upload(admin, "/areas/klara/directory/import", JSON.writeValueAsBytes(file));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Ingenting importerades. Filen har 150 fel:")
        .contains("services[0].x_klara_target_groups[99]")
        .doesNotContain("services[0].x_klara_target_groups[100]")
        .contains("… och 50 fel till.");
    assertThat(refused.body().split("<td class=\"mono\">", -1)).hasSize(101);
  }

  @Test
  void anUploadWithoutAFileIsRefused() {
    WebSession admin = signedInAs("admin");

    WebSession.Response refused = upload(admin, "/areas/klara/directory/import", new byte[0]);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("Ingen fil valdes, eller filen är tom.");
  }

  @Test
  void coordinatorsSeeTheImportFormWithItsCsrfToken() {
    WebSession.Response page = signedInAs("coordinator").get("/areas/klara/directory/import");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("enctype=\"multipart/form-data\"")
        .contains("name=\"_csrf\"")
        .contains("name=\"file\"")
        .contains("Importera katalog: Klara");
  }

  @Test
  void aFieldUserMayExportButNotImport() {
    WebSession field = signedInAs("field");

    assertThat(field.get("/areas/klara/directory/import").status()).isEqualTo(403);
    assertThat(upload(field, "/areas/klara/directory/import", "{}".getBytes()).status())
        .isEqualTo(403);
    WebSession.Response export = field.get("/areas/klara/directory/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(JSON.readTree(export.body()).get("hsds_version").stringValue()).isEqualTo("3.0");
  }

  @Test
  void anAreaTheUserIsNotAMemberOfAnswersNotFound() {
    WebSession field = signedInAs("field");

    assertThat(field.get("/areas/liljeholmen/directory/export").status()).isEqualTo(404);
  }

  private long unitsInKlara() {
    return jdbc.sql(
            "select count(*) from unit u join area a on a.id = u.area_id where a.slug = 'klara'")
        .query(Long.class)
        .single();
  }

  private static int indexOf(ArrayNode services, String id) {
    for (int i = 0; i < services.size(); i++) {
      if (services.get(i).get("id").stringValue().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("no service " + id + " in the export");
  }

  private static int firstServiceWithAWeeklyRule(ArrayNode services) {
    for (int i = 2; i < services.size(); i++) {
      JsonNode schedules = services.get(i).get("schedules");
      if (!schedules.isEmpty() && schedules.get(0).has("freq")) {
        return i;
      }
    }
    throw new IllegalStateException("no demo entry with a weekly rule after the second");
  }

  /**
   * Posts a file as a browser's multipart form would, with the session's cookie and CSRF token as a
   * form field.
   */
  private WebSession.Response upload(WebSession session, String path, byte[] content) {
    return upload("http://127.0.0.1:" + port, session, path, content);
  }

  static WebSession.Response upload(
      String baseUrl, WebSession session, String path, byte[] content) {
    String token = session.csrfToken();
    String boundary = "klara-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(body, "--" + boundary + "\r\n");
    write(body, "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
    write(body, "--" + boundary + "\r\n");
    write(
        body,
        "Content-Disposition: form-data; name=\"file\"; filename=\"directory.json\"\r\n"
            + "Content-Type: application/json\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", "text/html")
            .header("Cookie", "KLARA_SESSION=" + session.sessionId().orElseThrow())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new WebSession.Response(
          response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
