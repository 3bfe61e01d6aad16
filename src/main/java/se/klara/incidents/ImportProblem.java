package se.klara.incidents;

import java.util.Objects;

/**
 * Why a file or one of its lines cannot be imported. Never holds the offending value.
 *
 * @param line the line in the file (1 = the header row), or 0 for the file as a whole
 * @param column the header name of the column, or null when the whole line or file is concerned
 * @param messageKey a message key of i18n/incidents*.properties
 */
public record ImportProblem(long line, String column, String messageKey) {
  public ImportProblem {
    Objects.requireNonNull(messageKey, "messageKey");
  }

  static ImportProblem ofFile(String messageKey) {
    return new ImportProblem(0, null, messageKey);
  }
}
