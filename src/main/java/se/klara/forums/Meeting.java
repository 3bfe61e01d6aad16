package se.klara.forums;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * A meeting of a forum, generated from its cadence or created ad hoc.
 *
 * @param chairedBy CONVENOR or STAND_IN once held, else null
 */
public record Meeting(
    long id,
    long forumId,
    String forumName,
    ForumLevel level,
    long areaId,
    ZonedDateTime startsAt,
    ZonedDateTime endsAt,
    boolean adHoc,
    String title,
    MeetingStatus status,
    String chairedBy,
    String minutes,
    String decisions,
    Instant invitedAt,
    Instant closedAt,
    String location) {

  /** Closed meetings keep their minutes; later corrections are additions. */
  public boolean closed() {
    return status == MeetingStatus.HELD;
  }

  public String label() {
    return forumName + " " + startsAt.toLocalDate();
  }
}
