package se.klara.forums;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import se.klara.shared.InputException;

/**
 * A forum's cadence: an RFC 5545 RRULE (e.g. {@code FREQ=WEEKLY;BYDAY=TU,TH}) started at a local
 * time of day. Occurrences are computed in Europe/Stockholm local time, so that a meeting at 15:00
 * stays at 15:00 on both sides of a daylight-saving change.
 */
final class Cadence {
  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /** How far ahead a rule must occur at least once to be accepted. */
  static final int MUST_OCCUR_WITHIN_DAYS = 2 * 366;

  /** Guard against rules that would generate absurd numbers of meetings. */
  static final int MAX_OCCURRENCES = 2000;

  private final Recur<LocalDateTime> recur;
  private final String text;
  private final LocalTime time;

  private Cadence(Recur<LocalDateTime> recur, String text, LocalTime time) {
    this.recur = recur;
    this.text = text;
    this.time = time;
  }

  /**
   * Reads and checks a rule: it must parse, occur at least once in the next two years from {@code
   * today}, and never more than once a day (a forum meets at most daily).
   */
  static Cadence parse(String rule, LocalTime time, LocalDate today) {
    if (rule == null || rule.isBlank()) {
      throw new InputException("rrule", "forums.error.rrule.blank");
    }
    String text = rule.strip();
    if (text.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
      text = text.substring("RRULE:".length()).strip();
    }
    text = text.toUpperCase(Locale.ROOT);
    Recur<LocalDateTime> recur;
    try {
      recur = new Recur<>(text);
    } catch (RuntimeException e) {
      throw new InputException("rrule", "forums.error.rrule.syntax", text);
    }
    if (recur.getFrequency() == null) {
      throw new InputException("rrule", "forums.error.rrule.syntax", text);
    }
    Frequency f = recur.getFrequency();
    if (f == Frequency.SECONDLY || f == Frequency.MINUTELY || f == Frequency.HOURLY) {
      throw new InputException("rrule", "forums.error.rrule.too-often", text);
    }
    if (!recur.getHourList().isEmpty() && recur.getHourList().size() > 1) {
      throw new InputException("rrule", "forums.error.rrule.too-often", text);
    }
    Cadence cadence = new Cadence(recur, text, time == null ? LocalTime.of(15, 0) : time);
    List<LocalDateTime> next =
        cadence.local(today, today.plusDays(MUST_OCCUR_WITHIN_DAYS), MAX_OCCURRENCES);
    if (next.isEmpty()) {
      throw new InputException("rrule", "forums.error.rrule.never", text);
    }
    for (int i = 1; i < next.size(); i++) {
      if (next.get(i).toLocalDate().equals(next.get(i - 1).toLocalDate())) {
        throw new InputException("rrule", "forums.error.rrule.too-often", text);
      }
    }
    return cadence;
  }

  String text() {
    return text;
  }

  /** The occurrences from the first day to the last (inclusive), in Stockholm time. */
  List<ZonedDateTime> between(LocalDate first, LocalDate last) {
    return local(first, last, MAX_OCCURRENCES).stream().map(t -> t.atZone(ZONE)).toList();
  }

  private List<LocalDateTime> local(LocalDate first, LocalDate last, int max) {
    // The series is anchored on a fixed day so that INTERVAL and COUNT mean the same whichever
    // window is asked for; the window then selects.
    LocalDateTime seed = LocalDate.of(2019, 1, 1).atTime(time);
    LocalDateTime from = first.atStartOfDay();
    LocalDateTime to = last.plusDays(1).atStartOfDay().minusSeconds(1);
    if (from.isBefore(seed)) {
      from = seed;
    }
    if (!to.isAfter(from)) {
      return List.of();
    }
    return recur.getDates(seed, from, to).stream()
        .filter(t -> !t.isBefore(first.atStartOfDay()))
        .sorted()
        .limit(max)
        .toList();
  }
}
