package se.klara.accounts;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused before the password is checked: too many recent failures. */
class LoginThrottledException extends AuthenticationException {
  LoginThrottledException() {
    super("too many failed sign-ins");
  }
}
