package se.klara.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/**
 * Follow-up of the demo forums: the attendance of the briefings February–August 2019 has the shape
 * of the seed's chart; meetings planned and held by convenor and stand-in; CSV exports safe for
 * spreadsheets; the shared premises refuse double bookings.
 */
class FollowUpTests extends IntegrationTest {
  static final LocalDate FEB = LocalDate.of(2019, 2, 1);
  static final LocalDate AUG = LocalDate.of(2019, 8, 31);

  /** The seed's chart, most present first (Klara samverkansutsättning, Feb–Aug 2019). */
  static final List<String> SHAPE =
      List.of(
          "Polisen, lokalpolisområde Norrmalm",
          "Socialförvaltningen, Stockholms stad",
          "City i Samverkan",
          "Norrmalms stadsdelsförvaltning",
          "Kulturhuset Stadsteatern",
          "Säkerhetsenheten, stadsledningskontoret",
          "Trafikförvaltningen (SL)",
          "Jernhusen");

  @Autowired ForumFollowUp followUp;
  @Autowired Forums forums;
  @Autowired Premises premises;
  @Autowired Areas areas;

  Area klara() {
    return areas.bySlug("klara").orElseThrow();
  }

  @Test
  void theDemoBriefingAttendanceHasTheShapeOfTheSeedChart() {
    List<ForumFollowUp.Attendance> rows =
        followUp.attendance(klara().id(), FEB, AUG).stream()
            .filter(a -> a.forum().equals("Klara samverkansutsättning"))
            .toList();
    assertThat(rows)
        .extracting(ForumFollowUp.Attendance::organisation)
        .containsExactlyElementsOf(SHAPE);
    int held = rows.get(0).held();
    // Tuesdays and Thursdays from February to August, less the national day.
    assertThat(held).isBetween(58, 62);
    assertThat(rows.get(0).percent()).isGreaterThanOrEqualTo(90);
    assertThat(rows.get(rows.size() - 1).percent()).isBetween(15, 25);
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).attended()).isLessThan(rows.get(i - 1).attended());
    }

    String page =
        signedInAs("coordinator")
            .get("/areas/klara/forums/follow-up?from=2019-02-01&to=2019-08-31")
            .body();
    String briefing = page.substring(page.indexOf("Klara samverkansutsättning: "));
    List<String> shown = new ArrayList<>();
    Matcher m = Pattern.compile("data-organisation=\"([^\"]+)\"").matcher(briefing);
    while (m.find() && shown.size() < SHAPE.size()) {
      shown.add(m.group(1));
    }
    assertThat(shown).containsExactlyElementsOf(SHAPE);
    // The commitment of Ungdomsjouren (directory) followed up by its attendance.
    assertThat(page)
        .contains(
            "Ungdomsjouren (Socialförvaltningen, Stockholms stad) närvarade vid "
                + rows.get(1).attended()
                + " av "
                + held
                + " genomförda möten")
        .contains("Delar lägesbild om unga på samverkansutsättningen två gånger i veckan.");
    assertThat(page).contains("class=\"bar-chart\"");
    // Escalations and their outcomes are charted from the same numbers as their table.
    List<ForumFollowUp.Escalations> escalations =
        followUp.escalations(klara().id(), LocalDate.of(2019, 2, 1), LocalDate.of(2019, 8, 31));
    assertThat(escalations).isNotEmpty();
    String series =
        "["
            + escalations.stream().map(e -> String.valueOf(e.open())).toList()
            + ","
            + escalations.stream().map(e -> String.valueOf(e.answered())).toList()
            + ","
            + escalations.stream().map(e -> String.valueOf(e.closed())).toList()
            + "]";
    assertThat(page)
        .contains("id=\"escalation-chart\"")
        .contains("data-series=\"" + series.replace(" ", "") + "\"")
        .contains("data-series-labels=\"[&quot;öppen&quot;");
    String csv =
        signedInAs("steering")
            .get("/areas/klara/forums/follow-up/escalations.csv?from=2019-02-01&to=2019-08-31")
            .body();
    ForumFollowUp.Escalations first = escalations.get(0);
    assertThat(csv.lines().toList())
        .startsWith("from_forum,to_forum,from,to,open,answered,closed")
        .contains(
            String.join(
                ",",
                first.from(),
                first.to(),
                "2019-02-01",
                "2019-08-31",
                String.valueOf(first.open()),
                String.valueOf(first.answered()),
                String.valueOf(first.closed())))
        .hasSize(escalations.size() + 1);
    assertThat(
            signedInAs("coordinator")
                .get("/areas/klara/forums/follow-up/open-questions.csv")
                .body()
                .lines()
                .findFirst())
        .contains("level,on,under_14_days,14_29_days,30_89_days,90_days_or_more");
  }

  @Test
  void meetingsOf2019AreCountedByConvenorAndStandIn() {
    ForumFollowUp.MeetingCounts briefing =
        followUp
            .meetings(klara().id(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))
            .stream()
            .filter(c -> c.forum().equals("Klara samverkansutsättning"))
            .findFirst()
            .orElseThrow();
    assertThat(briefing.planned()).isEqualTo(105);
    assertThat(briefing.cancelled()).isEqualTo(3);
    assertThat(briefing.held()).isEqualTo(102);
    assertThat(briefing.heldByConvenor() + briefing.heldByStandIn()).isEqualTo(102);
    assertThat(briefing.heldByStandIn()).isBetween(3, 10);
    ForumFollowUp.MeetingCounts plats =
        followUp
            .meetings(klara().id(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))
            .stream()
            .filter(c -> c.forum().equals("Platssamverkan Klara"))
            .findFirst()
            .orElseThrow();
    assertThat(plats.planned()).isEqualTo(12);
    assertThat(plats.held()).isEqualTo(11);
  }

  @Test
  void csvExportsDefuseFormulasInNames() {
    long sdf =
        jdbc.sql("select id from organisation where slug = 'norrmalms-sdf'")
            .query(Long.class)
            .single();
    forums.create(
        klara(),
        new ForumDraft(
            "=HYPERLINK(\"http://x\")",
            ForumLevel.OPERATIONAL,
            "",
            null,
            null,
            null,
            LocalTime.of(9, 0),
            60,
            "",
            null,
            "",
            List.of(sdf)));
    WebSession steering = signedInAs("steering");
    WebSession.Response csv =
        steering.get("/areas/klara/forums/follow-up/attendance.csv?from=2019-02-01&to=2019-08-31");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("forum,organisation,from,to,held,attended,percent");
    assertThat(csv.body())
        .contains("\"'=HYPERLINK(\"\"http://x\"\")\",Norrmalms stadsdelsförvaltning");
    assertThat(csv.body()).doesNotContain("\n=HYPERLINK").doesNotContain(",=HYPERLINK");
    assertThat(csv.body())
        .contains("Klara samverkansutsättning,\"Polisen, lokalpolisområde Norrmalm\"");
    WebSession.Response meetings =
        steering.get("/areas/klara/forums/follow-up/meetings.csv?from=2019-01-01&to=2019-12-31");
    assertThat(meetings.body())
        .contains("Klara samverkansutsättning,OPERATIONAL,2019-01-01,2019-12-31,105,102,");
  }

  @Test
  void thePremisesRefuseOverlappingBookingsAndForumMeetingsHeldThere() {
    LocalDate day = LocalDate.now().plusDays(40);
    while (day.getDayOfWeek().getValue() != 3) {
      day = day.plusDays(1);
    }
    LocalDate wednesday = day;
    premises.book(
        actor("coordinator"),
        klara(),
        "TRAINING",
        "Utbildning MUMIN",
        wednesday,
        LocalTime.of(9, 0),
        LocalTime.of(11, 0));
    assertThatThrownBy(
            () ->
                premises.book(
                    actor("field"),
                    klara(),
                    "STUDY_VISIT",
                    "Studiebesök",
                    wednesday,
                    LocalTime.of(10, 30),
                    LocalTime.of(12, 0)))
        .hasMessageContaining("forums.error.premises.conflict");
    premises.book(
        actor("field"),
        klara(),
        "STUDY_VISIT",
        "Studiebesök",
        wednesday,
        LocalTime.of(11, 0),
        LocalTime.of(12, 0));
    assertThat(premises.from(klara().id(), wednesday))
        .filteredOn(b -> b.startsAt().toLocalDate().equals(wednesday))
        .extracting(Booking::title)
        .containsExactly("Utbildning MUMIN", "Studiebesök");
    // Klara samverkansutsättning meets in the premises on Tuesdays at 15:00.
    LocalDate tuesday = wednesday.minusDays(1);
    forums.generateUpcoming(klara().id());
    WebSession.Response refused =
        signedInAs("field")
            .post(
                "/areas/klara/premises",
                java.util.Map.of(
                    "purpose",
                    "MEETING",
                    "title",
                    "Eget möte",
                    "day",
                    tuesday.toString(),
                    "from",
                    "15:30",
                    "to",
                    "16:30"));
    assertThat(refused.status()).isEqualTo(302);
    assertThat(premises.from(klara().id(), tuesday)).noneMatch(b -> b.title().equals("Eget möte"));
  }
}
