package se.klara.situation;

/**
 * A count in the chosen period against the period just before it and the same days a year earlier.
 */
public record Comparison(long current, long previous, long lastYear) {
  /** The change from the previous period in whole percent, or null when it had nothing. */
  public Integer percentVsPrevious() {
    return percent(previous);
  }

  /** The change from the same period last year in whole percent, or null when it had nothing. */
  public Integer percentVsLastYear() {
    return percent(lastYear);
  }

  private Integer percent(long base) {
    if (base == 0) {
      return null;
    }
    return (int) Math.round((current - base) * 100.0 / base);
  }
}
