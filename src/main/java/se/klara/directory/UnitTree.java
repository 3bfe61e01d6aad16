package se.klara.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entries of an area as a hierarchy (organisation → units and teams → functions): which entry
 * each one is part of, and its parts, in the order the entries were given.
 */
final class UnitTree {
  private final Map<Long, Unit> byId = new LinkedHashMap<>();
  private final Map<Long, List<Unit>> parts = new LinkedHashMap<>();

  private UnitTree(List<Unit> units) {
    units.forEach(unit -> byId.put(unit.id(), unit));
    for (Unit unit : units) {
      if (unit.parentId() != null && byId.containsKey(unit.parentId())) {
        parts.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
      }
    }
  }

  static UnitTree of(List<Unit> units) {
    return new UnitTree(units);
  }

  /** The entry this one is part of, when it is part of one. */
  Optional<Unit> parentOf(Unit unit) {
    return Optional.ofNullable(unit.parentId()).map(byId::get);
  }

  /** The entries directly part of this one. */
  List<Unit> partsOf(Unit unit) {
    return List.copyOf(parts.getOrDefault(unit.id(), List.of()));
  }

  /** The entry and every entry below it, however deep: none of them can become its parent. */
  Set<Long> withDescendants(Unit unit) {
    Set<Long> found = new LinkedHashSet<>();
    Deque<Unit> open = new ArrayDeque<>(List.of(unit));
    while (!open.isEmpty()) {
      Unit next = open.pop();
      if (found.add(next.id())) {
        open.addAll(parts.getOrDefault(next.id(), List.of()));
      }
    }
    return found;
  }
}
