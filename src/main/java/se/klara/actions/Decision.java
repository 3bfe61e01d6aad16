package se.klara.actions;

/**
 * What goes with a verb: the note (what was done, or the reason) and, for assigning, the owner
 * organisation and function.
 */
public record Decision(String note, Long ownerOrgId, String ownerFunction) {
  public static Decision note(String note) {
    return new Decision(note, null, null);
  }

  public static Decision assignTo(long ownerOrgId, String ownerFunction) {
    return new Decision(null, ownerOrgId, ownerFunction);
  }
}
