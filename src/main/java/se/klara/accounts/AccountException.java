package se.klara.accounts;

import se.klara.shared.InputException;

/** A request about an account that cannot be carried out (field and message key). */
public class AccountException extends InputException {
  public AccountException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
