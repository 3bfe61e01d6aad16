package se.klara.observations;

/** Whether the observer saw new faces compared with the usual ones. */
public enum NewFaces {
  YES,
  NO,
  UNKNOWN
}
