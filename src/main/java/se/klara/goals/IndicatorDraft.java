package se.klara.goals;

import java.math.BigDecimal;

/** A new indicator as set up by a coordinator or the demo. */
public record IndicatorDraft(
    String code,
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
    Integer odsItem) {}
