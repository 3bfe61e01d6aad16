package se.klara.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user may do in Klara. One role per user; areas are granted separately by membership. */
public enum Role {
  /** Runs the installation: accounts, areas, metrics. */
  ADMIN,
  /** Runs an area: actors, forums, goals, follow-up (kommunpolis, trygghetssamordnare). */
  COORDINATOR,
  /** Works in the field: files observations, reads the situation picture. */
  FIELD,
  /** Receives action items for what their organisation owns. */
  OWNER,
  /** Sits in the steering group: reads goal status and follow-up. */
  STEERING,
  /** Businesses and hotels invited to the broad forum: limited access. */
  PARTNER;

  /** The Spring Security authority name, e.g. {@code ROLE_FIELD}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Lower-case name as used in the access spec, the CLI and message keys. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key().equalsIgnoreCase(key.trim())).findFirst();
  }
}
