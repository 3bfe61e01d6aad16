package se.klara.situation;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Writes the first draft of a briefing from the situation picture of the days before a meeting:
 * what changed, where, when and what is new. Small counts never appear: the picture it reads is the
 * suppressed one, and a change is only described in numbers when both periods have at least {@link
 * SmallCounts#THRESHOLD}.
 */
final class BriefingWriter {
  /** A change smaller than this (in percent) is not news. */
  static final int NOTABLE_PERCENT = 25;

  static final int MAX_ITEMS = 6;

  private final MessageSource messages;
  private final Locale locale;

  BriefingWriter(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  BriefingText write(SituationPicture picture, Map<String, List<String>> newByPlace) {
    return new BriefingText(
        summary(picture), changes(picture), places(picture), hours(picture), news(newByPlace), "");
  }

  private String summary(SituationPicture picture) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", locale);
    return text(
        "briefing.text.summary",
        picture.range().first().format(day),
        picture.range().last().format(day),
        picture.range().days(),
        amount(picture.observations().current()),
        change(picture.observations()),
        amount(picture.incidents().current()),
        change(picture.incidents()));
  }

  private String changes(SituationPicture picture) {
    List<Trend> notable = new ArrayList<>();
    for (Trend trend : concat(picture.phenomena(), picture.categories())) {
      Comparison c = trend.comparison();
      if (c.current() >= SmallCounts.THRESHOLD && c.previous() == 0) {
        notable.add(trend);
      } else if (c.previous() >= SmallCounts.THRESHOLD && c.current() == 0) {
        notable.add(trend);
      } else if (c.current() >= SmallCounts.THRESHOLD
          && c.previous() >= SmallCounts.THRESHOLD
          && Math.abs(c.percentVsPrevious()) >= NOTABLE_PERCENT) {
        notable.add(trend);
      }
    }
    notable.sort(
        Comparator.comparingLong(
                (Trend t) -> Math.abs(t.comparison().current() - t.comparison().previous()))
            .reversed());
    if (notable.isEmpty()) {
      return text("briefing.text.changes.none");
    }
    List<String> lines = new ArrayList<>();
    for (Trend trend : notable.subList(0, Math.min(MAX_ITEMS, notable.size()))) {
      Comparison c = trend.comparison();
      String key =
          c.previous() == 0
              ? "briefing.text.change.new"
              : c.current() == 0 ? "briefing.text.change.gone" : "briefing.text.change";
      lines.add(
          "• " + text(key, trend.name(), c.current(), c.previous(), signed(c.percentVsPrevious())));
    }
    return String.join("\n", lines);
  }

  private String places(SituationPicture picture) {
    List<String> lines = new ArrayList<>();
    for (PlaceActivity place : picture.places()) {
      if (lines.size() == 3 || place.total() < SmallCounts.THRESHOLD) {
        break;
      }
      lines.add(
          "• "
              + text(
                  "briefing.text.place",
                  place.name(),
                  amount(place.observations().value()),
                  amount(place.incidents().value())));
    }
    return lines.isEmpty() ? text("briefing.text.places.none") : String.join("\n", lines);
  }

  private String hours(SituationPicture picture) {
    if (picture.peaks().isEmpty()) {
      return text("briefing.text.hours.none");
    }
    List<String> peaks = new ArrayList<>();
    for (HeatMap.Peak peak : picture.peaks()) {
      peaks.add(
          text(
              "situation.peak",
              peak.day().getDisplayName(TextStyle.FULL, locale),
              String.format("%02d", peak.hour()),
              String.format("%02d", (peak.hour() + 1) % 24)));
    }
    return text("briefing.text.hours", String.join(", ", peaks));
  }

  private String news(Map<String, List<String>> newByPlace) {
    if (newByPlace.isEmpty()) {
      return text("briefing.text.new.none");
    }
    List<String> lines = new ArrayList<>();
    newByPlace.forEach(
        (place, phenomena) ->
            lines.add("• " + text("briefing.text.new", place, String.join(", ", phenomena))));
    return String.join("\n", lines);
  }

  private String amount(long value) {
    return SmallCounts.isSmall(value)
        ? text("situation.suppressed.small.mark")
        : String.valueOf(value);
  }

  private String change(Comparison comparison) {
    if (comparison.current() < SmallCounts.THRESHOLD
        || comparison.previous() < SmallCounts.THRESHOLD) {
      return text("briefing.text.no-comparison");
    }
    return text("briefing.text.vs-previous", signed(comparison.percentVsPrevious()));
  }

  private static String signed(Integer percent) {
    if (percent == null) {
      return "";
    }
    return (percent > 0 ? "+" : percent < 0 ? "−" : "±") + Math.abs(percent) + " %";
  }

  private static List<Trend> concat(List<Trend> a, List<Trend> b) {
    List<Trend> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
