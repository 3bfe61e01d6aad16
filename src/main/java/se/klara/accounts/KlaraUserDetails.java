package se.klara.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.klara.shared.Actor;
import se.klara.shared.ActorPrincipal;

/** The principal of a signed-in session. The hash is erased once sign-in has checked it. */
final class KlaraUserDetails implements UserDetails, CredentialsContainer, ActorPrincipal {
  private final Actor actor;
  private final boolean enabled;
  private String passwordHash;

  KlaraUserDetails(Account account, String passwordHash) {
    this.actor =
        new Actor(
            account.id(),
            account.username(),
            account.displayName(),
            account.organisationId(),
            account.organisationName(),
            account.role());
    this.enabled = account.enabled();
    this.passwordHash = passwordHash;
  }

  @Override
  public Actor actor() {
    return actor;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(actor.role().authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KlaraUserDetails that && that.actor.userId() == actor.userId();
  }

  @Override
  public int hashCode() {
    return Long.hashCode(actor.userId());
  }

  @Override
  public String toString() {
    return "KlaraUserDetails[" + actor.userId() + "]";
  }
}
