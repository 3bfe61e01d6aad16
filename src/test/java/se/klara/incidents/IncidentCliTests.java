package se.klara.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.KlaraCli;
import se.klara.areas.Areas;
import se.klara.places.Places;
import se.klara.support.IntegrationTest;
import se.klara.support.TestDatabase;

/** {@code incidents source} and {@code import incidents} on the command line. */
class IncidentCliTests extends IntegrationTest {
  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final Locale originalLocale = Locale.getDefault();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Autowired Areas areas;
  @Autowired Places places;
  @Autowired IncidentVocabulary vocabulary;
  @Autowired IncidentStatistics statistics;
  @Autowired IncidentSources sources;

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
    Locale.setDefault(originalLocale);
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.clearProperty("klara.db.url");
    System.clearProperty("klara.db.user");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aSourceIsDefinedFromJsonAndAFileImportedWithASummary() throws IOException {
    IncidentFixtures.TestArea test = IncidentFixtures.area(areas, places, vocabulary);
    String area = test.area().slug();
    Path mapping =
        write(
            "mapping.json",
            """
            {"kind": "REPORTED_CRIMES",
             "columns": {"time": "Tid", "category": "Brott", "place": "Plats"},
             "categories": {"Misshandel": "assault"}, "defaultCategory": "other"}
            """);
    assertThat(
            KlaraCli.run(
                "incidents",
                "source",
                "--area",
                area,
                "--name",
                "anmalda",
                "--mapping",
                mapping.toString()))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Source anmalda (REPORTED_CRIMES) saved in " + area);

    Path file =
        write(
            "brott.csv",
            "Tid;Brott;Plats\n2026-02-02 10:00;Misshandel;Torget\n2026-02-02 11:00;Rån;\n"
                + "2026-02-03 11:00;Annat;Hörnet\n");
    int exit =
        KlaraCli.run(
            "import",
            "incidents",
            "--area",
            area,
            "--source",
            "anmalda",
            "--file",
            file.toString());
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("Imported 3 rows from brott.csv into " + area + " \\(source anmalda");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("3 rows, done.");
    assertThat(
            statistics.bySource(
                test.area(),
                null,
                se.klara.shared.DateRange.lastDays(java.time.LocalDate.of(2026, 2, 3), 2)))
        .containsExactly(
            new SourceCount("anmalda", "assault", 1),
            new SourceCount("anmalda", "robbery", 1),
            new SourceCount("anmalda", "other", 1));
  }

  @Test
  void aFailedImportListsItsErrorsOneALineAndExitsNonZero() throws IOException {
    Locale.setDefault(Locale.US);
    IncidentFixtures.TestArea test = IncidentFixtures.area(areas, places, vocabulary);
    sources.save(test.area(), "polisen", IncidentFixtures.policeMapping(), Optional.empty());
    Path file =
        write(
            "bad.csv",
            "Tid,Prio,Händelse,Plats,Lat,Lon\n2026-02-02 10:00,1,Rån,,,\n2026-02-02 10:00,5,Rån,,,\n"
                + "soon,1,Rån,,,\n");
    int exit =
        KlaraCli.run(
            "import",
            "incidents",
            "--area",
            test.area().slug(),
            "--source",
            "polisen",
            "--file",
            file.toString());
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("failed, nothing was stored (2 errors")
        .contains("  line 3, column Prio: The priority must be 1, 2 or 3.")
        .contains("  line 4, column Tid: The time cannot be read");
    assertThat(
            jdbc.sql("select count(*) from incident where area_id = ?")
                .param(test.area().id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anUnknownSourceOrAreaIsAUsageError() throws IOException {
    Path file = write("x.csv", "Tid\n");
    assertThat(
            KlaraCli.run(
                "import",
                "incidents",
                "--area",
                "nowhere",
                "--source",
                "x",
                "--file",
                file.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown area 'nowhere'.");
  }
}
