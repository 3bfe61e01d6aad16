package se.klara.situation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.observations.ObservationStatistics;
import se.klara.observations.Observations;
import se.klara.observations.Phenomenon;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.privacy.Finding;
import se.klara.privacy.PrivacyGuard;
import se.klara.privacy.Verdict;
import se.klara.shared.Actor;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;
import se.klara.shared.InputException;
import se.klara.shared.NotFoundException;

/**
 * Briefings for the operational meeting: prepared from the days since the last briefing (or the
 * last four days: the meeting is held twice a week), then edited by the convenor.
 */
@Service
public class Briefings {
  /** Days a briefing covers when there is no recent earlier one. */
  static final int DEFAULT_DAYS = 4;

  /** An earlier briefing this close counts as "the last one" and the new one follows on. */
  static final int FOLLOW_ON_DAYS = 14;

  /** A phenomenon is new at a place when it was not reported there in this many days before. */
  static final int NEW_AFTER_DAYS = 28;

  private final BriefingRepository repository;
  private final SituationPictures pictures;
  private final ObservationStatistics observationStatistics;
  private final Observations observations;
  private final Places places;
  private final PrivacyGuard privacy;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;
  private final Set<DayOfWeek> meetingDays;

  Briefings(
      BriefingRepository repository,
      SituationPictures pictures,
      ObservationStatistics observationStatistics,
      Observations observations,
      Places places,
      PrivacyGuard privacy,
      AuditLog audit,
      MessageSource messages,
      Clock clock,
      @Value("${klara.briefing.meeting-days:TUESDAY,THURSDAY}") Set<DayOfWeek> meetingDays) {
    this.repository = repository;
    this.pictures = pictures;
    this.observationStatistics = observationStatistics;
    this.observations = observations;
    this.places = places;
    this.privacy = privacy;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
    this.meetingDays = meetingDays.isEmpty() ? Set.of(DayOfWeek.TUESDAY) : meetingDays;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(DateRange.ZONE));
  }

  /** The next meeting day on or after today. */
  public LocalDate nextMeeting() {
    LocalDate day = today();
    while (!meetingDays.contains(day.getDayOfWeek())) {
      day = day.plusDays(1);
    }
    return day;
  }

  public List<Briefing> newest(Area area) {
    return repository.newest(area.id(), 50);
  }

  public Briefing get(Area area, long id) {
    return repository.byId(area.id(), id).orElseThrow(() -> new NotFoundException("briefing"));
  }

  /** The period a briefing for the meeting covers: since the last briefing, up to today. */
  DateRange periodFor(Area area, LocalDate meetingDate) {
    LocalDate last = meetingDate.isAfter(today()) ? today() : meetingDate;
    LocalDate first = last.minusDays(DEFAULT_DAYS - 1L);
    var earlier = repository.latestBefore(area.id(), meetingDate);
    if (earlier.isPresent()) {
      LocalDate after = earlier.get().period().last().plusDays(1);
      if (!after.isBefore(last.minusDays(FOLLOW_ON_DAYS)) && !after.isAfter(last)) {
        first = after;
      }
    }
    return new DateRange(first, last);
  }

  /**
   * Prepares the briefing for a meeting (or returns the one already prepared): the generated text
   * in the actor's language. Meetings more than 30 days back or 60 days ahead are refused.
   */
  @Transactional
  public Briefing prepare(Actor actor, Area area, LocalDate meetingDate, Locale locale) {
    if (meetingDate == null) {
      throw new InputException("meetingDate", "briefing.error.date");
    }
    if (meetingDate.isBefore(today().minusDays(30)) || meetingDate.isAfter(today().plusDays(60))) {
      throw new InputException("meetingDate", "briefing.error.date-range");
    }
    var existing = repository.byMeeting(area.id(), meetingDate);
    if (existing.isPresent()) {
      return existing.get();
    }
    Locale language =
        "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
    DateRange period = periodFor(area, meetingDate);
    SituationPicture picture = pictures.build(area, null, period, Viewer.SUPPRESSED, language);
    BriefingText text =
        new BriefingWriter(messages, language).write(picture, newPhenomena(area, period, language));
    long id =
        repository.insert(
            area.id(),
            meetingDate,
            period,
            text,
            language.getLanguage(),
            actor.userId(),
            clock.instant());
    if (id < 0) {
      // Someone prepared the same meeting a moment ago: theirs stands.
      return repository.byMeeting(area.id(), meetingDate).orElseThrow();
    }
    audit.record(AuditEntry.of("BRIEFING_PREPARED", "briefing", id).inArea(area.id()));
    return get(area, id);
  }

  /** Per place name: phenomena reported in the period and not in the weeks before it. */
  Map<String, List<String>> newPhenomena(Area area, DateRange period, Locale locale) {
    Map<String, String> names =
        observations.vocabulary(area).stream()
            .collect(Collectors.toMap(Phenomenon::code, p -> p.name(locale)));
    DateRange before =
        new DateRange(period.first().minusDays(NEW_AFTER_DAYS), period.first().minusDays(1));
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Place place : places.inArea(area.id())) {
      Set<String> now = codes(observationStatistics.daily(area, place.id(), period));
      if (now.isEmpty()) {
        continue;
      }
      now.removeAll(codes(observationStatistics.daily(area, place.id(), before)));
      if (!now.isEmpty()) {
        result.put(place.name(), now.stream().map(c -> names.getOrDefault(c, c)).sorted().toList());
      }
    }
    return result;
  }

  private static Set<String> codes(List<DailyCount> counts) {
    return counts.stream()
        .filter(c -> c.count() > 0)
        .map(DailyCount::code)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /**
   * Saves the convenor's text if nobody saved in between. Every section passes the privacy guard:
   * identity numbers, mobile numbers and e-mail addresses are refused; names and landline numbers
   * need {@code confirmed}, and a confirmation is audited.
   */
  @Transactional
  public Briefing save(
      Actor actor, Area area, long id, int version, BriefingText text, boolean confirmed) {
    Briefing current = get(area, id);
    List<BriefingProblem.Problem> problems = new ArrayList<>();
    List<String> warned = new ArrayList<>();
    for (Map.Entry<String, String> section : text.byField().entrySet()) {
      String field = section.getKey();
      String value = section.getValue();
      if (value.length() > BriefingText.MAX_LENGTH) {
        problems.add(
            new BriefingProblem.Problem(
                field,
                "briefing.error.too-long",
                List.of(String.valueOf(BriefingText.MAX_LENGTH))));
        continue;
      }
      Verdict verdict = privacy.check(value);
      if (verdict.blocked()) {
        verdict.findings().stream()
            .filter(f -> f.action() == Verdict.Action.BLOCK)
            .map(Finding::label)
            .distinct()
            .forEach(
                label ->
                    problems.add(
                        new BriefingProblem.Problem(
                            field, "briefing.privacy.blocked." + label.name(), List.of())));
      } else if (verdict.action() == Verdict.Action.WARN) {
        warned.add(field);
        if (!confirmed) {
          problems.add(
              new BriefingProblem.Problem(
                  field,
                  "briefing.privacy.confirm",
                  verdict.labels().stream()
                      .map(l -> "briefing.privacy.label." + l.name())
                      .toList()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BriefingProblem(problems);
    }
    if (!repository.update(
        area.id(), current.id(), version, text, actor.userId(), clock.instant())) {
      throw new BriefingProblem(
          List.of(new BriefingProblem.Problem("version", "briefing.error.conflict", List.of())));
    }
    audit.record(AuditEntry.of("BRIEFING_EDITED", "briefing", id).inArea(area.id()));
    if (!warned.isEmpty()) {
      audit.record(
          AuditEntry.of("BRIEFING_TEXT_CONFIRMED", "briefing", id)
              .inArea(area.id())
              .withDetail("sections: " + String.join(", ", warned)));
    }
    return get(area, id);
  }
}
