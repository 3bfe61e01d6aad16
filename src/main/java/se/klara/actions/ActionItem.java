package se.klara.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import se.klara.shared.Actor;
import se.klara.shared.Role;

/**
 * One problem in the action plan, as read: what, where, raised by whom and in which forum, the
 * owner, the status and its version. State changes go through {@link #next}, which applies the
 * guards of a {@link Verb}; the service stores the result.
 */
public record ActionItem(
    long id,
    long areaId,
    Kind kind,
    Category category,
    Long placeId,
    String placeName,
    Double latitude,
    Double longitude,
    String address,
    String title,
    String description,
    Long raisedByUserId,
    String raisedByName,
    Long raisedByOrgId,
    String raisedByOrgName,
    String raisedVia,
    String raisedInLabel,
    String raisedInLink,
    Long questionId,
    Long meetingId,
    Long ownerOrgId,
    String ownerOrgName,
    String ownerFunction,
    boolean ownerConfirmed,
    LocalDate dueDate,
    Priority priority,
    Status status,
    String outcome,
    Instant raisedAt,
    Instant updatedAt,
    Instant closedAt,
    int version) {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  public ActionItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(priority, "priority");
  }

  /** The day it was raised, in Stockholm. */
  public LocalDate raisedOn() {
    return LocalDate.ofInstant(raisedAt, STOCKHOLM);
  }

  /** The day it was closed, in Stockholm, or null while open. */
  public LocalDate closedOn() {
    return closedAt == null ? null : LocalDate.ofInstant(closedAt, STOCKHOLM);
  }

  /** Whole days since it was raised (until it was closed, if it is). */
  public long ageDays(Instant now) {
    Instant end = closedAt != null ? closedAt : now;
    return Math.max(0, java.time.Duration.between(raisedAt, end).toDays());
  }

  public boolean overdue(LocalDate today) {
    return status.open() && dueDate != null && dueDate.isBefore(today);
  }

  public boolean raisedBy(Actor actor) {
    return raisedByUserId != null && raisedByUserId == actor.userId();
  }

  /** Whether the actor belongs to the organisation that owns the item. */
  public boolean ownedBy(Actor actor) {
    return ownerOrgId != null && ownerOrgId == actor.organisationId();
  }

  static boolean coordinates(Actor actor) {
    return actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN);
  }

  /**
   * The status the verb leads to when the actor uses it now, or refused: first for the status (the
   * verb does not apply to an item in this status), then for who the actor is.
   */
  public Status next(Verb verb, Actor actor) {
    if (!verb.from().contains(status)) {
      throw new ActionRefused(
          ActionRefused.Reason.TRANSITION,
          "verb",
          "actions.error.transition",
          verb.messageKey(),
          status.messageKey());
    }
    if (!mayUse(verb, actor)) {
      throw new ActionRefused(
          ActionRefused.Reason.FORBIDDEN, "verb", "actions.error.forbidden", verb.messageKey());
    }
    return verb.to();
  }

  /** Whether the actor may use the verb on this item, whatever its status. */
  public boolean mayUse(Verb verb, Actor actor) {
    if (coordinates(actor)) {
      return verb != Verb.DECLINE || ownedBy(actor);
    }
    return switch (verb.who()) {
      case COORDINATOR -> false;
      case OWNER -> ownedBy(actor);
      case RAISER_OR_COORDINATOR -> raisedBy(actor);
    };
  }

  /** Whether the actor may use the verb now (status and person), for showing its button. */
  public boolean offers(Verb verb, Actor actor) {
    return verb.from().contains(status) && mayUse(verb, actor);
  }

  /** Whether the actor is asked "is it fixed?": the raiser of a completed item. */
  public boolean asksFeedbackFrom(Actor actor) {
    return status == Status.COMPLETED && raisedBy(actor);
  }
}
