package se.klara.forums;

import java.time.Instant;

/**
 * One step in a question's history: raised, escalated (from one forum to the next), decided,
 * answered, closed or sent to the action plan; with who did it, where, and why.
 */
public record QuestionEvent(
    long id,
    String kind,
    String forumName,
    String toForumName,
    Long meetingId,
    String actor,
    String text,
    Instant at) {
  public String key() {
    return "forums.question.event." + kind;
  }
}
