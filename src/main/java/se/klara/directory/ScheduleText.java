package se.klara.directory;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Working hours in words: "fredag–lördag 13:00–03:00", "tis 22:00". */
public final class ScheduleText {
  private ScheduleText() {}

  public static String describe(WeeklyRule rule, Locale locale) {
    return days(rule, locale)
        + " "
        + WeeklyRule.clock(rule.startMinute())
        + "–"
        + WeeklyRule.clock(rule.endMinute());
  }

  /** Runs of consecutive days joined with a dash, others with commas. */
  static String days(WeeklyRule rule, Locale locale) {
    List<DayOfWeek> sorted = new ArrayList<>(EnumSet.copyOf(rule.days()));
    if (sorted.size() == 7) {
      return name(DayOfWeek.MONDAY, locale) + "–" + name(DayOfWeek.SUNDAY, locale);
    }
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size()
          && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
        j++;
      }
      if (j - i >= 1) {
        parts.add(name(sorted.get(i), locale) + "–" + name(sorted.get(j), locale));
      } else {
        parts.add(name(sorted.get(i), locale));
      }
      i = j + 1;
    }
    return String.join(", ", parts);
  }

  /** A moment as a short weekday and time, e.g. "fre 13:00". */
  public static String moment(ZonedDateTime time, Locale locale) {
    return DateTimeFormatter.ofPattern("EEE HH:mm", locale).format(time);
  }

  private static String name(DayOfWeek day, Locale locale) {
    return day.getDisplayName(TextStyle.FULL, locale);
  }
}
