package se.klara.observations;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** People counted in many observations, summed by gender and age band: how many, never who. */
public record PeopleCounts(Map<Gender, Map<AgeBand, Long>> cells) {
  public PeopleCounts {
    Map<Gender, Map<AgeBand, Long>> copy = new EnumMap<>(Gender.class);
    for (Gender gender : Gender.values()) {
      Map<AgeBand, Long> row = new EnumMap<>(AgeBand.class);
      for (AgeBand band : AgeBand.values()) {
        Long value = cells.getOrDefault(gender, Map.of()).get(band);
        long count = value == null ? 0 : value;
        if (count < 0) {
          throw new IllegalArgumentException("a count cannot be negative");
        }
        row.put(band, count);
      }
      copy.put(gender, Collections.unmodifiableMap(row));
    }
    cells = Collections.unmodifiableMap(copy);
  }

  public long get(Gender gender, AgeBand band) {
    return cells.get(gender).get(band);
  }

  public long total() {
    return cells.values().stream().flatMap(row -> row.values().stream()).mapToLong(x -> x).sum();
  }
}
