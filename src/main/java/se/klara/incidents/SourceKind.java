package se.klara.incidents;

/** What kind of record an incident source holds. */
public enum SourceKind {
  /** The police command centre's incident reports (händelserapporter), priority 1–3. */
  POLICE_INCIDENT_REPORTS,
  /** Reported crimes (anmälda brott) by crime category. */
  REPORTED_CRIMES,
  /** A security guard company's incident log, such as the station's. */
  GUARD_LOG,
  OTHER
}
