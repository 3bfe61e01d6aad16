package se.klara.observations;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Aggregate counts of people by gender and age band: how many, never who. Every cell is between 0
 * and {@link #MAX} people.
 */
public record GroupCounts(Map<Gender, Map<AgeBand, Integer>> cells) {
  /** More than this many people in one observation is not a plausible count. */
  public static final int MAX = 1000;

  public GroupCounts {
    Map<Gender, Map<AgeBand, Integer>> copy = new EnumMap<>(Gender.class);
    for (Gender gender : Gender.values()) {
      Map<AgeBand, Integer> row = new EnumMap<>(AgeBand.class);
      for (AgeBand band : AgeBand.values()) {
        Integer value = cells.getOrDefault(gender, Map.of()).get(band);
        int count = value == null ? 0 : value;
        if (count < 0 || count > MAX) {
          throw new IllegalArgumentException("count out of range: " + gender + " " + band);
        }
        row.put(band, count);
      }
      copy.put(gender, Collections.unmodifiableMap(row));
    }
    cells = Collections.unmodifiableMap(copy);
  }

  public static GroupCounts none() {
    return new GroupCounts(Map.of());
  }

  public int get(Gender gender, AgeBand band) {
    return cells.get(gender).get(band);
  }

  public int total() {
    return cells.values().stream()
        .flatMap(row -> row.values().stream())
        .mapToInt(Integer::intValue)
        .sum();
  }

  /** People of one gender, over all age bands. */
  public int total(Gender gender) {
    return cells.get(gender).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** People of one age band, over all genders. */
  public int total(AgeBand band) {
    return cells.values().stream().mapToInt(row -> row.get(band)).sum();
  }

  public GroupCounts with(Gender gender, AgeBand band, int count) {
    Map<Gender, Map<AgeBand, Integer>> copy = new EnumMap<>(Gender.class);
    cells.forEach((g, row) -> copy.put(g, new EnumMap<>(row)));
    copy.get(gender).put(band, count);
    return new GroupCounts(copy);
  }
}
