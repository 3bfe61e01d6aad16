package se.klara.observations;

/** The age bands counts are kept by. */
public enum AgeBand {
  UNDER_15("under-15"),
  AGE_15_17("15-17"),
  AGE_18_24("18-24"),
  AGE_25_PLUS("25-plus");

  private final String key;

  AgeBand(String key) {
    this.key = key;
  }

  /** The name in JSON and form fields. */
  public String key() {
    return key;
  }
}
