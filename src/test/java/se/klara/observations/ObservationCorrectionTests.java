package se.klara.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.shared.Actor;
import se.klara.shared.NotFoundException;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** The author corrects an observation within 24 hours, from the version they saw; audited. */
class ObservationCorrectionTests extends IntegrationTest {
  @Autowired Observations observations;
  @Autowired Areas areas;
  @Autowired Clock clock;

  private ObservationDraft draft(String place, String note) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return new ObservationDraft(
        place,
        now.minus(Duration.ofHours(2)),
        now.minus(Duration.ofMinutes(1)),
        List.of("violence-threats"),
        Intensity.MANY,
        12,
        GroupCounts.none().with(Gender.FEMALE, AgeBand.AGE_15_17, 4),
        NewFaces.NO,
        note,
        false,
        List.of());
  }

  @Test
  void theAuthorCorrectsWithin24HoursAndTheCorrectionIsAudited() {
    Area klara = areas.bySlug("klara").orElseThrow();
    Actor field = actor("field");
    Observation original = observations.record(field, klara, draft("plattan", "Stökigt"));
    Observation corrected =
        observations.correct(
            field, klara, original.id(), original.version(), draft("sergels-torg", "Lugnare"));
    assertThat(corrected.placeSlug()).isEqualTo("sergels-torg");
    assertThat(corrected.version()).isEqualTo(original.version() + 1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'OBSERVATION_CORRECTED'"
                        + " and object_id = ?")
                .param(String.valueOf(original.id()))
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThatThrownBy(
            () ->
                observations.correct(
                    field, klara, original.id(), original.version(), draft("plattan", "Gammal")))
        .isInstanceOf(ObservationRejected.class)
        .hasMessageContaining("version");
  }

  @Test
  void noCorrectionAfter24HoursAndNoneByAnotherUser() {
    Area klara = areas.bySlug("klara").orElseThrow();
    Actor field = actor("field");
    Observation original = observations.record(field, klara, draft("plattan", null));
    assertThatThrownBy(
            () ->
                observations.correct(
                    actor("coordinator"), klara, original.id(), 0, draft("plattan", "X")))
        .isInstanceOf(ObservationRejected.class);
    jdbc.sql("update observation set created_at = ? where id = ?")
        .params(java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(25))), original.id())
        .update();
    assertThatThrownBy(
            () -> observations.correct(field, klara, original.id(), 0, draft("plattan", "X")))
        .isInstanceOf(ObservationRejected.class);
    assertThat(observations.get(field, klara, original.id()).placeSlug()).isEqualTo("plattan");
  }

  @Test
  void aPartnerCannotOpenAFieldWorkersObservation() {
    Area klara = areas.bySlug("klara").orElseThrow();
    Observation original = observations.record(actor("field"), klara, draft("plattan", null));
    assertThatThrownBy(() -> observations.get(actor("partner"), klara, original.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(observations.get(actor("coordinator"), klara, original.id()).id())
        .isEqualTo(original.id());
  }

  @Test
  void theDemoObservationsAreSyntheticAndSpreadOverSeveralWeeks() {
    long weeks =
        jdbc.sql(
                "select count(distinct date_trunc('week', window_start)) from observation"
                    + " where synthetic and note like '[Syntetisk demodata]%'")
            .query(Long.class)
            .single();
    assertThat(weeks).isGreaterThanOrEqualTo(6);
  }

  @Test
  void theAuthorCorrectsThroughTheEditPage() {
    Area klara = areas.bySlug("klara").orElseThrow();
    Observation original = observations.record(actor("field"), klara, draft("plattan", null));
    WebSession session = signedInAs("field");
    String path = "/areas/klara/observations/" + original.id();
    assertThat(session.get(path + "/edit").status()).isEqualTo(200);
    java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
    java.time.format.DateTimeFormatter minutes =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(java.time.ZoneId.of("Europe/Stockholm"));
    form.put("version", "0");
    form.put("place", "hotorget");
    form.put("from", minutes.format(original.from()));
    form.put("to", minutes.format(original.to()));
    form.put("newFaces", "NO");
    form.put("counts.male.18-24", "2");
    form.put("note", "Lugnare nu");
    form.put("place", "");
    WebSession.Response refused = session.post(path, form);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .as("a refused correction comes back as it was typed")
        .contains("Välj en plats.")
        .contains(">Lugnare nu</textarea>")
        .contains("name=\"counts.male.18-24\" value=\"2\"");
    assertThat(observations.get(actor("field"), klara, original.id()).placeSlug())
        .isEqualTo("plattan");
    form.put("place", "hotorget");
    assertThat(session.post(path, form).status()).isEqualTo(302);
    assertThat(observations.get(actor("field"), klara, original.id()).placeSlug())
        .isEqualTo("hotorget");
    assertThat(session.get(path).status()).isEqualTo(200);
  }
}
