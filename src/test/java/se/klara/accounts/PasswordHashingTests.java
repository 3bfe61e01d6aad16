package se.klara.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTests {
  private final PasswordEncoder encoder = new PasswordHashing().passwordEncoder();

  @Test
  void hashesAreArgon2idWithAtLeast19MibTwoIterationsAndOneLane() {
    String hash = encoder.encode("korrekt häst batteri häftklammer");
    assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(encoder.matches("korrekt häst batteri häftklammer", hash)).isTrue();
    assertThat(encoder.matches("korrekt häst batteri häftklammeR", hash)).isFalse();
  }

  @Test
  void nothingOfALongPasswordIsIgnored() {
    String base = "a".repeat(127);
    String hash = encoder.encode(base + "1");
    assertThat(encoder.matches(base + "1", hash)).isTrue();
    assertThat(encoder.matches(base + "2", hash)).isFalse();
    assertThat(encoder.matches(base, hash)).isFalse();
  }

  @Test
  void theSameSaltIsNeverUsedTwice() {
    assertThat(encoder.encode("samma lösenord")).isNotEqualTo(encoder.encode("samma lösenord"));
  }

  @Test
  void passwordsMustBe8To128CharactersCountingLettersNotBytes() {
    PasswordPolicy.check("password", "åäöåäöåä".toCharArray());
    PasswordPolicy.check("password", "x".repeat(128).toCharArray());
    assertThatThrownBy(() -> PasswordPolicy.check("password", "sju tkn".toCharArray()))
        .isInstanceOfSatisfying(
            AccountException.class,
            e -> {
              assertThat(e.field()).isEqualTo("password");
              assertThat(e.messageKey()).isEqualTo("password.too-short");
              assertThat(e.arguments()).containsExactly(8);
            });
    assertThatThrownBy(() -> PasswordPolicy.check("password", "x".repeat(129).toCharArray()))
        .isInstanceOfSatisfying(
            AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("password.too-long"));
    assertThatThrownBy(() -> PasswordPolicy.check("password", "          ".toCharArray()))
        .isInstanceOfSatisfying(
            AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("password.blank"));
  }
}
