package se.klara.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many of something (a phenomenon or an incident category, by its code) were counted on one
 * local day in {@link DateRange#ZONE}. Weekly series use the Monday of the ISO week as the day.
 */
public record DailyCount(String code, LocalDate day, long count) {
  public DailyCount {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(day, "day");
    if (count < 0) {
      throw new IllegalArgumentException("a count cannot be negative");
    }
  }
}
