package se.klara.analysis;

import se.klara.shared.InputException;

/**
 * Input an analysis cannot accept: the field (or CSV column) it concerns, the line of the file (0
 * when not from a file) and a message key in the {@code analysis} bundle.
 */
public class AnalysisInputException extends InputException {
  private final long line;

  public AnalysisInputException(String field, String messageKey, Object... arguments) {
    this(0, field, messageKey, arguments);
  }

  public AnalysisInputException(long line, String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
    this.line = line;
  }

  /** The 1-based line of the file, header included; 0 when not from a file. */
  public long line() {
    return line;
  }
}
