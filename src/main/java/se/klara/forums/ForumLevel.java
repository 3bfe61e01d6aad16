package se.klara.forums;

/** Where a forum sits in the ladder of collaboration, from the field up to the steering group. */
public enum ForumLevel {
  OPERATIONAL,
  OPERATIONAL_STRATEGIC,
  STRATEGIC,
  STEERING
}
