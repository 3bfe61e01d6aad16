package se.klara.accounts;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Sign-in refused before the password is checked: too many recent failures. An account status
 * exception, because an authentication manager stops at those instead of asking other providers.
 */
class LoginThrottledException extends AccountStatusException {
  LoginThrottledException() {
    super("too many failed sign-ins");
  }
}
