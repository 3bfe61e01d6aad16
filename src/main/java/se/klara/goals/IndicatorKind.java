package se.klara.goals;

/** What an indicator's values are: a share in %, an index on a scale, a count, a rate, yes/no. */
public enum IndicatorKind {
  SHARE,
  INDEX,
  COUNT,
  /** The value stored is a count; the rate per 100 000 is computed with the population. */
  RATE,
  YES_NO
}
