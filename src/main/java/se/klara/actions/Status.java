package se.klara.actions;

import java.util.Locale;

/** Where an action item is in its life. Completed and written off are closed; the rest are open. */
public enum Status {
  /** No owner known yet: the strategic forum works out who owns the object. */
  OWNER_UNKNOWN,
  /** Routed to an owner organisation, which has not answered yet. */
  ASSIGNED,
  ACCEPTED,
  IN_PROGRESS,
  /** Taken to the steering group because it could not be solved below. */
  ESCALATED,
  /** Opened again (by the raiser or a coordinator): waits for the coordinator. */
  REOPENED,
  COMPLETED,
  WRITTEN_OFF;

  public boolean open() {
    return this != COMPLETED && this != WRITTEN_OFF;
  }

  /** The message key of the status's name. */
  public String messageKey() {
    return "actions.status." + name();
  }

  /** Lower-case with dashes, as in URLs. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
