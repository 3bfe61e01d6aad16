package se.klara.goals;

import java.time.Instant;

/** A coordinator's confirmed (or overridden) status of a goal for a year, with the analysis. */
public record Assessment(
    long id,
    long goalId,
    int year,
    GoalStatus proposed,
    GoalStatus status,
    String analysis,
    String confirmedBy,
    Instant confirmedAt) {

  public boolean overridden() {
    return proposed != status;
  }
}
