package se.klara.directory;

import java.time.Instant;
import java.util.Objects;
import se.klara.areas.Area;
import se.klara.places.Place;

/**
 * What a field worker describes to the handover finder: who (target group, age for a youth), what
 * is needed (optional), where (optional place in the area) and when.
 */
public record Situation(
    Area area, TargetGroup targetGroup, Integer age, Need need, Place place, Instant at) {
  public Situation {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(targetGroup, "targetGroup");
    Objects.requireNonNull(at, "at");
    if (age != null && (age < 0 || age > 120)) {
      throw new DirectoryException("age", "age.out-of-range");
    }
  }
}
