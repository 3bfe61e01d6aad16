package se.klara.observations;

import java.time.Instant;
import java.util.List;

/** A generated observation for the demo installation; stored marked as synthetic. */
public record SyntheticObservation(
    String place,
    long authorUserId,
    long organisationId,
    Instant from,
    Instant to,
    List<String> phenomena,
    Intensity intensity,
    Integer estimatedCount,
    GroupCounts counts,
    NewFaces newFaces,
    String note,
    List<OriginCount> origins) {
  public SyntheticObservation {
    origins = List.copyOf(origins);
  }
}
