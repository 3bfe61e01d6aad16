package se.klara.privacy;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text with Unicode look-alikes replaced by their plain forms, and a map back to the original
 * offsets. Digits of any script (full-width, Arabic-Indic …) become ASCII digits; dashes and minus
 * signs become {@code -}; spaces such as the non-breaking space become a plain space; invisible
 * format characters (zero-width space and joiners, word joiner, soft hyphen, byte order mark) are
 * dropped; other compatibility forms that are one ASCII character (full-width {@code +} and
 * {@code @}, full-width letters) become that character. Everything else stays as written.
 */
final class NormalisedText {
  /** Dashes that are not in Unicode's dash punctuation category. */
  private static final String OTHER_DASHES = "\u2212\u2043\u02D7\uFE63\uFF0D";

  private final String text;
  private final int[] originalStart;
  private final int[] originalEnd;

  private NormalisedText(String text, int[] originalStart, int[] originalEnd) {
    this.text = text;
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
  }

  static NormalisedText of(String original) {
    StringBuilder text = new StringBuilder(original.length());
    int[] starts = new int[original.length()];
    int[] ends = new int[original.length()];
    int length = 0;
    for (int i = 0; i < original.length(); ) {
      int codePoint = original.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      String replacement = replacement(codePoint, original, i, next);
      for (int k = 0; k < replacement.length(); k++) {
        if (length == starts.length) {
          starts = Arrays.copyOf(starts, length * 2 + 1);
          ends = Arrays.copyOf(ends, length * 2 + 1);
        }
        text.append(replacement.charAt(k));
        starts[length] = i;
        ends[length] = next;
        length++;
      }
      i = next;
    }
    return new NormalisedText(
        text.toString(), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
  }

  private static String replacement(int codePoint, String original, int start, int end) {
    if (codePoint < 0x80) {
      return original.substring(start, end);
    }
    int type = Character.getType(codePoint);
    if (type == Character.DECIMAL_DIGIT_NUMBER) {
      return String.valueOf((char) ('0' + Character.digit(codePoint, 10)));
    }
    if (type == Character.DASH_PUNCTUATION || OTHER_DASHES.indexOf(codePoint) >= 0) {
      return "-";
    }
    if (type == Character.SPACE_SEPARATOR) {
      return " ";
    }
    if (type == Character.FORMAT) {
      return "";
    }
    String written = original.substring(start, end);
    String compatible = Normalizer.normalize(written, Normalizer.Form.NFKC);
    if (compatible.length() == 1 && compatible.charAt(0) < 0x80) {
      return compatible;
    }
    return written;
  }

  /** The normalised text. */
  String text() {
    return text;
  }

  /** A finding for the normalised range {@code [start, end)}, in offsets of the original text. */
  Finding finding(Finding.Label label, int start, int end) {
    if (end <= start) {
      throw new IllegalArgumentException("Empty range " + start + ".." + end);
    }
    return new Finding(label, originalStart[start], originalEnd[end - 1]);
  }
}
