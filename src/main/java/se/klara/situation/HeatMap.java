package se.klara.situation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.klara.shared.WeekHourMatrix;

/**
 * A weekday × hour heat map as a page shows it: one row per hour (a phone is narrow, a week has
 * seven columns), a colour level per cell relative to the busiest cell, and the count as the viewer
 * may see it.
 */
public record HeatMap(List<Row> rows, long total) {
  /** Colour levels above zero; level 0 is an empty cell. */
  static final int LEVELS = 5;

  /** One hour of the day across the seven weekdays, Monday first. */
  public record Row(int hour, List<Cell> cells) {}

  /** One weekday and hour. */
  public record Cell(DayOfWeek day, int hour, ShownCount count, int level) {}

  /** A busy weekday and hour, for summaries ("Tuesdays 07–08"). */
  public record Peak(DayOfWeek day, int hour, long count) {}

  static HeatMap of(WeekHourMatrix matrix, Viewer viewer) {
    long max = matrix.max();
    List<Row> rows = new ArrayList<>();
    for (int hour = 0; hour < 24; hour++) {
      List<Cell> cells = new ArrayList<>();
      for (DayOfWeek day : DayOfWeek.values()) {
        long value = matrix.get(day, hour);
        cells.add(new Cell(day, hour, viewer.show(value), level(value, max)));
      }
      rows.add(new Row(hour, List.copyOf(cells)));
    }
    return new HeatMap(List.copyOf(rows), matrix.total());
  }

  static int level(long value, long max) {
    if (value <= 0 || max <= 0) {
      return 0;
    }
    return (int) Math.max(1, Math.ceil(LEVELS * (double) value / max));
  }

  /** The busiest weekday-hours, most first, at most {@code limit}, never an empty one. */
  static List<Peak> peaks(WeekHourMatrix matrix, int limit) {
    List<Peak> all = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (int hour = 0; hour < 24; hour++) {
        long value = matrix.get(day, hour);
        if (value > 0) {
          all.add(new Peak(day, hour, value));
        }
      }
    }
    all.sort(
        Comparator.comparingLong(Peak::count)
            .reversed()
            .thenComparing(Peak::day)
            .thenComparingInt(Peak::hour));
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  public boolean empty() {
    return total == 0;
  }
}
