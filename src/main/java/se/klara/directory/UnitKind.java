package se.klara.directory;

/** A unit or team (Ungdomsjouren) or a function within one (platsansvarig). */
public enum UnitKind {
  UNIT,
  FUNCTION
}
