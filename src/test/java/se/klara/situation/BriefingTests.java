package se.klara.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** Preparing, reading and editing the briefing for the operational meeting, over HTTP. */
class BriefingTests extends IntegrationTest {
  @Autowired Briefings briefings;

  private long prepare(WebSession session, String day) {
    WebSession.Response response =
        session.post("/areas/klara/briefings", Map.of("meetingDate", day));
    assertThat(response.status()).isEqualTo(302);
    String location = response.location();
    assertThat(location).contains("/areas/klara/briefings/");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private Map<String, String> form(long id, int version, String notes) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("summary", "Sammanfattning");
    form.put("changes", "Mer försäljning på morgonen");
    form.put("places", "Plattan");
    form.put("hours", "Förmiddag");
    form.put("newPhenomena", "–");
    form.put("notes", notes);
    form.put("version", String.valueOf(version));
    return form;
  }

  private int version(long id) {
    return jdbc.sql("select version from briefing where id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  @Test
  void aFieldWorkerPreparesTheBriefingAndPreparingAgainOpensTheSameOne() {
    WebSession field = signedInAs("field");
    String day = briefings.nextMeeting().plusDays(14).toString();
    long id = prepare(field, day);
    assertThat(prepare(field, day)).isEqualTo(id);
    WebSession.Response page = field.get("/areas/klara/briefings/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Sedan förra gången")
        .contains("Vad har förändrats")
        .contains("Nytt på platserna")
        .contains("observationer");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'BRIEFING_PREPARED' and object_id = ?")
                .param(String.valueOf(id))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(field.get("/areas/klara/briefings").body()).contains("/areas/klara/briefings/" + id);
  }

  @Test
  void theConvenorsEditIsSavedAndAuditedAndAStaleEditIsRefusedWithoutLosingEither() {
    WebSession first = signedInAs("coordinator");
    WebSession second = signedInAs("field");
    long id = prepare(first, briefings.nextMeeting().plusDays(21).toString());
    first.get("/areas/klara/briefings/" + id + "/edit");
    second.get("/areas/klara/briefings/" + id + "/edit");

    WebSession.Response saved =
        first.post("/areas/klara/briefings/" + id, form(id, 0, "Belysningen vid Vasagatan 24"));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(version(id)).isEqualTo(1);
    assertThat(first.get("/areas/klara/briefings/" + id).body())
        .contains("Belysningen vid Vasagatan 24");

    WebSession.Response stale =
        second.post("/areas/klara/briefings/" + id, form(id, 0, "Trappan till Klarabergsgatan"));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Någon annan sparade genomgången")
        .contains("Trappan till Klarabergsgatan");
    assertThat(version(id)).isEqualTo(1);
    assertThat(
            jdbc.sql("select notes from briefing where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("Belysningen vid Vasagatan 24");
  }

  @Test
  void anIdentityNumberInAnySectionIsRefusedNamingTheSectionAndNotEchoingIt() {
    WebSession session = signedInAs("coordinator");
    long id = prepare(session, briefings.nextMeeting().plusDays(28).toString());
    Map<String, String> form = form(id, 0, "Kontakt 19121212-1212 om gruppen");
    WebSession.Response refused = session.post("/areas/klara/briefings/" + id, form);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Avsnittet innehåller ett personnummer")
        .contains("id=\"notes-error\"");
    // The text stays in the form for the user to correct; the message never repeats it.
    assertThat(refused.body().split("19121212-1212", -1)).hasSize(2);
    assertThat(refused.body().indexOf("19121212-1212"))
        .isGreaterThan(refused.body().indexOf("<textarea id=\"notes\""));
    assertThat(version(id)).isZero();
  }

  @Test
  void aFirstNameNeedsAConfirmationWhichIsAudited() {
    WebSession session = signedInAs("coordinator");
    long id = prepare(session, briefings.nextMeeting().plusDays(35).toString());
    Map<String, String> form = form(id, 0, "Gruppen kring Ahmed var tillbaka");
    WebSession.Response asked = session.post("/areas/klara/briefings/" + id, form);
    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.body()).contains("ett förnamn").contains("name=\"confirmed\"");
    assertThat(version(id)).isZero();
    form.put("confirmed", "true");
    assertThat(session.post("/areas/klara/briefings/" + id, form).status()).isEqualTo(302);
    assertThat(version(id)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'BRIEFING_TEXT_CONFIRMED' and object_id = ?")
                .param(String.valueOf(id))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aMeetingDayThatIsNotADateOrTooFarAwayIsExplained() {
    WebSession session = signedInAs("field");
    WebSession.Response notADate =
        session.post("/areas/klara/briefings", Map.of("meetingDate", "tisdag"));
    assertThat(notADate.status()).isEqualTo(200);
    assertThat(notADate.body()).contains("Mötesdagen är inte ett datum");
    WebSession.Response farAway =
        session.post(
            "/areas/klara/briefings",
            Map.of("meetingDate", briefings.nextMeeting().plusYears(1).toString()));
    assertThat(farAway.body()).contains("högst 60 dagar framåt");
  }

  @Test
  void steeringReadsBriefingsButDoesNotEditThemAndPartnersDoNotSeeThem() {
    long id = prepare(signedInAs("field"), briefings.nextMeeting().plusDays(42).toString());
    WebSession steering = signedInAs("steering");
    assertThat(steering.get("/areas/klara/briefings/" + id).status()).isEqualTo(200);
    assertThat(steering.get("/areas/klara/briefings/" + id + "/edit").status()).isEqualTo(403);
    WebSession partner = signedInAs("partner");
    assertThat(partner.get("/areas/klara/briefings").status()).isEqualTo(403);
    assertThat(partner.get("/areas/klara/briefings/" + id).status()).isEqualTo(403);
  }
}
