package se.klara.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the observation pages in tests: their times, their markup, the form's key. */
final class FormPages {
  /** How the form shows a time: Swedish local time to the minute ({@code datetime-local}). */
  static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

  private FormPages() {}

  /** The page's markup with white space between tags removed, so rows read as one line. */
  static String compact(String html) {
    return html.replaceAll("\\s+", " ").replaceAll(">\\s+<", "><");
  }

  /** The idempotency key the server put in the form. */
  static String keyOf(String formPage) {
    Matcher m = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(formPage);
    assertThat(m.find()).as("the form carries an idempotency key").isTrue();
    return m.group(1);
  }
}
