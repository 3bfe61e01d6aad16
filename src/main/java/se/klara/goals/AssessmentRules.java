package se.klara.goals;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How an indicator's latest value is judged against its direction and target, and how a goal's
 * status follows from its indicators (docs/goals-and-report.md#assessment).
 *
 * <ul>
 *   <li>No value in or before the year: not measurable yet.
 *   <li>Decrease / increase with a target: met when the latest value is at or below (at or above)
 *       the target. Without a target: met when the latest value is below (above) the one before;
 *       with only one value, not measurable yet.
 *   <li>Reach: met when the latest value is at least the target; for yes/no, when it equals it.
 *   <li>Stay at: met when the latest value, and the one before if there is one, equal the target.
 * </ul>
 */
public final class AssessmentRules {
  private AssessmentRules() {}

  /** {@code points}: the indicator's values up to the year, oldest first (null values skipped). */
  public static IndicatorResult assess(Indicator indicator, List<Point> points) {
    List<BigDecimal> values = points.stream().map(Point::value).filter(Objects::nonNull).toList();
    if (values.isEmpty()) {
      return IndicatorResult.NOT_MEASURABLE;
    }
    BigDecimal latest = values.get(values.size() - 1);
    BigDecimal previous = values.size() > 1 ? values.get(values.size() - 2) : null;
    BigDecimal target = indicator.targetValue();
    return switch (indicator.direction()) {
      case DECREASE -> {
        if (target != null) {
          yield of(latest.compareTo(target) <= 0);
        }
        yield previous == null
            ? IndicatorResult.NOT_MEASURABLE
            : of(latest.compareTo(previous) < 0);
      }
      case INCREASE -> {
        if (target != null) {
          yield of(latest.compareTo(target) >= 0);
        }
        yield previous == null
            ? IndicatorResult.NOT_MEASURABLE
            : of(latest.compareTo(previous) > 0);
      }
      case REACH -> {
        if (target == null) {
          yield IndicatorResult.NOT_MEASURABLE;
        }
        yield indicator.kind() == IndicatorKind.YES_NO
            ? of(latest.compareTo(target) == 0)
            : of(latest.compareTo(target) >= 0);
      }
      case STAY_AT -> {
        if (target == null) {
          yield IndicatorResult.NOT_MEASURABLE;
        }
        yield of(
            latest.compareTo(target) == 0 && (previous == null || previous.compareTo(target) == 0));
      }
    };
  }

  /**
   * A goal is achieved when every indicator is met, not achieved when none that can be measured is,
   * partly achieved otherwise, and cannot be assessed yet when none can be measured.
   */
  public static GoalStatus propose(Collection<IndicatorResult> results) {
    long met = results.stream().filter(r -> r == IndicatorResult.MET).count();
    long notMet = results.stream().filter(r -> r == IndicatorResult.NOT_MET).count();
    if (met + notMet == 0) {
      return GoalStatus.CANNOT_ASSESS;
    }
    if (met == results.size()) {
      return GoalStatus.ACHIEVED;
    }
    return met == 0 ? GoalStatus.NOT_ACHIEVED : GoalStatus.PARTLY;
  }

  private static IndicatorResult of(boolean met) {
    return met ? IndicatorResult.MET : IndicatorResult.NOT_MET;
  }
}
