package se.klara.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are tolerated within the window: per account (guessing one password) and
 * per address (trying many accounts). The per-address limit is higher because a whole police
 * station or office may share one address.
 */
@ConfigurationProperties("klara.login")
record LoginThrottleProperties(
    int maxFailuresPerAccount, int maxFailuresPerAddress, Duration failureWindow) {
  LoginThrottleProperties {
    if (maxFailuresPerAccount <= 0) {
      maxFailuresPerAccount = 10;
    }
    if (maxFailuresPerAddress <= 0) {
      maxFailuresPerAddress = 50;
    }
    if (failureWindow == null || failureWindow.isNegative() || failureWindow.isZero()) {
      failureWindow = Duration.ofMinutes(15);
    }
  }
}
