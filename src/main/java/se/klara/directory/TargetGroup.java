package se.klara.directory;

/** The shared vocabulary of who a unit works with. {@code EVERYONE}: no restriction (police). */
public enum TargetGroup {
  EVERYONE,
  YOUTH,
  CHILDREN_AT_RISK,
  HOMELESS_ADULTS,
  EU_CITIZENS,
  SELLING_SEX,
  DRUG_USE,
  MENTAL_HEALTH_CRISIS;

  /** Whether a unit taking this group takes someone of {@code wanted}. */
  public boolean covers(TargetGroup wanted) {
    return this == EVERYONE || this == wanted;
  }
}
