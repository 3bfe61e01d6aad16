package se.klara.directory;

import java.time.LocalDate;
import java.util.List;
import se.klara.areas.Area;

/**
 * What a new member of staff reads about an area: the programme (when the area has a written one),
 * every unit and function grouped by organisation, and the organisations that take part without
 * entries in the directory yet.
 *
 * @param programme the name of the area's programme text (templates under {@code
 *     directory/onboarding/programme-<name>}), or {@code null} when only the generic text applies
 */
record OnboardingGuide(
    Area area,
    String programme,
    List<Section> organisations,
    List<Organisation> alsoTakingPart,
    LocalDate compiledOn) {

  OnboardingGuide {
    organisations = List.copyOf(organisations);
    alsoTakingPart = List.copyOf(alsoTakingPart);
  }

  /** An organisation and its units and functions in the area. */
  record Section(Organisation organisation, List<Entry> units) {
    Section {
      units = List.copyOf(units);
    }
  }

  /**
   * One unit or function as the guide shows it, with its hours and ages already in words.
   *
   * @param partOf the entry it is part of (a function within a unit), or {@code null}
   * @param ages "13–19 år", or {@code null} when the unit takes all ages
   * @param hours one line per weekly rule, e.g. "fredag–lördag 13:00–03:00"
   * @param exceptions exceptions from today on, e.g. "6 juli – 9 augusti 2026: stängt"
   * @param confirmedOn the day (in the area's zone) someone last vouched for the entry, or null
   * @param stale whether the entry has not been confirmed for {@link Unit#STALE_AFTER_DAYS}
   */
  record Entry(
      Unit unit,
      Unit partOf,
      String ages,
      List<TargetGroup> targetGroups,
      List<Need> needs,
      List<String> hours,
      List<String> exceptions,
      List<String> places,
      LocalDate confirmedOn,
      boolean stale) {
    Entry {
      targetGroups = List.copyOf(targetGroups);
      needs = List.copyOf(needs);
      hours = List.copyOf(hours);
      exceptions = List.copyOf(exceptions);
      places = List.copyOf(places);
    }
  }
}
