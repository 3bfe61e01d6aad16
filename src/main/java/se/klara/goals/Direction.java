package se.klara.goals;

/** Which way an indicator should go: down, up, to its target (at least) or stay at its target. */
public enum Direction {
  DECREASE,
  INCREASE,
  REACH,
  STAY_AT
}
