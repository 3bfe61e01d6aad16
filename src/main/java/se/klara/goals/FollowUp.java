package se.klara.goals;

import java.math.BigDecimal;
import java.util.List;
import se.klara.areas.Area;

/**
 * Everything the annual follow-up shows for an area and year, already laid out as tables and chart
 * series in the reader's language: the vision, per goal its indicator tables, charts, proposed and
 * confirmed status, and the open-drug-scene checklists of the year.
 */
public record FollowUp(
    Area area, int year, String vision, List<GoalFollowUp> goals, List<Checklist> checklists) {

  /** One goal: its tables (years or dated surveys as columns, then the target) and charts. */
  public record GoalFollowUp(
      Goal goal,
      List<IndicatorTable> tables,
      List<Chart> charts,
      GoalStatus proposed,
      Assessment assessment) {

    /** The confirmed status, else the proposed one. */
    public GoalStatus status() {
      return assessment != null ? assessment.status() : proposed;
    }

    public boolean confirmed() {
      return assessment != null;
    }
  }

  /** A table as in the seed: measurement, question, one column per period, the target. */
  public record IndicatorTable(String title, List<String> columns, List<Row> rows) {}

  /**
   * A row: for a rate indicator the rate row is followed by {@code derived} rows with the counts
   * and the population it was computed from (no target, no result).
   */
  public record Row(
      String code,
      String measurementName,
      String statement,
      String source,
      List<String> cells,
      String target,
      IndicatorResult result,
      boolean derived) {}

  /**
   * A chart's data: labels and values in time order (null = no value), the target as a line, the
   * axis range, and the kind (for the unit).
   */
  public record Chart(
      String code,
      String title,
      List<String> labels,
      List<BigDecimal> values,
      BigDecimal target,
      BigDecimal min,
      BigDecimal max,
      IndicatorKind kind) {}
}
