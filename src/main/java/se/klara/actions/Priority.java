package se.klara.actions;

/** How urgent an item is. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH
}
