package se.klara.goals;

/** The status of a goal in a year, proposed from its indicators or confirmed by a coordinator. */
public enum GoalStatus {
  ACHIEVED,
  PARTLY,
  NOT_ACHIEVED,
  CANNOT_ASSESS;

  public String messageKey() {
    return "goals.status." + name();
  }
}
