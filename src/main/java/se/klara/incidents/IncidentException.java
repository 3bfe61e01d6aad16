package se.klara.incidents;

import se.klara.shared.InputException;

/** A refused request of the incidents module: the field it concerns and a message key. */
public class IncidentException extends InputException {
  public IncidentException(String field, String messageKey) {
    super(field, messageKey);
  }
}
