package se.klara.actions;

import java.time.LocalDate;

/**
 * Which items of an area to show: open, closed or all; optionally one status, owner, place, the
 * question they were raised from, and the days (Stockholm) they were closed in.
 */
public record ActionFilter(
    State state,
    Status status,
    Long ownerOrgId,
    Long placeId,
    Long questionId,
    LocalDate closedFrom,
    LocalDate closedTo) {

  /** Open, closed or both. */
  public enum State {
    OPEN,
    CLOSED,
    ALL
  }

  public ActionFilter {
    if (state == null) {
      state = State.OPEN;
    }
  }

  public static ActionFilter open() {
    return new ActionFilter(State.OPEN, null, null, null, null, null, null);
  }

  public static ActionFilter all() {
    return new ActionFilter(State.ALL, null, null, null, null, null, null);
  }

  /** Items completed or written off on the given days. */
  public static ActionFilter closedIn(LocalDate from, LocalDate toInclusive) {
    return new ActionFilter(State.CLOSED, null, null, null, null, from, toInclusive);
  }

  public ActionFilter withQuestion(Long question) {
    return new ActionFilter(state, status, ownerOrgId, placeId, question, closedFrom, closedTo);
  }

  public ActionFilter withOwner(Long owner) {
    return new ActionFilter(state, status, owner, placeId, questionId, closedFrom, closedTo);
  }
}
