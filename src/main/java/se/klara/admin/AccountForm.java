package se.klara.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.klara.accounts.NewAccount;
import se.klara.shared.Role;

/** The new-account form; the password rules are checked by the accounts module. */
record AccountForm(
    @NotBlank @Size(max = 63) String username,
    @NotBlank @Size(max = 100) String displayName,
    @NotNull Long organisationId,
    @NotNull Role role,
    List<Long> areaIds,
    @NotBlank String password) {

  static AccountForm empty() {
    return new AccountForm("", "", null, Role.FIELD, List.of(), "");
  }

  NewAccount toNewAccount() {
    return new NewAccount(
        username, displayName, organisationId, role, password.toCharArray(), areaIds, false);
  }
}
