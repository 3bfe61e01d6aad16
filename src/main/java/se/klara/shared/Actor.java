package se.klara.shared;

import java.util.Objects;

/**
 * The signed-in user as other modules see them: who acts, for which organisation, in which role.
 */
public record Actor(
    long userId,
    String username,
    String displayName,
    long organisationId,
    String organisationName,
    Role role) {

  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
  }

  public boolean is(Role other) {
    return role == other;
  }
}
