package se.klara.situation;

import java.util.List;

/**
 * One phenomenon or incident category in the chosen period: the comparison, the counts as the
 * viewer may see them, and the count per day of the period for a small chart.
 */
public record Trend(
    String code,
    String name,
    Comparison comparison,
    ShownCount current,
    ShownCount previous,
    ShownCount lastYear,
    List<Long> daily) {
  public Trend {
    daily = List.copyOf(daily);
  }

  /** The daily counts for the chart, comma separated (the page's script reads them). */
  public String dailyCsv() {
    return String.join(",", daily.stream().map(String::valueOf).toList());
  }

  /** Whether the change against the previous period can be shown to this viewer. */
  public boolean changeShown() {
    return !current.hidden() && !previous.hidden();
  }

  /** Whether the change against last year can be shown to this viewer. */
  public boolean yearChangeShown() {
    return !current.hidden() && !lastYear.hidden();
  }
}
