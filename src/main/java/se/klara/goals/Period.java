package se.klara.goals;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a measurement was taken: a year ({@code 2019}, as Kolada) or a dated survey ({@code
 * 2019-05}, shown as "maj 2019"). Codes sort in time order.
 */
public record Period(int year, int month) implements Comparable<Period> {
  private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

  public Period {
    if (year < 1900 || year > 2200) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
  }

  public static Period ofYear(int year) {
    return new Period(year, 0);
  }

  /** Reads {@code 2019} or {@code 2019-05}; empty for anything else. */
  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = CODE.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (year < 1900 || year > 2200 || month > 12 || (m.group(2) != null && month == 0)) {
      return Optional.empty();
    }
    return Optional.of(new Period(year, month));
  }

  public boolean dated() {
    return month > 0;
  }

  public String code() {
    return dated() ? String.format("%04d-%02d", year, month) : Integer.toString(year);
  }

  /** {@code 2019}, or {@code Maj 2019} / {@code May 2019} for a dated survey. */
  public String label(Locale locale) {
    if (!dated()) {
      return code();
    }
    String name = Month.of(month).getDisplayName(TextStyle.SHORT_STANDALONE, locale);
    name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + year;
  }

  @Override
  public int compareTo(Period other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(month, other.month);
  }

  @Override
  public String toString() {
    return code();
  }
}
