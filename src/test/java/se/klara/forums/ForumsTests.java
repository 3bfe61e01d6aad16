package se.klara.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.shared.Actor;
import se.klara.shared.InputException;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** Forums and meetings: creation with cadence, bad input refused whole, minutes locked. */
class ForumsTests extends IntegrationTest {
  @Autowired Forums forums;
  @Autowired Areas areas;

  Area klara() {
    return areas.bySlug("klara").orElseThrow();
  }

  long orgId(String slug) {
    return jdbc.sql("select id from organisation where slug = ?")
        .param(slug)
        .query(Long.class)
        .single();
  }

  int count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
  }

  ForumDraft draft(String name, ForumLevel level, String rrule, Long parent) {
    return new ForumDraft(
        name,
        level,
        "",
        null,
        null,
        rrule,
        LocalTime.of(15, 0),
        60,
        "",
        parent,
        "",
        List.of(orgId("norrmalms-sdf")));
  }

  @Test
  void aForumWithACadenceGetsItsNextMeetingsAndAShortAgenda() {
    Forum forum =
        forums.create(
            klara(),
            draft("Testforum kadens", ForumLevel.OPERATIONAL, "FREQ=WEEKLY;BYDAY=TU,TH", null));
    List<Meeting> next = forums.upcoming(klara().id(), forum.id(), 50);
    assertThat(next).hasSizeGreaterThanOrEqualTo(24);
    assertThat(next)
        .allMatch(
            m ->
                m.startsAt().toLocalTime().equals(LocalTime.of(15, 0))
                    && (m.startsAt().getDayOfWeek().getValue() == 2
                        || m.startsAt().getDayOfWeek().getValue() == 4));
    assertThat(forum.agendaItems()).hasSize(3);
  }

  @Test
  void badCadencesCyclesAndUnknownParticipantsAreRefusedAndNothingIsStored() {
    int before = count("forum");
    int meetings = count("meeting");
    assertThatThrownBy(
            () ->
                forums.create(
                    klara(),
                    draft("Månadsforum", ForumLevel.STRATEGIC, "FREQ=DAILY;BYHOUR=9,15", null)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).field()).isEqualTo("rrule"))
        .hasMessageContaining("too-often");
    assertThatThrownBy(
            () ->
                forums.create(
                    klara(),
                    draft(
                        "Aldrigforum",
                        ForumLevel.STRATEGIC,
                        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31",
                        null)))
        .hasMessageContaining("rrule.never");
    Forum a = forums.create(klara(), draft("Cykel A", ForumLevel.STRATEGIC, null, null));
    Forum b = forums.create(klara(), draft("Cykel B", ForumLevel.OPERATIONAL, null, a.id()));
    int afterTwo = count("forum");
    assertThatThrownBy(
            () ->
                forums.update(
                    klara(), a.id(), draft("Cykel A", ForumLevel.STRATEGIC, null, b.id())))
        .hasMessageContaining("forums.error.parent.cycle");
    assertThat(forums.get(klara().id(), a.id()).parentId()).isNull();
    assertThat(count("forum")).isEqualTo(afterTwo).isEqualTo(before + 2);
    assertThat(count("meeting")).isEqualTo(meetings);
  }

  @Test
  void aPastMeetingCannotBeInvitedToAndAClosedOneTakesNoAttendanceButCorrections() {
    Actor coordinator = actor("coordinator");
    Forum forum =
        forums.create(klara(), draft("Testforum låsning", ForumLevel.OPERATIONAL, null, null));
    Meeting past =
        forums.createAdHoc(
            klara(), forum.id(), LocalDate.now().minusDays(2), LocalTime.of(15, 0), 60, "");
    assertThatThrownBy(() -> forums.invite(coordinator, klara(), past.id()))
        .hasMessageContaining("forums.error.invite.past");
    assertThat(forums.meeting(klara().id(), past.id()).invitedAt()).isNull();

    forums.registerAttendance(klara(), past.id(), orgId("polisen-lpo-norrmalm"), null, 2, 1, 1);
    forums.saveMinutes(klara(), past.id(), "Lägesbild: lugnt vid Plattan.", "Ingen åtgärd.", false);
    forums.close(coordinator, klara(), past.id(), "STAND_IN");

    assertThatThrownBy(
            () ->
                forums.registerAttendance(
                    klara(), past.id(), orgId("norrmalms-sdf"), null, 1, null, null))
        .hasMessageContaining("forums.error.attendance.closed");
    assertThatThrownBy(() -> forums.saveMinutes(klara(), past.id(), "ändrat", "", false))
        .hasMessageContaining("forums.error.minutes.locked");
    assertThat(forums.attendance(past.id())).hasSize(1);
    assertThat(forums.meeting(klara().id(), past.id()).minutes())
        .isEqualTo("Lägesbild: lugnt vid Plattan.");

    forums.addCorrection(coordinator, klara(), past.id(), "Rättelse: även MTR var där.", false);
    assertThat(forums.corrections(past.id()))
        .extracting(Correction::text)
        .containsExactly("Rättelse: även MTR var där.");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'MINUTES_CORRECTED' and object_id = ?")
                .param(String.valueOf(past.id()))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void minutesNamingAPersonByIdentityNumberAreRefused() {
    Forum forum =
        forums.create(klara(), draft("Testforum integritet", ForumLevel.OPERATIONAL, null, null));
    Meeting m =
        forums.createAdHoc(
            klara(), forum.id(), LocalDate.now().minusDays(1), LocalTime.of(10, 0), 60, "");
    assertThatThrownBy(
            () -> forums.saveMinutes(klara(), m.id(), "Pojke 19121212-1212 sågs", "", true))
        .hasMessageContaining("privacy.blocked");
    assertThat(forums.meeting(klara().id(), m.id()).minutes()).isEmpty();
  }

  @Test
  void theFormShowsTheRuleErrorAndKeepsWhatWasEntered() {
    WebSession coordinator = signedInAs("coordinator");
    WebSession.Response response =
        coordinator.post(
            "/areas/klara/forums",
            Map.of(
                "name", "Formforum",
                "level", "STRATEGIC",
                "rrule", "FREQ=MINUTELY",
                "startTime", "09:00",
                "durationMinutes", "60"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("FREQ=MINUTELY").contains("mer än ett möte per dag");
    assertThat(forums.byName(klara().id(), "Formforum")).isEmpty();
  }
}
