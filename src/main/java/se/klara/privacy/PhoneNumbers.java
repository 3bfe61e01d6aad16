package se.klara.privacy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish phone numbers in a normalised text: {@code 070-174 06 10}, {@code 0701740610}, {@code +46
 * 70 174 06 10}, {@code 0046 70-174 06 10}, {@code +46 (0)70 …}, {@code 08-508 290 00}, {@code +46
 * 8 508 290 00} …
 *
 * <p>A number starts with the national prefix {@code 0} or with {@code +46} / {@code 0046}, not
 * right after a letter or digit; its digits may be grouped with single spaces or dashes. The
 * national significant number (without prefix) must fit the Swedish numbering plan: a mobile number
 * is {@code 7} and one of {@code 0 2 3 4 6 9} followed by seven digits; a geographic number has a
 * one-digit ({@code 8}), two-digit (the list below) or three-digit area code and a subscriber
 * number of five to eight, seven or six digits, seven to nine digits in all. This keeps out dates
 * ({@code 2026-11-27}), times ({@code 13:00–03:00}), counts and order numbers: they do not start
 * with a lone {@code 0}, or their digit groups do not add up to a number of the plan. Besides, a
 * day-month-year date written {@code 01-02-2026} is no phone number, and no number is looked for
 * inside an IBAN with a valid check ({@code SE35 5000 0000 0549 1000 0003}).
 */
final class PhoneNumbers {
  /** Area codes of two digits (without the 0); every other geographic code has three. */
  private static final Set<String> TWO_DIGIT_AREA_CODES =
      Set.of(
          "10", "11", "13", "16", "18", "19", "20", "21", "23", "26", "31", "33", "35", "36", "40",
          "42", "44", "46", "54", "60", "63", "90");

  private static final Set<Character> MOBILE_SECOND_DIGITS = Set.of('0', '2', '3', '4', '6', '9');
  private static final int MAX_DIGITS = 9;

  /** An IBAN as printed (groups of four) or compact; its check digits are verified. */
  private static final Pattern IBAN =
      Pattern.compile(
          "(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");

  /** {@code DD-MM-YYYY} or {@code DD-MM-YY}, as written. */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(0[1-9])[- ](0[1-9]|1[0-2])[- ]([0-9]{2}|[0-9]{4})");

  void find(NormalisedText normalised, List<Finding> findings) {
    String text = normalised.text();
    List<int[]> ibans = ibans(text);
    int i = 0;
    while (i < text.length()) {
      int ibanEnd = ibanEndingAfter(ibans, i);
      Match match = ibanEnd > i || !mayStartAt(text, i) ? null : numberAt(text, i);
      if (match != null) {
        findings.add(normalised.finding(match.label(), i, match.end()));
        i = match.end();
      } else {
        i = Math.max(i + 1, ibanEnd);
      }
    }
  }

  private record Match(Finding.Label label, int end) {}

  /** The longest phone number that starts at {@code i}, or {@code null}. */
  private static Match numberAt(String text, int i) {
    int nationalStart = nationalNumberStart(text, i);
    if (nationalStart < 0) {
      return null;
    }
    // Up to one digit more than a number has, to see whether a candidate runs on.
    StringBuilder digits = new StringBuilder();
    int[] digitEnds = new int[MAX_DIGITS + 1];
    int position = nationalStart;
    while (position < text.length()
        && isDigit(text.charAt(position))
        && digits.length() <= MAX_DIGITS) {
      digits.append(text.charAt(position));
      position++;
      digitEnds[digits.length() - 1] = position;
      if (position + 1 < text.length()
          && (text.charAt(position) == ' ' || text.charAt(position) == '-')
          && isDigit(text.charAt(position + 1))) {
        position++;
      }
    }
    for (int length = Math.min(digits.length(), MAX_DIGITS); length >= 7; length--) {
      int end = digitEnds[length - 1];
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      if (DAY_MONTH_YEAR.matcher(text.substring(i, end)).matches()) {
        continue;
      }
      Finding.Label label = classify(digits.substring(0, length));
      if (label != null) {
        return new Match(label, end);
      }
    }
    return null;
  }

  /** The ranges of valid IBANs in the text. */
  private static List<int[]> ibans(String text) {
    List<int[]> ranges = new ArrayList<>();
    Matcher matcher = IBAN.matcher(text);
    while (matcher.find()) {
      if (validIban(matcher.group().replace(" ", ""))) {
        ranges.add(new int[] {matcher.start(), matcher.end()});
      }
    }
    return ranges;
  }

  /** The end of the IBAN that contains {@code i}, or -1. */
  private static int ibanEndingAfter(List<int[]> ibans, int i) {
    for (int[] range : ibans) {
      if (range[0] <= i && i < range[1]) {
        return range[1];
      }
    }
    return -1;
  }

  /** ISO 13616: the country and check digits moved to the end, letters as 10–35, modulo 97 is 1. */
  static boolean validIban(String compact) {
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    StringBuilder number = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      number.append(Character.digit(c, 36));
    }
    return new BigInteger(number.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  private static boolean mayStartAt(String text, int i) {
    char c = text.charAt(i);
    if (c != '0' && c != '+') {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return !Character.isLetterOrDigit(before) && before != '+';
  }

  /**
   * Where the national significant number begins, after {@code 0}, {@code +46} or {@code 0046}
   * (with an optional space or dash and an optional {@code (0)} or {@code 0}); -1 if no prefix.
   */
  private static int nationalNumberStart(String text, int i) {
    int position;
    if (text.startsWith("+46", i)) {
      position = i + 3;
    } else if (text.startsWith("0046", i)) {
      position = i + 4;
    } else if (text.charAt(i) == '0') {
      return i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9'
          ? i + 1
          : -1;
    } else {
      return -1;
    }
    position = skipSeparator(text, position);
    if (text.startsWith("(0)", position)) {
      position = skipSeparator(text, position + 3);
    } else if (position + 1 < text.length()
        && text.charAt(position) == '0'
        && isDigit(text.charAt(position + 1))) {
      position++;
    }
    return position < text.length() && text.charAt(position) >= '1' && text.charAt(position) <= '9'
        ? position
        : -1;
  }

  private static int skipSeparator(String text, int position) {
    return position < text.length()
            && (text.charAt(position) == ' ' || text.charAt(position) == '-')
        ? position + 1
        : position;
  }

  /** Mobile, landline, or {@code null} for a national significant number outside the plan. */
  static Finding.Label classify(String nationalNumber) {
    int length = nationalNumber.length();
    if (length < 7 || length > MAX_DIGITS || nationalNumber.charAt(0) == '0') {
      return null;
    }
    if (nationalNumber.charAt(0) == '7'
        && MOBILE_SECOND_DIGITS.contains(nationalNumber.charAt(1))) {
      return length == 9 ? Finding.Label.MOBILE_PHONE : null;
    }
    int areaCodeLength =
        nationalNumber.charAt(0) == '8'
            ? 1
            : TWO_DIGIT_AREA_CODES.contains(nationalNumber.substring(0, 2)) ? 2 : 3;
    int subscriberLength = length - areaCodeLength;
    int maxSubscriberLength = 9 - areaCodeLength;
    return subscriberLength >= 5 && subscriberLength <= maxSubscriberLength
        ? Finding.Label.LANDLINE_PHONE
        : null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
