package se.klara.actions;

/** What sort of problem an action item is. */
public enum Kind {
  /** Something in the physical environment: a lamp, a bush, a bench, a door. */
  PHYSICAL,
  /** How the collaboration works: working hours, means of communication, mandates, training. */
  STRUCTURAL,
  OTHER
}
