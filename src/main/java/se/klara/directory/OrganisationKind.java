package se.klara.directory;

/** What kind of actor an organisation is; used for grouping and, later, routing. */
public enum OrganisationKind {
  POLICE,
  CITY_DISTRICT,
  SOCIAL_SERVICES,
  CITY_OFFICE,
  CULTURE,
  BUSINESS_ASSOCIATION,
  TRANSIT,
  PROPERTY_OWNER,
  SECURITY_COMPANY,
  COUNTY_BOARD,
  BUSINESS,
  NGO,
  OTHER
}
