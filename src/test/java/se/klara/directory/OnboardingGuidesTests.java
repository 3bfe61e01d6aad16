package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Working hours and their exceptions read as words, in Swedish and English. */
class OnboardingGuidesTests {
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final Locale EN = Locale.ENGLISH;

  private final OnboardingGuides guides =
      new OnboardingGuides(null, null, null, messages(), Clock.systemUTC());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/onboarding");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  @Test
  void aWeeklyRuleReadsAsDaysAndClockTimes() {
    assertThat(guides.hours(WeeklyRule.parse("FR-SA 13:00-03:00"), SV))
        .isEqualTo("fredag–lördag 13:00–03:00");
    assertThat(guides.hours(WeeklyRule.parse("FR-SA 13:00-03:00"), EN))
        .isEqualTo("Friday–Saturday 13:00–03:00");
  }

  @Test
  void everyHourOfEveryDayReadsAsAroundTheClock() {
    assertThat(guides.hours(WeeklyRule.parse("MO-SU 00:00-24:00"), SV))
        .isEqualTo("dygnet runt, alla dagar");
    assertThat(guides.hours(WeeklyRule.parse("MO-SU 00:00-24:00"), EN))
        .isEqualTo("around the clock, every day");
    assertThat(guides.hours(WeeklyRule.parse("MO-SU 08:00-24:00"), SV))
        .isEqualTo("måndag–söndag 08:00–24:00");
  }

  @Test
  void aClosedPeriodNamesItsDaysOnceAndKeepsItsNote() {
    ScheduleException summer =
        new ScheduleException(
            LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 9), true, null, null, "Sommaruppehåll");

    assertThat(guides.exception(summer, SV))
        .isEqualTo("6 juli – 9 augusti 2026: stängt (Sommaruppehåll)");
    assertThat(guides.exception(summer, EN))
        .isEqualTo("6 July – 9 August 2026: closed (Sommaruppehåll)");
  }

  @Test
  void otherHoursOnOneDayOrAcrossNewYearReadAsDatesAndTimes() {
    ScheduleException christmasEve =
        new ScheduleException(
            LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), false, 600, 840, null);
    ScheduleException newYear =
        new ScheduleException(
            LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 2), true, null, null, "");

    assertThat(guides.exception(christmasEve, SV)).isEqualTo("24 december 2026: 10:00–14:00");
    assertThat(guides.exception(newYear, SV))
        .isEqualTo("28 december 2026 – 2 januari 2027: stängt");
  }
}
