package se.klara.directory;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.klara.areas.Area;
import se.klara.places.Place;
import se.klara.places.Places;

/** Compiles an area's onboarding guide from the directory, in the reader's language. */
@Component
class OnboardingGuides {
  /**
   * Areas with a written programme text (forums are not in the database yet): the area's slug names
   * the template {@code directory/onboarding/programme-<slug>.html}.
   */
  static final Set<String> PROGRAMMES = Set.of("klara");

  /** Organisation names are Swedish: Å, Ä and Ö sort after Z, in that order. */
  private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv"));

  private final Directory directory;
  private final Organisations organisations;
  private final Places places;
  private final MessageSource messages;
  private final Clock clock;

  OnboardingGuides(
      Directory directory,
      Organisations organisations,
      Places places,
      MessageSource messages,
      Clock clock) {
    this.directory = directory;
    this.organisations = organisations;
    this.places = places;
    this.messages = messages;
    this.clock = clock;
  }

  OnboardingGuide guideFor(Area area, Locale locale) {
    Instant now = clock.instant();
    LocalDate today = now.atZone(HandoverFinder.ZONE).toLocalDate();
    Map<Long, String> placeNames =
        places.inArea(area.id()).stream().collect(Collectors.toMap(Place::id, Place::name));
    Map<Long, List<OnboardingGuide.Entry>> unitsByOrganisation = new LinkedHashMap<>();
    Map<Long, Organisation> organisationsById = new LinkedHashMap<>();
    List<Unit> units = directory.unitsIn(area);
    UnitTree tree = UnitTree.of(units);
    for (Unit unit : units) {
      organisationsById.putIfAbsent(unit.organisation().id(), unit.organisation());
      unitsByOrganisation
          .computeIfAbsent(unit.organisation().id(), id -> new ArrayList<>())
          .add(entry(unit, tree.parentOf(unit).orElse(null), placeNames, now, today, locale));
    }
    Comparator<Organisation> byName = Comparator.comparing(Organisation::name, SWEDISH);
    List<OnboardingGuide.Section> sections =
        organisationsById.values().stream()
            .sorted(byName)
            .map(o -> new OnboardingGuide.Section(o, unitsByOrganisation.get(o.id())))
            .toList();
    List<Organisation> alsoTakingPart =
        organisations.participatingIn(area.id()).stream()
            .filter(o -> !organisationsById.containsKey(o.id()))
            .sorted(byName)
            .toList();
    return new OnboardingGuide(
        area,
        PROGRAMMES.contains(area.slug()) ? area.slug() : null,
        sections,
        alsoTakingPart,
        today);
  }

  private OnboardingGuide.Entry entry(
      Unit unit,
      Unit partOf,
      Map<Long, String> placeNames,
      Instant now,
      LocalDate today,
      Locale locale) {
    return new OnboardingGuide.Entry(
        unit,
        partOf,
        ages(unit.ages(), locale),
        unit.targetGroups().stream().sorted().toList(),
        unit.needs().stream().sorted().toList(),
        unit.schedule().rules().stream().map(rule -> hours(rule, locale)).toList(),
        unit.schedule().exceptions().stream()
            .filter(exception -> !exception.lastDay().isBefore(today))
            .map(exception -> exception(exception, locale))
            .toList(),
        unit.placeIds().stream()
            .map(placeNames::get)
            .filter(name -> name != null)
            .sorted(SWEDISH)
            .toList(),
        unit.confirmedAt() == null
            ? null
            : unit.confirmedAt().atZone(HandoverFinder.ZONE).toLocalDate(),
        unit.isStale(now));
  }

  /** "fredag–lördag 13:00–03:00"; a rule over every hour of every day reads "dygnet runt". */
  String hours(WeeklyRule rule, Locale locale) {
    if (rule.days().size() == 7 && rule.startMinute() == 0 && rule.endMinute() == 24 * 60) {
      return message("onboarding.hours.around-the-clock", locale);
    }
    return ScheduleText.describe(rule, locale);
  }

  /** "6 juli – 9 augusti 2026: stängt (Sommaruppehåll)", "24 december 2026: 10:00–14:00". */
  String exception(ScheduleException exception, Locale locale) {
    String days = dates(exception.firstDay(), exception.lastDay(), locale);
    String text =
        exception.closed()
            ? message("onboarding.hours.exception.closed", locale, days)
            : message(
                "onboarding.hours.exception.open",
                locale,
                days,
                WeeklyRule.clock(exception.startMinute())
                    + "–"
                    + WeeklyRule.clock(exception.endMinute()));
    return exception.note().isEmpty() ? text : text + " (" + exception.note() + ")";
  }

  private static String dates(LocalDate first, LocalDate last, Locale locale) {
    DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    if (first.equals(last)) {
      return full.format(first);
    }
    DateTimeFormatter start =
        first.getYear() == last.getYear() ? DateTimeFormatter.ofPattern("d MMMM", locale) : full;
    return start.format(first) + " – " + full.format(last);
  }

  private String ages(AgeRange ages, Locale locale) {
    if (ages.isAny()) {
      return null;
    }
    if (ages.min() == null) {
      return message("onboarding.ages.max", locale, ages.max());
    }
    if (ages.max() == null) {
      return message("onboarding.ages.min", locale, ages.min());
    }
    return message("onboarding.ages.range", locale, ages.min(), ages.max());
  }

  private String message(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
