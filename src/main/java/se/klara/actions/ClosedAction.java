package se.klara.actions;

import java.time.LocalDate;

/**
 * An item completed or written off, as the annual follow-up report lists it.
 *
 * @param title the problem in short
 * @param description the problem as raised
 * @param category what it was about
 * @param placeName where, or null for a structural item
 * @param ownerOrganisation who owned it, or null if no owner was ever found
 * @param outcome completed or written off
 * @param closedOn the day it was closed (Stockholm)
 * @param resolution what was done, or why it was written off
 */
public record ClosedAction(
    long id,
    String title,
    String description,
    Category category,
    String placeName,
    String ownerOrganisation,
    Outcome outcome,
    LocalDate closedOn,
    String resolution) {

  /** How an item was closed. */
  public enum Outcome {
    COMPLETED,
    WRITTEN_OFF
  }
}
