package se.klara.accounts;

/**
 * Length is what makes a password strong; composition rules only make people write them down (NIST
 * SP 800-63B). Argon2 hashes the whole password, so nothing beyond a character is ignored.
 */
final class PasswordPolicy {
  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** Throws with the field {@code field} when the password breaks the policy. */
  static void check(String field, char[] password) {
    if (password == null) {
      throw new AccountException(field, "password.too-short", MIN_LENGTH);
    }
    int length = String.valueOf(password).codePointCount(0, password.length);
    if (length < MIN_LENGTH) {
      throw new AccountException(field, "password.too-short", MIN_LENGTH);
    }
    if (length > MAX_LENGTH) {
      throw new AccountException(field, "password.too-long", MAX_LENGTH);
    }
    if (String.valueOf(password).isBlank()) {
      throw new AccountException(field, "password.blank");
    }
  }
}
