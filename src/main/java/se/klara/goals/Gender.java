package se.klara.goals;

import java.util.Optional;

/** Kolada's gender split: T total, K women, M men. */
public enum Gender {
  T,
  K,
  M;

  public static Optional<Gender> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(T);
    }
    return switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "T" -> Optional.of(T);
      case "K" -> Optional.of(K);
      case "M" -> Optional.of(M);
      default -> Optional.empty();
    };
  }
}
