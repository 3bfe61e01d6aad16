package se.klara.forums;

/** Where a meeting stands: planned, held (closed with its minutes locked) or cancelled. */
public enum MeetingStatus {
  PLANNED,
  HELD,
  CANCELLED;

  public String key() {
    return "forums.meeting.status." + name();
  }
}
