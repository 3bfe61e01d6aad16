package se.klara.actions;

import se.klara.shared.InputException;

/**
 * A verb or an edit that the action plan refuses; nothing was stored. The reason tells the web edge
 * which status to answer with; the field and message key say what to show.
 */
public class ActionRefused extends InputException {

  /** Why it was refused. */
  public enum Reason {
    /** Something typed is missing or wrong (400). */
    INPUT(400),
    /** The verb is not allowed from the item's current status (409). */
    TRANSITION(409),
    /** This user may not use the verb on this item (403). */
    FORBIDDEN(403),
    /** Someone else changed the item since the form was opened (409). */
    STALE(409);

    private final int httpStatus;

    Reason(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    public int httpStatus() {
      return httpStatus;
    }
  }

  private final Reason reason;

  public ActionRefused(Reason reason, String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  static ActionRefused input(String field, String messageKey, Object... arguments) {
    return new ActionRefused(Reason.INPUT, field, messageKey, arguments);
  }
}
