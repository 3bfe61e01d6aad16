package se.klara.observations;

import java.time.Instant;
import java.util.List;

/**
 * A stored observation: at a place, during a time window, which phenomena and how many people (as
 * aggregate counts) and, optionally, from which home municipalities or city districts the people
 * met came (counts, most first). The author is an account, kept for visibility and correction.
 */
public record Observation(
    long id,
    long areaId,
    long placeId,
    String placeSlug,
    String placeName,
    Long authorUserId,
    String authorName,
    long organisationId,
    String organisationName,
    Instant from,
    Instant to,
    Intensity intensity,
    Integer estimatedCount,
    NewFaces newFaces,
    String note,
    boolean synthetic,
    int version,
    Instant createdAt,
    Instant updatedAt,
    List<String> phenomena,
    GroupCounts counts,
    List<OriginCount> origins) {
  public Observation {
    phenomena = List.copyOf(phenomena);
    origins = List.copyOf(origins);
  }
}
