package se.klara.accounts;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * The rule after the access spec: a request that no controller handles may pass, so that the user
 * sees an honest 404 rather than "no access"; a request that some handler would serve but that the
 * spec does not list is denied. Closed world stays closed: only nothing is reachable that way.
 */
class UnmappedRequests implements AuthorizationManager<RequestAuthorizationContext> {
  private final HandlerMappingIntrospector introspector;

  UnmappedRequests(HandlerMappingIntrospector introspector) {
    this.introspector = introspector;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    try {
      return new AuthorizationDecision(
          introspector.getMatchableHandlerMapping(context.getRequest()) == null);
    } catch (Exception e) {
      // e.g. a mapped path with an unsupported method: mapped, so not listed, so denied
      return new AuthorizationDecision(false);
    }
  }
}
