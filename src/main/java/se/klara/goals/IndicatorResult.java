package se.klara.goals;

/** The assessment of one indicator in a year: its latest value against direction and target. */
public enum IndicatorResult {
  MET,
  NOT_MET,
  NOT_MEASURABLE;

  public String messageKey() {
    return "goals.result." + name();
  }
}
