package se.klara.directory;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Fri–Sat 18:00–03:00": shifts that start on these weekdays at {@code startMinute} and end at
 * {@code endMinute} (minutes of the day; an end at or before the start is on the next day; 1440 is
 * the midnight that ends the day).
 */
public record WeeklyRule(Set<DayOfWeek> days, int startMinute, int endMinute) {
  private static final Pattern TEXT =
      Pattern.compile(
          "(?i)\\s*([a-z]{2}(?:\\s*[-,]\\s*[a-z]{2})*)\\s+(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");
  private static final String[] CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

  public WeeklyRule {
    if (days == null || days.isEmpty()) {
      throw new DirectoryException("schedule", "schedule.no-days");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
    if (startMinute < 0 || startMinute > 1439 || endMinute < 1 || endMinute > 1440) {
      throw new DirectoryException("schedule", "schedule.time.invalid");
    }
    if (startMinute == endMinute) {
      throw new DirectoryException("schedule", "schedule.end-equals-start");
    }
  }

  public boolean crossesMidnight() {
    return endMinute <= startMinute;
  }

  public boolean appliesOn(DayOfWeek day) {
    return days.contains(day);
  }

  /** RFC 5545 BYDAY codes in weekday order, e.g. {@code FR,SA}. */
  public String byDay() {
    return EnumSet.copyOf(days).stream()
        .map(d -> CODES[d.getValue() - 1])
        .collect(Collectors.joining(","));
  }

  public static Set<DayOfWeek> parseByDay(String byDay) {
    EnumSet<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
    for (String code : byDay.split(",")) {
      result.add(day(code.strip()));
    }
    return result;
  }

  /**
   * Reads the compact form used in demo data and tests: {@code "FR-SA 18:00-03:00"}, {@code
   * "MO,WE,FR 10:00-18:00"}, {@code "MO-SU 00:00-24:00"}.
   */
  public static WeeklyRule parse(String text) {
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new DirectoryException("schedule", "schedule.unreadable", text);
    }
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : m.group(1).toUpperCase().replace(" ", "").split(",")) {
      String[] range = part.split("-");
      DayOfWeek first = day(range[0]);
      DayOfWeek last = range.length > 1 ? day(range[1]) : first;
      for (DayOfWeek d = first; ; d = d.plus(1)) {
        days.add(d);
        if (d == last) {
          break;
        }
      }
    }
    return new WeeklyRule(days, minutes(m.group(2), m.group(3)), minutes(m.group(4), m.group(5)));
  }

  /** The compact form of {@link #parse}. */
  public String format() {
    return byDay() + " " + clock(startMinute) + "-" + clock(endMinute);
  }

  public static String clock(int minuteOfDay) {
    return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }

  static int minutes(String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    if (h > 24 || m > 59 || (h == 24 && m > 0)) {
      throw new DirectoryException("schedule", "schedule.time.invalid");
    }
    return h * 60 + m;
  }

  private static DayOfWeek day(String code) {
    int index = Arrays.asList(CODES).indexOf(code.toUpperCase());
    if (index < 0) {
      throw new DirectoryException("schedule", "schedule.day.invalid", code);
    }
    return DayOfWeek.of(index + 1);
  }
}
