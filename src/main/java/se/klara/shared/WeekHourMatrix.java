package se.klara.shared;

import java.time.DayOfWeek;
import java.util.Arrays;

/**
 * Counts by weekday and hour of day in Swedish local time: the heat map of when things happen. Row
 * 0 is Monday, column 0 is 00:00–00:59.
 */
public final class WeekHourMatrix {
  private final long[][] counts = new long[7][24];

  public void add(DayOfWeek day, int hour, long count) {
    counts[day.getValue() - 1][hour] += count;
  }

  public void addAll(WeekHourMatrix other) {
    for (int d = 0; d < 7; d++) {
      for (int h = 0; h < 24; h++) {
        counts[d][h] += other.counts[d][h];
      }
    }
  }

  public long get(DayOfWeek day, int hour) {
    return counts[day.getValue() - 1][hour];
  }

  public long total() {
    return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
  }

  public long max() {
    return Arrays.stream(counts).flatMapToLong(Arrays::stream).max().orElse(0);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WeekHourMatrix matrix && Arrays.deepEquals(counts, matrix.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "WeekHourMatrix" + Arrays.deepToString(counts);
  }
}
