package se.klara.actions;

/**
 * The plan's filter as it comes in the query string (all optional, read leniently by {@link
 * PlanView}): open/closed/all, a status key, an owner organisation id, a place slug, a question id,
 * the closing days and the grouping.
 */
public record PlanParams(
    String state,
    String status,
    String owner,
    String place,
    String question,
    String from,
    String to,
    String group) {}
