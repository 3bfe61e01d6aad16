package se.klara.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klara.shared.CsvCells;
import se.klara.shared.InputException;

/** RRULE cadences: read, checked, expanded in Stockholm local time across daylight saving. */
class CadenceTests {
  private static final LocalDate TODAY = LocalDate.of(2019, 3, 1);

  @Test
  void tuesdayAndThursdayAtThreeStayAtThreeAcrossTheSpringChange() {
    Cadence cadence = Cadence.parse("RRULE:FREQ=WEEKLY;BYDAY=TU,TH", LocalTime.of(15, 0), TODAY);
    List<ZonedDateTime> meetings =
        cadence.between(LocalDate.of(2019, 3, 25), LocalDate.of(2019, 4, 4));
    assertThat(meetings)
        .extracting(z -> z.toLocalDate().toString())
        .containsExactly("2019-03-26", "2019-03-28", "2019-04-02", "2019-04-04");
    assertThat(meetings).allMatch(z -> z.toLocalTime().equals(LocalTime.of(15, 0)));
    // Before the change (31 March 2019) 15:00 is 14:00 UTC, after it 13:00 UTC.
    assertThat(meetings.get(1).toInstant().toString()).isEqualTo("2019-03-28T14:00:00Z");
    assertThat(meetings.get(2).toInstant().toString()).isEqualTo("2019-04-02T13:00:00Z");
  }

  @Test
  void monthlyAndTwiceAYearRulesExpand() {
    assertThat(
            Cadence.parse("FREQ=MONTHLY;BYDAY=2WE", LocalTime.of(9, 0), TODAY)
                .between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)))
        .extracting(z -> z.toLocalDate().toString())
        .containsExactly("2019-01-09", "2019-02-13", "2019-03-13");
    assertThat(
            Cadence.parse("FREQ=YEARLY;BYMONTH=3,10;BYDAY=2TH", LocalTime.of(13, 0), TODAY)
                .between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
        .extracting(z -> z.toLocalDate().toString())
        .containsExactly("2019-03-14", "2019-10-10");
  }

  @Test
  void aRuleThatCannotBeReadNeverOccursOrOccursMoreThanDailyIsRefused() {
    assertThatThrownBy(() -> Cadence.parse("every tuesday", LocalTime.NOON, TODAY))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("forums.error.rrule.syntax");
    assertThatThrownBy(
            () -> Cadence.parse("FREQ=WEEKLY;BYDAY=TU;UNTIL=20180101", LocalTime.NOON, TODAY))
        .hasMessageContaining("forums.error.rrule.never");
    assertThatThrownBy(
            () -> Cadence.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", LocalTime.NOON, TODAY))
        .hasMessageContaining("forums.error.rrule.never");
    assertThatThrownBy(() -> Cadence.parse("FREQ=HOURLY", LocalTime.NOON, TODAY))
        .hasMessageContaining("forums.error.rrule.too-often");
    assertThatThrownBy(() -> Cadence.parse("FREQ=DAILY;BYHOUR=9,15", LocalTime.NOON, TODAY))
        .hasMessageContaining("forums.error.rrule.too-often");
    assertThatThrownBy(() -> Cadence.parse(" ", LocalTime.NOON, TODAY))
        .hasMessageContaining("forums.error.rrule.blank");
  }

  @Test
  void spreadsheetFormulasAreDefused() {
    assertThat(CsvCells.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    // a plain number cannot run as a formula and stays a number; anything more does not
    assertThat(CsvCells.safe("+1")).isEqualTo("+1");
    assertThat(CsvCells.safe("-1")).isEqualTo("-1");
    assertThat(CsvCells.safe("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
    assertThat(CsvCells.safe("-1+2")).isEqualTo("'-1+2");
    assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.safe("\tx")).isEqualTo("'\tx");
    assertThat(CsvCells.safe("\rx")).isEqualTo("'\rx");
    assertThat(CsvCells.safe("Polisen")).isEqualTo("Polisen");
  }
}
