package se.klara.forums;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A question (fråga) raised in a meeting or by a field worker, now lying with {@code forumId}.
 *
 * @param answer the answer or the reason for closing, once given
 */
public record Question(
    long id,
    long areaId,
    String text,
    Long placeId,
    String placeName,
    Long raisedById,
    String raisedBy,
    String owner,
    QuestionStatus status,
    LocalDate dueDate,
    long forumId,
    String forumName,
    ForumLevel level,
    Long raisedInMeetingId,
    String answer,
    boolean sentToActions,
    Instant createdAt) {

  /** The first line, shortened, for lists and notices. */
  public String title() {
    String first = text.lines().findFirst().orElse("").strip();
    return first.length() > 80 ? first.substring(0, 79) + "…" : first;
  }
}
