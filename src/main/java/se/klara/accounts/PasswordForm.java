package se.klara.accounts;

import jakarta.validation.constraints.NotEmpty;

/** The change-password form. Length rules live in {@link PasswordPolicy}. */
record PasswordForm(
    @NotEmpty String current, @NotEmpty String replacement, @NotEmpty String confirmation) {}
