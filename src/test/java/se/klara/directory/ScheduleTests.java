package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working hours across midnight, public holidays and the daylight-saving changes. */
class ScheduleTests {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private final PublicHolidays holidays = new PublicHolidays();

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(STOCKHOLM).toInstant();
  }

  private static Schedule weekly(HolidayPolicy policy, String... rules) {
    return new Schedule(
        java.util.Arrays.stream(rules).map(WeeklyRule::parse).toList(), List.of(), policy);
  }

  private boolean onDuty(Schedule schedule, Instant at) {
    return schedule.shiftAt(at, STOCKHOLM, holidays).isPresent();
  }

  @Test
  void aShiftPastMidnightBelongsToTheEveningItStarted() {
    Schedule nights = weekly(HolidayPolicy.AS_USUAL, "FR-SA 18:00-03:00");
    // 2026-11-27 is a Friday
    assertThat(onDuty(nights, local("2026-11-27T17:59"))).isFalse();
    assertThat(onDuty(nights, local("2026-11-27T18:00"))).isTrue();
    assertThat(onDuty(nights, local("2026-11-27T23:30"))).isTrue();
    assertThat(onDuty(nights, local("2026-11-28T02:59"))).isTrue();
    assertThat(onDuty(nights, local("2026-11-28T03:00"))).isFalse();
    assertThat(onDuty(nights, local("2026-11-29T01:00"))).as("Saturday's shift").isTrue();
    assertThat(onDuty(nights, local("2026-11-29T03:30"))).isFalse();
    assertThat(onDuty(nights, local("2026-11-27T02:00"))).as("Thursday has no shift").isFalse();
    assertThat(nights.onDutyUntil(local("2026-11-27T23:30"), STOCKHOLM, holidays))
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-11-28T03:00"), STOCKHOLM));
    assertThat(nights.nextStartAfter(local("2026-11-26T23:00"), STOCKHOLM, holidays))
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-11-27T18:00"), STOCKHOLM));
  }

  @Test
  void roundTheClockIsOnDutyUntilTheLookaheadEnds() {
    Schedule always = weekly(HolidayPolicy.AS_USUAL, "MO-SU 00:00-24:00");
    Instant now = local("2026-11-25T04:00");
    assertThat(onDuty(always, now)).isTrue();
    assertThat(always.onDutyUntil(now, STOCKHOLM, holidays).orElseThrow().toInstant())
        .isAfterOrEqualTo(now.plus(java.time.Duration.ofDays(Schedule.LOOKAHEAD_DAYS)));
  }

  @Test
  void theNightTheClocksGoForwardTheShiftKeepsItsWallClockHoursAndLastsAnHourLess() {
    // 2026-03-29: 02:00 CET becomes 03:00 CEST
    Schedule saturdayNight = weekly(HolidayPolicy.AS_USUAL, "SA 22:00-06:00");
    Shift shift =
        saturdayNight.shiftsStartingOn(LocalDate.of(2026, 3, 28), STOCKHOLM, holidays).get(0);
    assertThat(shift.start().toInstant()).isEqualTo(Instant.parse("2026-03-28T21:00:00Z"));
    assertThat(shift.end().toInstant()).isEqualTo(Instant.parse("2026-03-29T04:00:00Z"));
    assertThat(java.time.Duration.between(shift.start(), shift.end()).toHours()).isEqualTo(7);
    assertThat(onDuty(saturdayNight, Instant.parse("2026-03-29T00:30:00Z"))).isTrue();
    assertThat(onDuty(saturdayNight, Instant.parse("2026-03-29T03:59:00Z"))).isTrue();
    assertThat(onDuty(saturdayNight, Instant.parse("2026-03-29T04:00:00Z"))).isFalse();
  }

  @Test
  void theNightTheClocksGoBackTheShiftLastsAnHourMoreAndCoversBothHalfPastTwos() {
    // 2026-10-25: 03:00 CEST becomes 02:00 CET
    Schedule saturdayNight = weekly(HolidayPolicy.AS_USUAL, "SA 22:00-03:00");
    Shift shift =
        saturdayNight.shiftsStartingOn(LocalDate.of(2026, 10, 24), STOCKHOLM, holidays).get(0);
    assertThat(java.time.Duration.between(shift.start(), shift.end()).toHours()).isEqualTo(6);
    assertThat(onDuty(saturdayNight, Instant.parse("2026-10-25T00:30:00Z")))
        .as("02:30 summer time")
        .isTrue();
    assertThat(onDuty(saturdayNight, Instant.parse("2026-10-25T01:30:00Z")))
        .as("02:30 winter time")
        .isTrue();
    assertThat(onDuty(saturdayNight, Instant.parse("2026-10-25T02:00:00Z"))).isFalse();
  }

  @Test
  void closedOnPublicHolidaysSkipsGoodFridayAndEasterMonday() {
    Schedule office = weekly(HolidayPolicy.CLOSED, "MO-FR 07:30-16:00");
    assertThat(onDuty(office, local("2026-04-02T10:00"))).as("Maundy Thursday").isTrue();
    assertThat(onDuty(office, local("2026-04-03T10:00"))).as("Good Friday").isFalse();
    assertThat(onDuty(office, local("2026-06-19T10:00"))).as("Midsummer Eve").isFalse();
    assertThat(office.nextStartAfter(local("2026-04-03T10:00"), STOCKHOLM, holidays))
        .as("after Easter Monday")
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-04-07T07:30"), STOCKHOLM));
  }

  @Test
  void sundayHoursOnPublicHolidaysCoverChristmasEveOnAThursday() {
    Schedule emergency =
        weekly(
            HolidayPolicy.AS_SUNDAY,
            "MO-TH 16:00-08:00",
            "FR 16:00-24:00",
            "SA-SU 00:00-24:00",
            "MO 00:00-08:00");
    assertThat(onDuty(emergency, local("2026-12-23T14:00"))).as("an ordinary Wednesday").isFalse();
    assertThat(onDuty(emergency, local("2026-12-24T14:00"))).as("Christmas Eve").isTrue();
    assertThat(onDuty(emergency, local("2026-12-01T04:00"))).as("Tuesday night").isTrue();
  }

  @Test
  void datedExceptionsWinOverRulesAndHolidays() {
    Schedule summer =
        new Schedule(
            List.of(WeeklyRule.parse("TU-TH 15:00-22:00")),
            List.of(
                new ScheduleException(
                    LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 9), true, null, null, "Sommar"),
                new ScheduleException(
                    LocalDate.of(2026, 12, 31),
                    LocalDate.of(2026, 12, 31),
                    false,
                    20 * 60,
                    4 * 60,
                    "Nyår")),
            HolidayPolicy.CLOSED);
    assertThat(onDuty(summer, local("2026-07-07T16:00"))).isFalse();
    assertThat(onDuty(summer, local("2026-08-11T16:00"))).isTrue();
    assertThat(onDuty(summer, local("2027-01-01T03:00"))).as("New Year's Eve, a holiday").isTrue();
  }

  @Test
  void anEndEqualToTheStartIsRefusedWithItsReason() {
    assertThatThrownBy(() -> WeeklyRule.parse("FR 18:00-18:00"))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.field()).isEqualTo("schedule");
              assertThat(e.messageKey()).isEqualTo("schedule.end-equals-start");
            });
    assertThatThrownBy(() -> WeeklyRule.parse("XX 18:00-19:00"))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> assertThat(e.messageKey()).isEqualTo("schedule.day.invalid"));
    assertThatThrownBy(() -> new AgeRange(20, 13))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.messageKey()).isEqualTo("age.inverted"));
  }

  @Test
  void rulesReadAndWriteTheirCompactForm() {
    WeeklyRule rule = WeeklyRule.parse("mo-we, fr 08:00-24:00");
    assertThat(rule.byDay()).isEqualTo("MO,TU,WE,FR");
    assertThat(rule.endMinute()).isEqualTo(1440);
    assertThat(rule.format()).isEqualTo("MO,TU,WE,FR 08:00-24:00");
    assertThat(ScheduleText.describe(rule, java.util.Locale.forLanguageTag("sv")))
        .isEqualTo("måndag–onsdag, fredag 08:00–24:00");
    assertThat(WeeklyRule.parse("SU-MO 22:00-02:00").byDay()).isEqualTo("MO,SU");
  }
}
