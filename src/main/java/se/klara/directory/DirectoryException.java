package se.klara.directory;

import se.klara.shared.InputException;

/**
 * Input the directory cannot accept, with the field it concerns and a message key (e.g. {@code
 * schedule.end-equals-start}).
 */
public class DirectoryException extends InputException {
  public DirectoryException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
