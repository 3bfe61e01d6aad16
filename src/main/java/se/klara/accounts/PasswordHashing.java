package se.klara.accounts;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with OWASP's minimum (19 MiB, 2 iterations, 1 lane). Spring's own "v5_8" defaults are
 * below it. Hashes carry an {@code {argon2}} prefix so that parameters can be raised later.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {
  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;
  static final int PARALLELISM = 1;
  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;

  static Argon2PasswordEncoder argon2() {
    return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2()));
  }
}
