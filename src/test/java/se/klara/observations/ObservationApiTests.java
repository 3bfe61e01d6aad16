package se.klara.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The observation API over real HTTP: idempotency, bad input, privacy and visibility. */
class ObservationApiTests extends IntegrationTest {
  private static final String PATH = "/api/v1/areas/klara/observations";

  @Autowired Clock clock;
  @Autowired DataSource dataSource;

  private JsonClient field;

  @BeforeEach
  void signIn() {
    field = new JsonClient(port, signedInAs("field"));
  }

  private String body(String note) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return """
        {"place": "plattan", "from": "%s", "to": "%s",
         "phenomena": ["drug-dealing", "lookouts"], "intensity": "FEW", "estimatedCount": 6,
         "counts": {"male": {"25-plus": 3}, "female": {"18-24": 1}},
         "newFaces": "YES", "note": %s}
        """
        .formatted(
            now.minus(Duration.ofHours(3)),
            now.minus(Duration.ofMinutes(5)),
            note == null ? "null" : "\"" + note + "\"");
  }

  private long observations() {
    return jdbc.sql("select count(*) from observation").query(Long.class).single();
  }

  private List<String> fields(JsonClient.Reply reply) {
    JsonNode errors = reply.json().get("errors");
    return StreamSupport.stream(errors.spliterator(), false)
        .map(e -> e.get("field").stringValue())
        .toList();
  }

  @Test
  void aSubmissionWithoutAnIdempotencyKeyIsRefusedAndStoresNothing() {
    long before = observations();
    JsonClient.Reply reply = field.post(PATH, null, body("Lugnt"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fields(reply)).containsExactly("Idempotency-Key");
    assertThat(observations()).isEqualTo(before);
  }

  @Test
  void aSubmissionIsStoredOnceAndTheSameKeyAndBodyGetTheOriginalResponseAgain() {
    String key = UUID.randomUUID().toString();
    String body = body("Lugnt efter lunch");
    long before = observations();
    JsonClient.Reply first = field.post(PATH, key, body);
    assertThat(first.status()).isEqualTo(201);
    JsonNode json = first.json();
    assertThat(first.header("Location")).isEqualTo(PATH + "/" + json.get("id").asLong());
    assertThat(json.get("place").get("slug").stringValue()).isEqualTo("plattan");
    assertThat(json.get("counts").get("male").get("25-plus").intValue()).isEqualTo(3);
    assertThat(json.get("phenomena").toString()).isEqualTo("[\"drug-dealing\",\"lookouts\"]");

    // The same content with keys in another order and other white space is the same request.
    String reordered = JsonClient.JSON.writeValueAsString(JsonClient.JSON.readTree(body));
    JsonClient.Reply again = field.post(PATH, key, reordered);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(observations()).isEqualTo(before + 1);
  }

  @Test
  void theSameKeyWithADifferentBodyIsRefusedWith422() {
    String key = UUID.randomUUID().toString();
    assertThat(field.post(PATH, key, body("Första")).status()).isEqualTo(201);
    long before = observations();
    JsonClient.Reply reply = field.post(PATH, key, body("Andra"));
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(observations()).isEqualTo(before);
  }

  @Test
  void keysAreScopedPerUser() {
    String key = UUID.randomUUID().toString();
    assertThat(field.post(PATH, key, body("Lugnt")).status()).isEqualTo(201);
    JsonClient coordinator = new JsonClient(port, signedInAs("coordinator"));
    assertThat(coordinator.post(PATH, key, body("Lugnt")).status()).isEqualTo(201);
  }

  @Test
  void aRequestWhileOneWithTheSameKeyIsInProgressGets409() throws Exception {
    String key = UUID.randomUUID().toString();
    long userId =
        jdbc.sql("select id from app_user where username = 'field'").query(Long.class).single();
    // The request in progress: a transaction holding the key's lock, as a running request does.
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock =
          other.prepareStatement("select pg_advisory_xact_lock(" + IdempotencyKeys.LOCK_ID + ")")) {
        lock.setLong(1, userId);
        lock.setString(2, key);
        try (ResultSet ignored = lock.executeQuery()) {
          long before = observations();
          JsonClient.Reply reply = field.post(PATH, key, body("Lugnt"));
          assertThat(reply.status()).isEqualTo(409);
          assertThat(observations()).isEqualTo(before);
        }
      }
      other.rollback();
    }
    assertThat(field.post(PATH, key, body("Lugnt")).status()).isEqualTo(201);
  }

  @Test
  void aRefusedSubmissionStoresNeitherTheObservationNorTheKey() {
    String key = UUID.randomUUID().toString();
    assertThat(field.post(PATH, key, body(null).replace("plattan", "atlantis")).status())
        .isEqualTo(400);
    assertThat(field.post(PATH, key, body(null)).status()).isEqualTo(201);
  }

  @Test
  void badInputNamesEachFieldAndStoresNothing() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String bad =
        """
        {"place": "atlantis", "from": "%s", "to": "%s", "phenomena": ["alchemy"],
         "estimatedCount": 2, "counts": {"male": {"15-17": 3, "18-24": -1}},
         "note": "%s"}
        """
            .formatted(
                now.minus(Duration.ofDays(8)), now.plus(Duration.ofHours(1)), "x".repeat(1001));
    long before = observations();
    JsonClient.Reply reply = field.post(PATH, UUID.randomUUID().toString(), bad);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply))
        .contains("place", "from", "to", "phenomena", "counts.male.18-24", "counts", "note");
    assertThat(observations()).isEqualTo(before);
  }

  @Test
  void anEndBeforeTheStartAnAbsurdCountAndCountsAboveTheTotalAreRefused() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String backwards =
        """
        {"place": "plattan", "from": "%s", "to": "%s", "estimatedCount": 1001}
        """
            .formatted(now.minus(Duration.ofHours(1)), now.minus(Duration.ofHours(2)));
    JsonClient.Reply reply = field.post(PATH, UUID.randomUUID().toString(), backwards);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactlyInAnyOrder("to", "estimatedCount");

    String tooMany = body(null).replace("\"estimatedCount\": 6", "\"estimatedCount\": 3");
    reply = field.post(PATH, UUID.randomUUID().toString(), tooMany);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("counts");
  }

  @Test
  void aNoteWithAPersonalIdentityNumberIsRefusedNamingTheFieldNeverTheValue() {
    // Skatteverket's official test personnummer.
    JsonClient.Reply reply =
        field.post(PATH, UUID.randomUUID().toString(), body("Sågs med 19121212-1212 vid trappan"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("note");
    assertThat(reply.body()).contains("personnummer").doesNotContain("1212");
  }

  @Test
  void aNoteThatMayNameAPersonNeedsAConfirmationWhichIsAudited() {
    String note = "En kille som kallas Kalle delade ut flygblad";
    JsonClient.Reply warned = field.post(PATH, UUID.randomUUID().toString(), body(note));
    assertThat(warned.status()).isEqualTo(400);
    assertThat(warned.json().get("errors").get(0).get("code").stringValue())
        .isEqualTo("observation.error.note.confirm");

    String confirmed = body(note).replace("\"newFaces\"", "\"noteConfirmed\": true, \"newFaces\"");
    JsonClient.Reply saved = field.post(PATH, UUID.randomUUID().toString(), confirmed);
    assertThat(saved.status()).isEqualTo(201);
    String id = saved.json().get("id").asString();
    String detail =
        jdbc.sql(
                "select detail from audit_event where action = 'OBSERVATION_NOTE_CONFIRMED'"
                    + " and object_id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(detail).contains("NAMING_WORD").doesNotContain("Kalle");
  }

  @Test
  void aPartnerSeesOnlyTheirOwnAndACoordinatorTheWholeArea() {
    long byField =
        field.post(PATH, UUID.randomUUID().toString(), body("Fält")).json().get("id").asLong();
    JsonClient partner = new JsonClient(port, signedInAs("partner"));
    long byPartner =
        partner.post(PATH, UUID.randomUUID().toString(), body("Partner")).json().get("id").asLong();
    JsonClient coordinator = new JsonClient(port, signedInAs("coordinator"));

    assertThat(ids(partner.get(PATH + "?limit=200"))).contains(byPartner).doesNotContain(byField);
    assertThat(ids(field.get(PATH + "?limit=200"))).contains(byField).doesNotContain(byPartner);
    assertThat(ids(coordinator.get(PATH + "?limit=200"))).contains(byField, byPartner);
  }

  @Test
  void theListIsNewestFirstAndPagesWithBefore() {
    long a = field.post(PATH, UUID.randomUUID().toString(), body("A")).json().get("id").asLong();
    long b = field.post(PATH, UUID.randomUUID().toString(), body("B")).json().get("id").asLong();
    JsonClient.Reply page = field.get(PATH + "?limit=1");
    assertThat(ids(page)).containsExactly(b);
    assertThat(page.json().get("next").stringValue()).contains("before=" + b);
    assertThat(ids(field.get(PATH + "?limit=1&before=" + b))).containsExactly(a);
  }

  @Test
  void anotherAreaAnswersNotFound() {
    JsonClient.Reply reply =
        field.post(
            "/api/v1/areas/liljeholmen/observations", UUID.randomUUID().toString(), body(null));
    assertThat(reply.status()).isEqualTo(404);
  }

  private static List<Long> ids(JsonClient.Reply reply) {
    assertThat(reply.status()).isEqualTo(200);
    return StreamSupport.stream(reply.json().get("observations").spliterator(), false)
        .map(o -> o.get("id").asLong())
        .toList();
  }
}
