package se.klara.incidents;

/** Where an import stands. */
public enum ImportStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  /** RUNNING in the table, but the process that ran it is gone: nothing of it was stored. */
  INTERRUPTED
}
