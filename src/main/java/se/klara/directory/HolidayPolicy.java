package se.klara.directory;

/** What a unit does on a public holiday: its usual hours, its Sunday hours, or nothing. */
public enum HolidayPolicy {
  AS_USUAL,
  AS_SUNDAY,
  CLOSED
}
