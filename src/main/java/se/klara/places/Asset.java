package se.klara.places;

/** What someone owns at a place; the action plan routes a problem to the owner of its asset. */
public enum Asset {
  LIGHTING,
  CLEANING,
  MAINTENANCE,
  STATION,
  TRANSIT,
  BUILDING,
  PARK,
  OTHER
}
