package se.klara.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Refuses a sign-in outright while its account or address is throttled. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {
  private final AuthenticationProvider delegate;
  private final LoginThrottle throttle;

  ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
    this.delegate = delegate;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    if (throttle.isThrottled(authentication.getName(), addressOf(authentication))) {
      throw new LoginThrottledException();
    }
    return delegate.authenticate(authentication);
  }

  static String addressOf(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unknown";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
