package se.klara.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code klara privacy check}: one JSON object per input line, never the text. */
class PrivacyCommandTests {
  private final PrintStream originalOut = System.out;
  private final InputStream originalIn = System.in;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setIn(originalIn);
  }

  private int check(String input) {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    return new CommandLine(new PrivacyCommand()).execute("check");
  }

  @Test
  void printsTheActionAndLabelsOfEveryLineAndNeverTheText() {
    String input =
        String.join(
            "\n",
            "5 pojkar 13–15 år vid Plattan",
            "Tolvan har 19121212-1212",
            "",
            "ring 070-174 06 10 eller mejla info@example.org",
            "Ahmed heter han, växel 08-508 290 00",
            "１２１２１２\u200B－１２１２",
            "Klara kyrkogård 2026-11-27 23:30\r");
    assertThat(check(input)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).split("\\R"))
        .containsExactly(
            "{\"line\":1,\"action\":\"ALLOW\",\"labels\":[]}",
            "{\"line\":2,\"action\":\"BLOCK\",\"labels\":[\"PERSONAL_IDENTITY_NUMBER\"]}",
            "{\"line\":3,\"action\":\"ALLOW\",\"labels\":[]}",
            "{\"line\":4,\"action\":\"BLOCK\",\"labels\":[\"MOBILE_PHONE\",\"EMAIL\"]}",
            "{\"line\":5,\"action\":\"WARN\",\"labels\":[\"FIRST_NAME\",\"NAMING_WORD\",\"LANDLINE_PHONE\"]}",
            "{\"line\":6,\"action\":\"BLOCK\",\"labels\":[\"PERSONAL_IDENTITY_NUMBER\"]}",
            "{\"line\":7,\"action\":\"ALLOW\",\"labels\":[]}");
  }

  @Test
  void emptyInputPrintsNothing() {
    assertThat(check("")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void helpDescribesTheOutput() {
    assertThat(new CommandLine(new PrivacyCommand()).execute("check", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Usage: privacy check")
        .contains("ALLOW, WARN or BLOCK");
  }
}
