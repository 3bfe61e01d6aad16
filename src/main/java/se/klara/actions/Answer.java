package se.klara.actions;

/** The raiser's answer to "is it fixed?" after an item was completed. */
public enum Answer {
  FIXED,
  PARTLY_FIXED,
  NOT_FIXED,
  CANT_TELL
}
