package se.klara.actions;

import java.time.LocalDate;

/**
 * An item that was handled before Klara (the demo's measures of 2018–2019): stored with its dates
 * and final status, its history written as it happened, and no one notified.
 *
 * @param status the status it ended in (or is in now)
 * @param closedOn the day of the last decision (closing, escalating or starting), or null
 * @param outcome what was done, or the reason
 */
public record PastAction(
    Category category,
    String placeSlug,
    String title,
    String description,
    Long raisedByUserId,
    Long raisedByOrgId,
    Long ownerOrgId,
    String ownerFunction,
    LocalDate raisedOn,
    Status status,
    LocalDate closedOn,
    String outcome) {}
