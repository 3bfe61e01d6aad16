package se.klara.directory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.klara.places.Place;
import se.klara.places.Places;

/**
 * "Who can take over, right now?" Units of the area whose mandate covers the situation (target
 * group and age, need, place), split into those on duty at the given time and those who come on
 * duty next. Places count with what they lie within: a unit at Sergels torg works at Plattan.
 */
@Service
public class HandoverFinder {
  /** Klara's areas are Swedish; the zone is a property of the area once areas elsewhere exist. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final Directory directory;
  private final Places places;
  private final PublicHolidays holidays;

  HandoverFinder(Directory directory, Places places, PublicHolidays holidays) {
    this.directory = directory;
    this.places = places;
    this.holidays = holidays;
  }

  public HandoverResult find(Situation situation) {
    Set<Long> placeAndSurroundings =
        situation.place() == null
            ? Set.of()
            : places.withAncestors(situation.place()).stream()
                .map(Place::id)
                .collect(Collectors.toSet());
    List<HandoverMatch> onDuty = new ArrayList<>();
    List<HandoverMatch> comesNext = new ArrayList<>();
    for (Unit unit : directory.unitsIn(situation.area())) {
      if (!unit.takes(situation.targetGroup(), situation.age())) {
        continue;
      }
      if (situation.need() != null && !unit.needs().contains(situation.need())) {
        continue;
      }
      boolean wholeArea = unit.placeIds().isEmpty();
      boolean atPlace = unit.placeIds().stream().anyMatch(placeAndSurroundings::contains);
      if (situation.place() != null && !wholeArea && !atPlace) {
        continue;
      }
      Optional<java.time.ZonedDateTime> until =
          unit.schedule().onDutyUntil(situation.at(), ZONE, holidays);
      if (until.isPresent()) {
        onDuty.add(new HandoverMatch(unit, true, until.get(), null, atPlace));
      } else {
        unit.schedule()
            .nextStartAfter(situation.at(), ZONE, holidays)
            .ifPresent(
                start -> comesNext.add(new HandoverMatch(unit, false, null, start, atPlace)));
      }
    }
    onDuty.sort(
        Comparator.comparing((HandoverMatch m) -> !m.placeSpecific())
            .thenComparing(m -> m.unit().targetGroups().contains(TargetGroup.EVERYONE))
            .thenComparing(m -> m.unit().name()));
    comesNext.sort(
        Comparator.comparing(HandoverMatch::nextStart).thenComparing(m -> m.unit().name()));
    return new HandoverResult(situation, List.copyOf(onDuty), List.copyOf(comesNext));
  }
}
