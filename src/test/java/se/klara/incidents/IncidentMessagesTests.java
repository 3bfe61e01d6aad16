package se.klara.incidents;

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

/** Every message key the incidents code and templates name exists in Swedish and English. */
class IncidentMessagesTests {
  private static final Pattern KEY = Pattern.compile("\"(incidents\\.[a-zA-Z0-9.-]+[a-zA-Z0-9])\"");
  private static final Pattern TEMPLATE_KEY =
      Pattern.compile("#\\{(incidents\\.[a-zA-Z0-9.-]+)[}(]");

  @Test
  void everyKeyUsedExistsInBothLanguages() throws IOException {
    Set<String> used = new TreeSet<>();
    collect(Path.of("src/main/java/se/klara/incidents"), KEY, used);
    collect(Path.of("src/main/resources/templates/incidents"), TEMPLATE_KEY, used);
    for (ImportStatus status : ImportStatus.values()) {
      used.add("incidents.status." + status.name());
    }
    for (SourceKind kind : SourceKind.values()) {
      used.add("incidents.kind." + kind.name());
    }
    assertThat(used).hasSizeGreaterThan(20);
    for (String bundle : new String[] {"incidents.properties", "incidents_en.properties"}) {
      Properties properties = new Properties();
      try (Reader reader =
          Files.newBufferedReader(
              Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(properties.stringPropertyNames());
      assertThat(missing).as("keys missing in %s", bundle).isEmpty();
    }
  }

  private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
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
