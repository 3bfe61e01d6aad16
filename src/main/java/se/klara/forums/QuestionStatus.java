package se.klara.forums;

/** Open until answered or closed at some level. */
public enum QuestionStatus {
  OPEN,
  ANSWERED,
  CLOSED;

  public String key() {
    return "forums.question.status." + name();
  }
}
