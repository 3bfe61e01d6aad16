package se.klara.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.klara.places.Place;

/**
 * What the entry form offers to choose from in an area: the organisations (those taking part in the
 * area, and the entry's own) and the area's places.
 */
record UnitFormChoices(List<Organisation> organisations, List<PlaceChoice> places) {

  /** A place as the form lists it: "Plattan (Sergels torg)" for a place within another. */
  record PlaceChoice(long id, String label) {}

  UnitFormChoices {
    organisations = List.copyOf(organisations);
    places = List.copyOf(places);
  }

  /**
   * The organisations taking part in the area, plus the entry's own when it no longer does; every
   * organisation when none takes part yet (a new area).
   */
  static UnitFormChoices of(
      List<Organisation> participating,
      List<Organisation> all,
      Organisation current,
      List<Place> places) {
    List<Organisation> organisations =
        new ArrayList<>(participating.isEmpty() ? all : participating);
    if (current != null && organisations.stream().noneMatch(o -> o.id() == current.id())) {
      organisations.add(current);
    }
    Map<Long, Place> byId =
        places.stream().collect(Collectors.toMap(Place::id, Function.identity()));
    List<PlaceChoice> choices = new ArrayList<>();
    for (Place place : places) {
      Place parent = place.parentId() == null ? null : byId.get(place.parentId());
      choices.add(
          new PlaceChoice(
              place.id(),
              parent == null ? place.name() : place.name() + " (" + parent.name() + ")"));
    }
    return new UnitFormChoices(organisations, choices);
  }

  boolean offersOrganisation(String slug) {
    return organisations.stream().anyMatch(o -> o.slug().equals(slug));
  }

  boolean offersPlace(long id) {
    return places.stream().anyMatch(p -> p.id() == id);
  }
}
