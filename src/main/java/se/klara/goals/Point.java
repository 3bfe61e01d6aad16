package se.klara.goals;

import java.math.BigDecimal;

/**
 * An indicator's value in one period as the follow-up reads it: for a rate, the computed rate with
 * the count and population it came from ({@code value} null when the population is missing).
 */
public record Point(Period period, BigDecimal value, Long count, Integer population) {}
