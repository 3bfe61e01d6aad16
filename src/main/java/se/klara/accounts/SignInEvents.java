package se.klara.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.shared.ActorPrincipal;

/** Audits sign-in, failed sign-in and sign-out, and feeds the throttle. */
@Component
class SignInEvents
    implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {
  private final AuditLog audit;
  private final LoginThrottle throttle;
  private final AccountRepository accounts;
  private final TransactionTemplate transaction;
  private final SavedRequestAwareAuthenticationSuccessHandler redirect =
      new SavedRequestAwareAuthenticationSuccessHandler();

  SignInEvents(
      AuditLog audit,
      LoginThrottle throttle,
      AccountRepository accounts,
      TransactionTemplate transaction) {
    this.audit = audit;
    this.throttle = throttle;
    this.accounts = accounts;
    this.transaction = transaction;
    redirect.setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, jakarta.servlet.ServletException {
    if (authentication.getPrincipal() instanceof ActorPrincipal principal) {
      transaction.executeWithoutResult(
          status -> {
            throttle.clearAccount(principal.actor().username());
            audit.record(
                Optional.of(principal.actor()),
                AuditEntry.of("LOGIN", "account", principal.actor().userId()));
          });
    }
    redirect.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String username = Accounts.normalise(request.getParameter("username"));
    Optional<Account> account = accounts.byUsername(username);
    boolean throttled = exception instanceof LoginThrottledException;
    transaction.executeWithoutResult(
        status -> {
          if (!throttled) {
            throttle.recordFailure(username, request.getRemoteAddr());
          }
          audit.record(
              Optional.empty(),
              new AuditEntry(
                  throttled ? "LOGIN_THROTTLED" : "LOGIN_FAILED",
                  "account",
                  account.map(a -> String.valueOf(a.id())).orElse(null),
                  null,
                  account.isPresent() ? null : "unknown account"));
        });
    response.sendRedirect(
        request.getContextPath() + (throttled ? "/login?throttled" : "/login?error"));
  }

  @Override
  public void onLogoutSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal p) {
      transaction.executeWithoutResult(
          status ->
              audit.record(
                  Optional.of(p.actor()), AuditEntry.of("LOGOUT", "account", p.actor().userId())));
    }
    response.sendRedirect(request.getContextPath() + "/login?logout");
  }
}
