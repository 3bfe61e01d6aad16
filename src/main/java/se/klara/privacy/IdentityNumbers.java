package se.klara.privacy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) in
 * a normalised text.
 *
 * <p>The forms: {@code YYMMDD-NNNC}, {@code YYMMDD+NNNC} (the holder is 100 or older), {@code
 * YYMMDD NNNC}, {@code YYMMDDNNNC} and the same with a four-digit year ({@code YYYYMMDD-NNNC},
 * {@code YYYYMMDDNNNC} …, years 1800–2099). A candidate counts when
 *
 * <ul>
 *   <li>it is not part of a longer run of digits (an order number {@code 4412121212121299} holds no
 *       identity number);
 *   <li>its date is a real calendar date, with 60 added to the day for a coordination number, that
 *       is not in the future. A ten-digit number takes the century that makes it the latest such
 *       date up to today, or up to a hundred years ago with {@code +};
 *   <li>its birth number (the three digits after the date) is not {@code 000};
 *   <li>its last digit is the Luhn check digit of the ten-digit form.
 * </ul>
 */
final class IdentityNumbers {
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![0-9])(1[89][0-9]{2}|20[0-9]{2}|[0-9]{2})([0-9]{2})([0-9]{2})([-+ ]?)([0-9]{3})([0-9])(?![0-9])");

  void find(NormalisedText text, LocalDate today, List<Finding> findings) {
    Matcher matcher = CANDIDATE.matcher(text.text());
    int from = 0;
    while (from < text.text().length() && matcher.find(from)) {
      Finding.Label label = label(matcher, today);
      if (label != null) {
        findings.add(text.finding(label, matcher.start(), matcher.end()));
        from = matcher.end();
      } else {
        from = matcher.start() + 1;
      }
    }
  }

  /** The kind of identity number the match is, or {@code null} if it is none. */
  private static Finding.Label label(Matcher match, LocalDate today) {
    String year = match.group(1);
    String month = match.group(2);
    String writtenDay = match.group(3);
    char separator = match.group(4).isEmpty() ? '-' : match.group(4).charAt(0);
    String birthNumber = match.group(5);
    String check = match.group(6);
    if (birthNumber.equals("000")) {
      return null;
    }
    String tenDigits = year.substring(year.length() - 2) + month + writtenDay + birthNumber + check;
    if (!luhnValid(tenDigits)) {
      return null;
    }
    int day = Integer.parseInt(writtenDay);
    boolean coordination = day > 60;
    if (coordination) {
      day -= 60;
    }
    LocalDate birth =
        year.length() == 4
            ? date(Integer.parseInt(year), Integer.parseInt(month), day)
            : resolveCentury(
                Integer.parseInt(year),
                Integer.parseInt(month),
                day,
                separator == '+' ? today.minusYears(100) : today);
    if (birth == null || birth.isAfter(today)) {
      return null;
    }
    return coordination
        ? Finding.Label.COORDINATION_NUMBER
        : Finding.Label.PERSONAL_IDENTITY_NUMBER;
  }

  /** The latest real date up to {@code reference} whose year ends in {@code twoDigitYear}. */
  private static LocalDate resolveCentury(
      int twoDigitYear, int month, int day, LocalDate reference) {
    int year = reference.getYear() - Math.floorMod(reference.getYear() - twoDigitYear, 100);
    for (int candidate = year; candidate >= year - 100; candidate -= 100) {
      LocalDate date = date(candidate, month, day);
      if (date != null && !date.isAfter(reference)) {
        return date;
      }
    }
    return null;
  }

  private static LocalDate date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return null;
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    return yearMonth.isValidDay(day) ? yearMonth.atDay(day) : null;
  }

  /** The Luhn check over ten digits: weights 2 and 1 from the left. */
  static boolean luhnValid(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < tenDigits.length(); i++) {
      int digit = tenDigits.charAt(i) - '0';
      int weighted = i % 2 == 0 ? digit * 2 : digit;
      sum += weighted / 10 + weighted % 10;
    }
    return sum % 10 == 0;
  }
}
