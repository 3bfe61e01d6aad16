package se.klara.goals;

import java.math.BigDecimal;

/**
 * What is measured for a goal: name of the measurement, question or statement, source, kind,
 * geography, direction and target. {@code tableTitle} groups indicators into one table of the
 * report. {@code odsItem} (1–7) marks the open-drug-scene checklist's indicators.
 */
public record Indicator(
    long id,
    long goalId,
    String code,
    int position,
    String tableTitle,
    String measurementName,
    String statement,
    String source,
    IndicatorKind kind,
    BigDecimal scaleMin,
    BigDecimal scaleMax,
    String geography,
    Direction direction,
    BigDecimal targetValue,
    Integer targetYear,
    Integer odsItem) {

  public boolean odsChecklistItem() {
    return odsItem != null;
  }

  public boolean rate() {
    return kind == IndicatorKind.RATE;
  }
}
