package se.klara.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the actor of the current request from the security context. */
public final class CurrentActor {
  private CurrentActor() {}

  public static Optional<Actor> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal p) {
      return Optional.of(p.actor());
    }
    return Optional.empty();
  }

  /** The actor, or an exception when called outside an authenticated request. */
  public static Actor require() {
    return get().orElseThrow(() -> new IllegalStateException("no signed-in actor"));
  }
}
