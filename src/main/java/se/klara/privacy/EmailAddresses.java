package se.klara.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses in a normalised text: a local part, {@code @} (full-width {@code ＠} is
 * normalised to it) and a domain with at least one dot and a top-level domain of letters.
 * Obfuscated forms such as "namn (at) domän.se" are not recognised.
 */
final class EmailAddresses {
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@"
              + LABEL
              + "(?:\\."
              + LABEL
              + ")*\\.\\p{L}{2,63}(?![\\p{L}\\p{N}-])");

  void find(NormalisedText text, List<Finding> findings) {
    if (text.text().indexOf('@') < 0) {
      return;
    }
    Matcher matcher = ADDRESS.matcher(text.text());
    while (matcher.find()) {
      findings.add(text.finding(Finding.Label.EMAIL, matcher.start(), matcher.end()));
    }
  }
}
