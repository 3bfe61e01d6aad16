package se.klara.observations;

/** The gender groups counts are kept by: girls/women, boys/men, unknown. */
public enum Gender {
  FEMALE("female"),
  MALE("male"),
  UNKNOWN("unknown");

  private final String key;

  Gender(String key) {
    this.key = key;
  }

  /** The name in JSON and form fields. */
  public String key() {
    return key;
  }
}
