package se.klara.actions;

import java.time.Instant;

/**
 * One step of an item's history: who did what, from which status to which, the owner after it and
 * the note (what was done, or a reason).
 */
public record ActionEvent(
    Instant occurredAt,
    String actorLabel,
    String verb,
    Status from,
    Status to,
    String ownerName,
    String note) {

  /** The message key of the verb (actions.verb.RAISE, actions.verb.FEEDBACK_NOT_FIXED …). */
  public String verbKey() {
    return "actions.verb." + verb;
  }
}
