package se.klara.goals;

import java.math.BigDecimal;

/**
 * One value of an indicator for a geography, period and gender. For a rate indicator the value is
 * the count the rate is computed from. {@code grade} is the optional 0–3 score of a checklist item.
 */
public record Measurement(
    long indicatorId,
    String geography,
    Period period,
    Gender gender,
    BigDecimal value,
    String comment,
    Integer grade,
    String sourceNote) {}
