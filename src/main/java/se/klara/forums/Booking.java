package se.klara.forums;

import java.time.ZonedDateTime;

/** A booking of the shared premises: what for, when, by whom. */
public record Booking(
    long id,
    String purpose,
    String title,
    ZonedDateTime startsAt,
    ZonedDateTime endsAt,
    String bookedBy) {
  public String purposeKey() {
    return "forums.premises.purpose." + purpose;
  }
}
