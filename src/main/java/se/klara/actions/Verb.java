package se.klara.actions;

import static se.klara.actions.Status.ACCEPTED;
import static se.klara.actions.Status.ASSIGNED;
import static se.klara.actions.Status.COMPLETED;
import static se.klara.actions.Status.ESCALATED;
import static se.klara.actions.Status.IN_PROGRESS;
import static se.klara.actions.Status.OWNER_UNKNOWN;
import static se.klara.actions.Status.REOPENED;
import static se.klara.actions.Status.WRITTEN_OFF;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of an action item as verbs, each with the statuses it may start from, the status it
 * leads to, who may use it and whether it needs a note (what was done, or a reason). {@link
 * ActionItem#next} applies the guards.
 */
public enum Verb {
  /** Routes the item to an owner organisation; a coordinator confirms or reassigns. */
  ASSIGN(
      EnumSet.of(OWNER_UNKNOWN, ASSIGNED, ESCALATED, REOPENED), ASSIGNED, Who.COORDINATOR, false),
  ACCEPT(EnumSet.of(ASSIGNED), ACCEPTED, Who.OWNER, false),
  /** The owner says it is not theirs: back to owner being identified, with the reason. */
  DECLINE(EnumSet.of(ASSIGNED), OWNER_UNKNOWN, Who.OWNER, true),
  START(EnumSet.of(ACCEPTED), IN_PROGRESS, Who.OWNER, false),
  /** Done, with what was done. */
  COMPLETE(EnumSet.of(ACCEPTED, IN_PROGRESS), COMPLETED, Who.OWNER, true),
  WRITE_OFF(
      EnumSet.of(OWNER_UNKNOWN, ASSIGNED, ACCEPTED, IN_PROGRESS, ESCALATED, REOPENED),
      WRITTEN_OFF,
      Who.COORDINATOR,
      true),
  /** To the steering group, with the reason it could not be solved below. */
  ESCALATE(
      EnumSet.of(OWNER_UNKNOWN, ASSIGNED, ACCEPTED, IN_PROGRESS, REOPENED),
      ESCALATED,
      Who.COORDINATOR,
      true),
  /** Opened again for the coordinator, with the reason. */
  REOPEN(EnumSet.of(COMPLETED, WRITTEN_OFF), REOPENED, Who.RAISER_OR_COORDINATOR, true);

  /** Who may use a verb (coordinators and admins may always act for the area). */
  enum Who {
    COORDINATOR,
    /** A member of the owner organisation (any role), or a coordinator. */
    OWNER,
    /** Whoever raised the item, or a coordinator. */
    RAISER_OR_COORDINATOR
  }

  private final Set<Status> from;
  private final Status to;
  private final Who who;
  private final boolean needsNote;

  Verb(Set<Status> from, Status to, Who who, boolean needsNote) {
    this.from = from;
    this.to = to;
    this.who = who;
    this.needsNote = needsNote;
  }

  public Set<Status> from() {
    return EnumSet.copyOf(from);
  }

  public Status to() {
    return to;
  }

  Who who() {
    return who;
  }

  public boolean needsNote() {
    return needsNote;
  }

  /** Lower-case with dashes: the form value. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String messageKey() {
    return "actions.verb." + name();
  }

  public static Optional<Verb> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(v -> v.key().equals(key.trim())).findFirst();
  }
}
