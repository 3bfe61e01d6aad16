package se.klara.accounts;

import java.util.List;
import java.util.Objects;
import se.klara.shared.Role;

/** What it takes to open an account. The password is checked against the policy on creation. */
public record NewAccount(
    String username,
    String displayName,
    long organisationId,
    Role role,
    char[] password,
    List<Long> areaIds,
    boolean demo) {

  public NewAccount {
    Objects.requireNonNull(role, "role");
    areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
  }
}
