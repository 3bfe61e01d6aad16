package se.klara.directory;

/** The shared vocabulary of what a situation needs and a unit can take over. */
public enum Need {
  REPORT_OF_CONCERN,
  MUMIN_INTERVIEW,
  SUBSTANCE_USE,
  OUTREACH_CONTACT,
  SHELTER,
  MEDICAL_CARE,
  CRISIS_SUPPORT,
  LEISURE_ACTIVITY,
  POLICE_RESPONSE,
  ORDER_MAINTENANCE,
  PHYSICAL_ENVIRONMENT
}
