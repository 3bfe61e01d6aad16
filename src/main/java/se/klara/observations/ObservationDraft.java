package se.klara.observations;

import java.time.Instant;
import java.util.List;

/**
 * What a user submits, before the rules and the privacy guard have checked it. Fields the client
 * left out are null (counts: none; origins: none).
 */
public record ObservationDraft(
    String place,
    Instant from,
    Instant to,
    List<String> phenomena,
    Intensity intensity,
    Integer estimatedCount,
    GroupCounts counts,
    NewFaces newFaces,
    String note,
    boolean noteConfirmed,
    List<OriginCount> origins) {
  public ObservationDraft {
    phenomena = phenomena == null ? List.of() : List.copyOf(phenomena);
    counts = counts == null ? GroupCounts.none() : counts;
    newFaces = newFaces == null ? NewFaces.UNKNOWN : newFaces;
    note = note == null || note.isBlank() ? null : note.strip();
    origins = origins == null ? List.of() : List.copyOf(origins);
  }
}
