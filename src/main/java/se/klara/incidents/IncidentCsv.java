package se.klara.incidents;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import se.klara.shared.DateRange;

/** Small rules of the incident CSV format (docs/data-formats.md). */
final class IncidentCsv {
  private IncidentCsv() {}

  /**
   * Header names that hold persons rather than incidents: a file with such a column is refused
   * whole. Compared after removing accents, case, spaces, dashes and underscores.
   */
  private static final Set<String> IDENTITY_HEADERS =
      Set.of(
          "personnummer",
          "pnr",
          "personnr",
          "persnr",
          "samordningsnummer",
          "samordningsnr",
          "personalidentitynumber",
          "personalnumber",
          "socialsecuritynumber",
          "ssn",
          "namn",
          "name",
          "fornamn",
          "efternamn",
          "tilltalsnamn",
          "fullstandigtnamn",
          "firstname",
          "lastname",
          "surname",
          "fullname",
          "misstankt",
          "suspect",
          "malsagande",
          "victim",
          "anmalare",
          "fodelsedatum",
          "dateofbirth",
          "birthdate",
          "epost",
          "email",
          "telefon",
          "telefonnummer",
          "phone",
          "mobil",
          "adress",
          "hemadress",
          "address");

  /** Parts of a header that name an identity number wherever they occur. */
  private static final Set<String> IDENTITY_PARTS =
      Set.of("personnummer", "personnr", "samordningsnummer", "socialsecurity");

  static boolean isIdentityColumn(String header) {
    String plain =
        Normalizer.normalize(header, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]", "");
    return IDENTITY_HEADERS.contains(plain) || IDENTITY_PARTS.stream().anyMatch(plain::contains);
  }

  /**
   * {@code ;} if the header line has more semicolons than commas outside quotes, else {@code ,}.
   */
  static char delimiter(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /** Reads the time column: local Swedish time in the source's format, or ISO with an offset. */
  static final class TimeParser {
    private final DateTimeFormatter pattern;

    TimeParser(String timeFormat) {
      this.pattern = timeFormat == null ? null : DateTimeFormatter.ofPattern(timeFormat);
    }

    /** The instant, or null if the text is not a time. */
    Instant parse(String text) {
      try {
        if (pattern != null) {
          try {
            return LocalDateTime.parse(text, pattern).atZone(DateRange.ZONE).toInstant();
          } catch (DateTimeException e) {
            return offset(text);
          }
        }
        LocalDateTime local = isoLocal(text);
        return local != null ? local.atZone(DateRange.ZONE).toInstant() : offset(text);
      } catch (DateTimeException | ArithmeticException e) {
        return null;
      }
    }

    private static Instant offset(String text) {
      try {
        return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
      } catch (DateTimeException e) {
        return null;
      }
    }

    /** {@code yyyy-MM-dd HH:mm[:ss]} (or with {@code T}), read by hand: the common case. */
    static LocalDateTime isoLocal(String s) {
      int n = s.length();
      if ((n != 16 && n != 19)
          || s.charAt(4) != '-'
          || s.charAt(7) != '-'
          || (s.charAt(10) != ' ' && s.charAt(10) != 'T')
          || s.charAt(13) != ':'
          || (n == 19 && s.charAt(16) != ':')) {
        return null;
      }
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      int hour = digits(s, 11, 13);
      int minute = digits(s, 14, 16);
      int second = n == 19 ? digits(s, 17, 19) : 0;
      if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
        return null;
      }
      try {
        return LocalDateTime.of(year, month, day, hour, minute, second);
      } catch (DateTimeException e) {
        // Digits in the right places but no such time (month 13, 25:99): not a time.
        return null;
      }
    }

    private static int digits(String s, int from, int to) {
      int value = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
  }
}
