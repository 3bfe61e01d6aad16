package se.klara.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/**
 * The per-user calendar feed: reachable without a session by its secret alone, revocable, valid
 * iCalendar (parsed back by ical4j) with meetings at 15:00 local time on both sides of the
 * daylight-saving changes.
 */
class CalendarFeedTests extends IntegrationTest {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  @Autowired Forums forums;
  @Autowired Areas areas;

  /** The next last Sunday of the month (March or October) after today. */
  static LocalDate nextChange(Month month) {
    LocalDate today = LocalDate.now(STOCKHOLM);
    for (int year = today.getYear(); ; year++) {
      LocalDate sunday =
          LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
      if (sunday.isAfter(today.plusDays(14))) {
        return sunday;
      }
    }
  }

  @Test
  void theFeedValidatesAndKeepsTuesdayAtThreeAcrossBothDaylightSavingChanges() throws Exception {
    Area klara = areas.bySlug("klara").orElseThrow();
    long sdf =
        jdbc.sql("select id from organisation where slug = 'norrmalms-sdf'")
            .query(Long.class)
            .single();
    Forum forum =
        forums.create(
            klara,
            new ForumDraft(
                "Kalendertest tisdagar",
                ForumLevel.OPERATIONAL,
                "",
                null,
                null,
                "FREQ=WEEKLY;BYDAY=TU",
                LocalTime.of(15, 0),
                60,
                "Klara samverkanslokal",
                null,
                "",
                List.of(sdf)));
    LocalDate spring = nextChange(Month.MARCH);
    LocalDate autumn = nextChange(Month.OCTOBER);
    forums.generate(forum, spring.minusDays(14), spring.plusDays(14));
    forums.generate(forum, autumn.minusDays(14), autumn.plusDays(14));

    WebSession coordinator = signedInAs("coordinator");
    String token = createAndReadToken(coordinator);
    // The secret URL is shown once, right after it was made; only its hash is stored.
    assertThat(coordinator.get("/calendar").body()).doesNotContain(token);
    assertThat(
            jdbc.sql("select count(*) from calendar_feed where token_hash = ?")
                .param(token)
                .query(Integer.class)
                .single())
        .isZero();

    WebSession.Response feed = anonymous().get("/calendar/feed/" + token);
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.header("Content-Type").orElse("")).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
    calendar.validate();
    List<VEvent> events =
        calendar.<VEvent>getComponents("VEVENT").stream()
            .filter(
                e ->
                    (e.getSummary() == null ? "" : e.getSummary().getValue())
                        .equals("Kalendertest tisdagar"))
            .toList();
    List<ZonedDateTime> starts =
        events.stream()
            .map(e -> (Temporal) e.getDateTimeStart().getDate())
            .map(CalendarFeedTests::inStockholm)
            .filter(
                z ->
                    Math.abs(z.toLocalDate().toEpochDay() - spring.toEpochDay()) <= 14
                        || Math.abs(z.toLocalDate().toEpochDay() - autumn.toEpochDay()) <= 14)
            .sorted()
            .toList();
    assertThat(starts).hasSizeGreaterThanOrEqualTo(8);
    assertThat(starts)
        .allMatch(z -> z.toLocalTime().equals(LocalTime.of(15, 0)))
        .allMatch(z -> z.getDayOfWeek() == DayOfWeek.TUESDAY);
    // The UTC hour moves with the change: 14:00 UTC in winter time, 13:00 UTC in summer time.
    assertThat(starts)
        .anyMatch(z -> z.toLocalDate().isBefore(spring) && utcHour(z) == 14)
        .anyMatch(
            z ->
                z.toLocalDate().isAfter(spring)
                    && z.toLocalDate().isBefore(autumn)
                    && utcHour(z) == 13)
        .anyMatch(z -> z.toLocalDate().isAfter(autumn) && utcHour(z) == 14);

    // Revoked: the same URL answers 404 and shows nothing.
    coordinator.post("/calendar/feed/revoke", java.util.Map.of());
    WebSession.Response revoked = anonymous().get("/calendar/feed/" + token);
    assertThat(revoked.status()).isEqualTo(404);
    assertThat(revoked.body()).doesNotContain("VCALENDAR");
    assertThat(anonymous().get("/calendar/feed/not-a-real-token-at-all-000000").status())
        .isEqualTo(404);
  }

  @Test
  void aMeetingDownloadsAsOneEvent() throws Exception {
    long meeting =
        jdbc.sql(
                "select m.id from meeting m join forum f on f.id = m.forum_id"
                    + " where f.name = 'Platssamverkan Klara' order by m.starts_at limit 1")
            .query(Long.class)
            .single();
    WebSession.Response ics =
        signedInAs("field").get("/areas/klara/meetings/" + meeting + "/calendar.ics");
    assertThat(ics.status()).isEqualTo(200);
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
    calendar.validate();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    ZonedDateTime start = inStockholm((Temporal) events.get(0).getDateTimeStart().getDate());
    assertThat(start.toLocalDateTime().toString()).isEqualTo("2019-01-09T09:00");
    assertThat(events.get(0).getLocation().getValue()).contains("samverkanslokal");
  }

  private String createAndReadToken(WebSession session) {
    WebSession.Response created = session.post("/calendar/feed", java.util.Map.of());
    assertThat(created.status()).isEqualTo(302);
    String page = session.get("/calendar").body();
    var matcher =
        java.util.regex.Pattern.compile("/calendar/feed/([A-Za-z0-9_-]{40,})").matcher(page);
    assertThat(matcher.find()).as("the new secret URL is shown").isTrue();
    return matcher.group(1);
  }

  static ZonedDateTime inStockholm(Temporal t) {
    if (t instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(STOCKHOLM);
    }
    if (t instanceof java.time.OffsetDateTime o) {
      return o.atZoneSameInstant(STOCKHOLM);
    }
    if (t instanceof java.time.Instant i) {
      return i.atZone(STOCKHOLM);
    }
    throw new AssertionError("not a point in time: " + t);
  }

  static int utcHour(ZonedDateTime z) {
    return z.withZoneSameInstant(ZoneId.of("UTC")).getHour();
  }
}
