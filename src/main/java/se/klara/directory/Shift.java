package se.klara.directory;

import java.time.Instant;
import java.time.ZonedDateTime;

/** One stretch on duty, from start (inclusive) to end (exclusive), in the area's time zone. */
public record Shift(ZonedDateTime start, ZonedDateTime end) {
  public boolean contains(Instant instant) {
    return !instant.isBefore(start.toInstant()) && instant.isBefore(end.toInstant());
  }
}
