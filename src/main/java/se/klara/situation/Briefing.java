package se.klara.situation;

import java.time.Instant;
import java.time.LocalDate;
import se.klara.shared.DateRange;

/** A briefing for one meeting of an area: the period it covers and its (edited) text. */
public record Briefing(
    long id,
    long areaId,
    LocalDate meetingDate,
    DateRange period,
    BriefingText text,
    String language,
    String preparedBy,
    String updatedBy,
    Instant createdAt,
    Instant updatedAt,
    int version) {
  /** Whether someone changed it after it was generated. */
  public boolean edited() {
    return version > 0;
  }
}
