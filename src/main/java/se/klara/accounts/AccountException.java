package se.klara.accounts;

/**
 * A request about an account that cannot be carried out, with the form field it concerns and a
 * message key (resolved in the user's language at the edge).
 */
public class AccountException extends RuntimeException {
  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  public AccountException(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
