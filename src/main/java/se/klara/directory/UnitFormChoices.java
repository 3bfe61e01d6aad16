package se.klara.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.klara.places.Place;

/**
 * What the entry form offers to choose from in an area: the organisations (those taking part in the
 * area, and the entry's own), the area's places, and the entries this one can be part of (all
 * entries of the area except {@code ownParts}: the entry itself and everything part of it).
 */
record UnitFormChoices(
    List<Organisation> organisations,
    List<PlaceChoice> places,
    List<ParentChoice> parents,
    Set<String> ownParts) {

  /** A place as the form lists it: "Plattan (Sergels torg)" for a place within another. */
  record PlaceChoice(long id, String label) {}

  /** An entry the form offers to be part of, listed under its organisation. */
  record ParentChoice(String slug, String name, String organisation) {}

  UnitFormChoices {
    organisations = List.copyOf(organisations);
    places = List.copyOf(places);
    parents = List.copyOf(parents);
    ownParts = Set.copyOf(ownParts);
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
    return new UnitFormChoices(organisations, choices, List.of(), Set.of());
  }

  /**
   * The same choices with the area's entries to be part of: all but {@code entry} (null for a new
   * one) and its parts, however deep.
   */
  UnitFormChoices withEntries(List<Unit> entries, Unit entry) {
    Set<String> own = new HashSet<>();
    if (entry != null) {
      UnitTree tree = UnitTree.of(entries);
      Set<Long> ids = tree.withDescendants(entry);
      entries.stream().filter(u -> ids.contains(u.id())).forEach(u -> own.add(u.slug()));
      own.add(entry.slug());
    }
    List<ParentChoice> parents =
        entries.stream()
            .filter(u -> !own.contains(u.slug()))
            .map(u -> new ParentChoice(u.slug(), u.name(), u.organisation().name()))
            .toList();
    return new UnitFormChoices(organisations, places, parents, own);
  }

  /** The entries to be part of, grouped by organisation name in the order given. */
  Map<String, List<ParentChoice>> parentsByOrganisation() {
    Map<String, List<ParentChoice>> grouped = new LinkedHashMap<>();
    parents.forEach(p -> grouped.computeIfAbsent(p.organisation(), k -> new ArrayList<>()).add(p));
    return grouped;
  }

  boolean offersParent(String slug) {
    return parents.stream().anyMatch(p -> p.slug().equals(slug));
  }

  /** Whether the entry is the one edited or part of it, so that it cannot be its parent. */
  boolean isOwnPart(String slug) {
    return ownParts.contains(slug);
  }

  boolean offersOrganisation(String slug) {
    return organisations.stream().anyMatch(o -> o.slug().equals(slug));
  }

  boolean offersPlace(long id) {
    return places.stream().anyMatch(p -> p.id() == id);
  }
}
