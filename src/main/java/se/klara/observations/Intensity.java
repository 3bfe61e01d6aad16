package se.klara.observations;

/** How much of the observed phenomena there was. */
public enum Intensity {
  NONE,
  FEW,
  MANY
}
