package se.klara.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How an indicator's latest value is judged, for every direction and kind, and a goal's status. */
class AssessmentRulesTests {
  private static final IndicatorResult MET = IndicatorResult.MET;
  private static final IndicatorResult NOT_MET = IndicatorResult.NOT_MET;
  private static final IndicatorResult NOT_MEASURABLE = IndicatorResult.NOT_MEASURABLE;

  static Indicator indicator(IndicatorKind kind, Direction direction, String target) {
    return new Indicator(
        1,
        1,
        "X",
        0,
        "",
        "m",
        "s",
        "",
        kind,
        kind == IndicatorKind.INDEX ? BigDecimal.ONE : null,
        kind == IndicatorKind.INDEX ? BigDecimal.valueOf(4) : null,
        "klara",
        direction,
        target == null ? null : new BigDecimal(target),
        2020,
        null);
  }

  /** Yearly values from 2015; a null is a year without a computable value (rate, no population). */
  static List<Point> values(String... values) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(
          new Point(
              Period.ofYear(2015 + i),
              values[i] == null ? null : new BigDecimal(values[i]),
              null,
              null));
    }
    return points;
  }

  static IndicatorResult assess(
      IndicatorKind kind, Direction direction, String target, String... values) {
    return AssessmentRules.assess(indicator(kind, direction, target), values(values));
  }

  @Nested
  class Decrease {
    @Test
    void withATargetTheLatestValueMustBeAtOrBelowIt() {
      assertThat(assess(IndicatorKind.SHARE, Direction.DECREASE, "5.5", "20")).isEqualTo(NOT_MET);
      assertThat(assess(IndicatorKind.SHARE, Direction.DECREASE, "5.5", "20", "5.5"))
          .isEqualTo(MET);
      assertThat(assess(IndicatorKind.COUNT, Direction.DECREASE, "0", "6", "4", "7", "1", "0"))
          .isEqualTo(MET);
      assertThat(assess(IndicatorKind.INDEX, Direction.DECREASE, "2", "2.5")).isEqualTo(NOT_MET);
    }

    @Test
    void withoutATargetTheLatestValueMustBeBelowTheOneBefore() {
      assertThat(
              assess(IndicatorKind.RATE, Direction.DECREASE, null, "1795", "1625", "1313", "1137"))
          .isEqualTo(MET);
      assertThat(assess(IndicatorKind.COUNT, Direction.DECREASE, null, "727", "727"))
          .isEqualTo(NOT_MET);
      assertThat(assess(IndicatorKind.COUNT, Direction.DECREASE, null, "700", "727"))
          .isEqualTo(NOT_MET);
    }

    @Test
    void aSingleValueWithoutATargetIsNotMeasurableYet() {
      assertThat(assess(IndicatorKind.COUNT, Direction.DECREASE, null, "935"))
          .isEqualTo(NOT_MEASURABLE);
    }
  }

  @Nested
  class Increase {
    @Test
    void withATargetTheLatestValueMustBeAtOrAboveIt() {
      assertThat(assess(IndicatorKind.SHARE, Direction.INCREASE, "86", "84", "78", "84", "81"))
          .isEqualTo(NOT_MET);
      assertThat(assess(IndicatorKind.SHARE, Direction.INCREASE, "86", "81", "86")).isEqualTo(MET);
      assertThat(assess(IndicatorKind.INDEX, Direction.INCREASE, "3.8", "2.9", "3.5"))
          .isEqualTo(NOT_MET);
      assertThat(assess(IndicatorKind.INDEX, Direction.INCREASE, "3.8", "3.9")).isEqualTo(MET);
    }

    @Test
    void withoutATargetTheLatestValueMustBeAboveTheOneBefore() {
      // drug crime per 100 000 in Norrmalm: 3894 (2017) to 3884 (2018) is no increase
      assertThat(
              assess(IndicatorKind.RATE, Direction.INCREASE, null, "4471", "3680", "3894", "3884"))
          .isEqualTo(NOT_MET);
      assertThat(assess(IndicatorKind.COUNT, Direction.INCREASE, null, "2704", "2794"))
          .isEqualTo(MET);
    }

    @Test
    void aSingleValueWithoutATargetIsNotMeasurableYet() {
      assertThat(assess(IndicatorKind.RATE, Direction.INCREASE, null, "3104"))
          .isEqualTo(NOT_MEASURABLE);
    }
  }

  @Nested
  class Reach {
    @Test
    void aNumberMustReachTheTargetOrPassIt() {
      assertThat(assess(IndicatorKind.COUNT, Direction.REACH, "300", "407", "79"))
          .isEqualTo(NOT_MET);
      assertThat(assess(IndicatorKind.COUNT, Direction.REACH, "300", "79", "300")).isEqualTo(MET);
      assertThat(assess(IndicatorKind.SHARE, Direction.REACH, "100", "100")).isEqualTo(MET);
      assertThat(assess(IndicatorKind.SHARE, Direction.REACH, "100", "83")).isEqualTo(NOT_MET);
      assertThat(assess(IndicatorKind.INDEX, Direction.REACH, "3", "3.5")).isEqualTo(MET);
      assertThat(assess(IndicatorKind.RATE, Direction.REACH, "1000", "999")).isEqualTo(NOT_MET);
    }

    @Test
    void yesOrNoMustEqualTheTarget() {
      assertThat(assess(IndicatorKind.YES_NO, Direction.REACH, "0", "1", "1", "1"))
          .isEqualTo(NOT_MET);
      assertThat(assess(IndicatorKind.YES_NO, Direction.REACH, "0", "1", "0")).isEqualTo(MET);
      assertThat(assess(IndicatorKind.YES_NO, Direction.REACH, "1", "0")).isEqualTo(NOT_MET);
    }
  }

  @Nested
  class StayAt {
    @Test
    void theLatestValueAndTheOneBeforeMustEqualTheTarget() {
      assertThat(assess(IndicatorKind.SHARE, Direction.STAY_AT, "100", "100", "100"))
          .isEqualTo(MET);
      assertThat(assess(IndicatorKind.SHARE, Direction.STAY_AT, "100", "90", "100"))
          .isEqualTo(NOT_MET);
      assertThat(assess(IndicatorKind.SHARE, Direction.STAY_AT, "100", "100")).isEqualTo(MET);
      assertThat(assess(IndicatorKind.YES_NO, Direction.STAY_AT, "0", "0", "1")).isEqualTo(NOT_MET);
      assertThat(assess(IndicatorKind.COUNT, Direction.STAY_AT, "0", "0", "0")).isEqualTo(MET);
      assertThat(assess(IndicatorKind.INDEX, Direction.STAY_AT, "3.5", "3.50")).isEqualTo(MET);
    }
  }

  @Test
  void noValueInOrBeforeTheYearIsNotMeasurableYetInEveryDirectionAndKind() {
    for (IndicatorKind kind : IndicatorKind.values()) {
      for (Direction direction : Direction.values()) {
        assertThat(assess(kind, direction, "1"))
            .as("%s %s", kind, direction)
            .isEqualTo(NOT_MEASURABLE);
      }
    }
  }

  @Test
  void aRateWithoutPopulationHasNoValueToJudge() {
    assertThat(assess(IndicatorKind.RATE, Direction.DECREASE, null, "1795", null))
        .isEqualTo(NOT_MEASURABLE);
    assertThat(assess(IndicatorKind.RATE, Direction.DECREASE, null, "1795", "1625", null))
        .isEqualTo(MET);
  }

  @Test
  void aGoalFollowsFromItsIndicators() {
    assertThat(AssessmentRules.propose(List.of(MET, MET))).isEqualTo(GoalStatus.ACHIEVED);
    assertThat(AssessmentRules.propose(List.of(MET, NOT_MET))).isEqualTo(GoalStatus.PARTLY);
    assertThat(AssessmentRules.propose(List.of(MET, NOT_MEASURABLE))).isEqualTo(GoalStatus.PARTLY);
    assertThat(AssessmentRules.propose(List.of(NOT_MET, NOT_MEASURABLE)))
        .isEqualTo(GoalStatus.NOT_ACHIEVED);
    assertThat(AssessmentRules.propose(List.of(NOT_MEASURABLE, NOT_MEASURABLE)))
        .isEqualTo(GoalStatus.CANNOT_ASSESS);
    assertThat(AssessmentRules.propose(List.of())).isEqualTo(GoalStatus.CANNOT_ASSESS);
  }

  @Test
  void ratesPer100000AreRoundedHalfUpFromCountAndPopulation() {
    assertThat(Rates.per100k(1247, 69_470)).isEqualByComparingTo("1795");
    assertThat(Rates.per100k(3104, 69_425)).isEqualByComparingTo("4471");
    assertThat(Rates.per100k(1, 200_000)).isEqualByComparingTo("1"); // 0.5 rounds up
  }

  @Test
  void periodsAreYearsOrMonthsAndSortInTime() {
    assertThat(Period.parse("2019")).contains(Period.ofYear(2019));
    assertThat(Period.parse("2019-05").orElseThrow().label(java.util.Locale.forLanguageTag("sv")))
        .isEqualTo("Maj 2019");
    assertThat(Period.parse("2019-08").orElseThrow().label(java.util.Locale.ENGLISH))
        .isEqualTo("Aug 2019");
    assertThat(Period.parse("2019-13")).isEmpty();
    assertThat(Period.parse("2019-00")).isEmpty();
    assertThat(Period.parse("maj 2019")).isEmpty();
    assertThat(Period.parse("2019").orElseThrow())
        .isLessThan(Period.parse("2019-01").orElseThrow());
  }
}
