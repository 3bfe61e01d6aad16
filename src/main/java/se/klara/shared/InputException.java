package se.klara.shared;

/**
 * Input that cannot be accepted, with the form field it concerns and a message key that the web
 * edge (or the command line) resolves in the user's language.
 */
public class InputException extends RuntimeException {
  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  public InputException(String field, String messageKey, Object... arguments) {
    super(field + ": " + messageKey);
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
