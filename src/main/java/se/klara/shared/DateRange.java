package se.klara.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A span of whole local days in {@link #ZONE}, both ends included, as users choose periods ("the
 * last 14 days"). Statistics compare a range with {@link #previous()} and {@link #sameLastYear()}.
 */
public record DateRange(LocalDate first, LocalDate last) {
  /** Every day, hour and weekday in Klara is counted in Swedish local time. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  public DateRange {
    if (first == null || last == null) {
      throw new IllegalArgumentException("a date range needs both ends");
    }
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a date range cannot end before it starts");
    }
  }

  /** The {@code days} days ending with {@code last}. */
  public static DateRange lastDays(LocalDate last, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("a date range has at least one day");
    }
    return new DateRange(last.minusDays(days - 1L), last);
  }

  public long days() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  /** The first day after the range, for half-open SQL conditions ({@code day < end}). */
  public LocalDate endExclusive() {
    return last.plusDays(1);
  }

  /** The range of the same length that ends the day before this one starts. */
  public DateRange previous() {
    return new DateRange(first.minusDays(days()), first.minusDays(1));
  }

  /** The same calendar days one year earlier (29 February falls back to the 28th). */
  public DateRange sameLastYear() {
    return new DateRange(first.minusYears(1), last.minusYears(1));
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
