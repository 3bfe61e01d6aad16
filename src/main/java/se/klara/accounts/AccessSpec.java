package se.klara.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import se.klara.shared.Role;

/**
 * The closed-world access spec: every HTTP endpoint with the roles that may use it, read from
 * {@code security/access-spec.txt}. The security filter chain is built from it and denies
 * everything else; a test proves every endpoint is listed and answers as listed.
 */
record AccessSpec(List<Rule> rules) {
  static final String LOCATION = "security/access-spec.txt";

  /** Who may use an endpoint: everyone (also anonymous), any signed-in user, or some roles. */
  enum Audience {
    PUBLIC,
    AUTHENTICATED,
    ROLES
  }

  record Rule(HttpMethod method, String pattern, Audience audience, Set<Role> roles, int line) {
    boolean allows(Role role) {
      return switch (audience) {
        case PUBLIC, AUTHENTICATED -> true;
        case ROLES -> roles.contains(role);
      };
    }

    boolean allowsAnonymous() {
      return audience == Audience.PUBLIC;
    }
  }

  static AccessSpec load() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(LOCATION).getInputStream(), StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + LOCATION, e);
    }
  }

  static AccessSpec parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int lineNumber = i + 1;
      String[] words = line.split("\\s+");
      if (words.length < 3) {
        throw new IllegalStateException(
            LOCATION + " line " + lineNumber + ": expected METHOD PATTERN AUDIENCE...");
      }
      HttpMethod method = HttpMethod.valueOf(words[0]);
      String pattern = words[1];
      List<String> audience = Arrays.asList(words).subList(2, words.length);
      if (audience.equals(List.of("public"))) {
        rules.add(new Rule(method, pattern, Audience.PUBLIC, Set.of(), lineNumber));
      } else if (audience.equals(List.of("authenticated"))) {
        rules.add(new Rule(method, pattern, Audience.AUTHENTICATED, Set.of(), lineNumber));
      } else {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String word : audience) {
          roles.add(
              Role.fromKey(word)
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              LOCATION + " line " + lineNumber + ": unknown role " + word)));
        }
        rules.add(new Rule(method, pattern, Audience.ROLES, Set.copyOf(roles), lineNumber));
      }
    }
    return new AccessSpec(List.copyOf(rules));
  }
}
