package se.klara.accounts;

import java.time.Instant;
import se.klara.shared.Role;

/** A user account as shown to administrators (never with its password hash). */
public record Account(
    long id,
    String username,
    String displayName,
    long organisationId,
    String organisationName,
    Role role,
    boolean enabled,
    boolean demo,
    Instant createdAt) {}
