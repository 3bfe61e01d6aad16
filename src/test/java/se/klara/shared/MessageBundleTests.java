package se.klara.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.klara.directory.OrganisationKind;

/** Swedish and English are both complete, and every key the code asks for exists. */
class MessageBundleTests {
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path TEMPLATES = RESOURCES.resolve("templates");
  private static final Path JAVA = Path.of("src/main/java");

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void swedishAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
    Properties swedish = load("messages.properties");
    Properties english = load("messages_en.properties");
    assertThat(new TreeSet<>(swedish.stringPropertyNames()))
        .as("keys of messages.properties (sv) versus messages_en.properties")
        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    swedish.forEach((key, value) -> assertThat(value.toString()).as("sv %s", key).isNotBlank());
    english.forEach((key, value) -> assertThat(value.toString()).as("en %s", key).isNotBlank());
  }

  @Test
  void theTwoLanguagesAreActuallyTranslated() throws IOException {
    Properties swedish = load("messages.properties");
    Properties english = load("messages_en.properties");
    assertThat(swedish.getProperty("login.failed"))
        .isNotEqualTo(english.getProperty("login.failed"));
    assertThat(swedish.getProperty("login.failed")).startsWith("Fel användarnamn eller lösenord");
    assertThat(english.getProperty("login.failed")).startsWith("Wrong user name or password");
  }

  @Test
  void everyKeyUsedByTemplatesAndCodeExists() throws IOException {
    Set<String> used = new TreeSet<>();
    collect(TEMPLATES, Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]"), used);
    collect(TEMPLATES, Pattern.compile("#messages\\.msg\\('([a-zA-Z0-9._-]+)'"), used);
    collect(JAVA, Pattern.compile("new AccountException\\(\\s*\"[^\"]*\",\\s*\"([^\"]+)\""), used);
    collect(JAVA, Pattern.compile("rejectValue\\(\"[^\"]*\", \"([^\"]+)\""), used);
    collect(JAVA, Pattern.compile("addFlashAttribute\\(\"notice\", \"([^\"]+)\""), used);
    for (Role role : Role.values()) {
      used.add("role." + role.key());
      used.add("home.role." + role.key());
    }
    for (OrganisationKind kind : OrganisationKind.values()) {
      used.add("organisation.kind." + kind.name());
    }
    for (int status : new int[] {400, 401, 403, 404, 405, 500}) {
      used.add("error." + status + ".title");
      used.add("error." + status + ".text");
    }
    assertThat(used).hasSizeGreaterThan(60);
    Set<String> defined = load("messages.properties").stringPropertyNames();
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(defined);
    assertThat(missing).as("keys used but not defined").isEmpty();
  }

  private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          into.add(matcher.group(1));
        }
      }
    }
  }
}
