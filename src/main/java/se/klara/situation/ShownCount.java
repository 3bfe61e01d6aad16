package se.klara.situation;

/**
 * A count as a viewer sees it: exact; hidden and shown as "&lt;3" (its value is 0, 1 or 2); or
 * hidden and shown as "…" (its value is 3 or more), hidden only so that a small count beside it
 * cannot be worked out from the total.
 */
public record ShownCount(long value, Visibility visibility) {
  /** How a count is shown. */
  public enum Visibility {
    EXACT,
    UNDER_THRESHOLD,
    HIDDEN
  }

  static ShownCount exact(long value) {
    return new ShownCount(value, Visibility.EXACT);
  }

  public boolean hidden() {
    return visibility != Visibility.EXACT;
  }

  /** The value the page may print, or null when it is hidden. */
  public Long shownValue() {
    return hidden() ? null : value;
  }

  ShownCount hide() {
    if (hidden()) {
      return this;
    }
    return new ShownCount(
        value, value < SmallCounts.THRESHOLD ? Visibility.UNDER_THRESHOLD : Visibility.HIDDEN);
  }
}
