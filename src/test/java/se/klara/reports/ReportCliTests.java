package se.klara.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.klara.KlaraCli;
import se.klara.support.IntegrationTest;
import se.klara.support.TestDatabase;

/** {@code report followup} on the command line writes the PDF or the HTML of a year. */
class ReportCliTests extends IntegrationTest {
  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  @BeforeEach
  void capture() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setProperty("klara.db.url", TestDatabase.jdbcUrl());
    System.setProperty("klara.db.user", TestDatabase.user());
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.clearProperty("klara.db.url");
    System.clearProperty("klara.db.user");
  }

  @Test
  void thePdfAndTheHtmlOf2019AreWrittenWithTheSeedsFigures() throws Exception {
    Path pdf = dir.resolve("report.pdf");
    assertThat(
            KlaraCli.run(
                "report", "followup", "--area", "klara", "--year", "2019", "--out", pdf.toString()))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Wrote")
        .contains("(pdf, 10 chapters)");
    assertThat(FollowUpReportTests.text(Files.readAllBytes(pdf)))
        .contains("1795 1625 1313 1137")
        .contains("Målet bedöms delvis uppnås.");

    Path html = dir.resolve("out/report.html");
    assertThat(
            KlaraCli.run(
                "report",
                "followup",
                "--area",
                "klara",
                "--year",
                "2019",
                "--out",
                html.toString(),
                "--format",
                "html"))
        .isZero();
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("4471").contains("<svg");
    assertThat(page).doesNotContain("@bottom-right"); // page rules are for the PDF only
  }

  @Test
  void anUnknownAreaOrAnImpossibleYearIsRefused() {
    Path file = dir.resolve("x.pdf");
    assertThat(
            KlaraCli.run(
                "report",
                "followup",
                "--area",
                "atlantis",
                "--year",
                "2019",
                "--out",
                file.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown area 'atlantis'.");
    assertThat(
            KlaraCli.run(
                "report", "followup", "--area", "klara", "--year", "19", "--out", file.toString()))
        .isEqualTo(2);
    assertThat(file).doesNotExist();
  }
}
