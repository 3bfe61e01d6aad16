package se.klara.actions;

import java.time.LocalDate;

/**
 * What goes with a verb: the note (what was done, or the reason) and, for assigning, the owner
 * organisation and function and optionally a new due date and priority (null keeps them).
 */
public record Decision(
    String note, Long ownerOrgId, String ownerFunction, LocalDate dueDate, Priority priority) {

  public Decision(String note, Long ownerOrgId, String ownerFunction) {
    this(note, ownerOrgId, ownerFunction, null, null);
  }

  public static Decision note(String note) {
    return new Decision(note, null, null);
  }

  public static Decision assignTo(long ownerOrgId, String ownerFunction) {
    return new Decision(null, ownerOrgId, ownerFunction);
  }
}
