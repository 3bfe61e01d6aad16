package se.klara.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klara.privacy.PrivacyGuard;

/** Parsing and validating incident CSV without a database: what would be copied, and problems. */
class ImportRunTests {
  private static final SourceMapping MAPPING =
      new SourceMapping(
          SourceKind.POLICE_INCIDENT_REPORTS,
          "Tid",
          "Prio",
          "Typ",
          "Plats",
          null,
          null,
          null,
          Map.of("Rån", "robbery"),
          null);

  /** Captures what would go to COPY. */
  private static final class Capture implements ImportRun.Sink {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int cancelled;

    @Override
    public void write(byte[] data, int length) {
      bytes.write(data, 0, length);
    }

    @Override
    public void cancel() {
      cancelled++;
    }

    String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  private static ImportRun.Outcome read(SourceMapping mapping, String csv, Capture sink)
      throws IOException {
    ImportRun run =
        new ImportRun(
            new ImportRun.Target(7, 8, 9, true),
            mapping,
            Map.of("robbery", 101L, "theft", 102L),
            Map.of("stöld", 102L),
            new PlaceMatcher(Map.of("plattan", 55L), List.of(), List.of()),
            new PrivacyGuard(),
            ImportProgress.Listener.NONE);
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    return run.read(new ByteArrayInputStream(bytes), bytes.length, sink);
  }

  @Test
  void goodRowsBecomeCopyLinesWithIdsInUtc() throws IOException {
    Capture sink = new Capture();
    ImportRun.Outcome outcome =
        read(
            MAPPING,
            "Tid,Prio,Typ,Plats\n2026-07-01 12:00,2,rån,PLATTAN\n2026-01-01 00:30,,Stöld,\n",
            sink);
    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.rows()).isEqualTo(2);
    assertThat(outcome.sha256()).hasSize(64);
    assertThat(sink.cancelled).isZero();
    assertThat(sink.text())
        .isEqualTo(
            "7\t8\t9\t2026-07-01T10:00:00Z\t2\t101\t55\t\\N\t\\N\t\\N\t\\N\tt\n"
                + "7\t8\t9\t2025-12-31T23:30:00Z\t\\N\t102\t\\N\t\\N\t\\N\t\\N\t\\N\tt\n");
  }

  @Test
  void theFirstBadRowCancelsTheCopyAndReadingGoesOn() throws IOException {
    Capture sink = new Capture();
    ImportRun.Outcome outcome =
        read(
            MAPPING,
            "Tid,Prio,Typ,Plats\n2026-07-01 12:00,4,Rån,\n2026-07-01 12:00,1,Rån,\nx,1,Rån,\n",
            sink);
    assertThat(outcome.problems())
        .containsExactly(
            new ImportProblem(2, "Prio", "incidents.import.error.priority"),
            new ImportProblem(4, "Tid", "incidents.import.error.time"));
    assertThat(sink.cancelled).isEqualTo(1);
    assertThat(sink.text()).isEmpty();
    assertThat(outcome.sha256()).isNull();
  }

  @Test
  void anEmptyFileAndAMissingColumnAreFileProblems() throws IOException {
    assertThat(read(MAPPING, "", new Capture()).problems())
        .containsExactly(new ImportProblem(1, null, "incidents.import.error.empty"));
    assertThat(read(MAPPING, "Tid,Typ\n2026-07-01 12:00,Rån\n", new Capture()).problems())
        .containsExactly(
            new ImportProblem(1, "Prio", "incidents.import.error.missing-column"),
            new ImportProblem(1, "Plats", "incidents.import.error.missing-column"));
  }

  @Test
  void anUnclosedQuoteIsAMalformedLine() throws IOException {
    assertThat(
            read(MAPPING, "Tid,Prio,Typ,Plats\n2026-07-01 12:00,1,\"Rån,\n", new Capture())
                .problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly("incidents.import.error.malformed");
  }

  @Test
  void aPhoneNumberOrEmailInAnyColumnIsRefusedButTypedValuesAreNotGuarded() throws IOException {
    ImportRun.Outcome outcome =
        read(
            MAPPING,
            "Tid,Prio,Typ,Plats,Anteckning\n"
                + "2026-07-01 12:00,1,Rån,,ring 070-123 45 67\n"
                + "2026-07-01 12:00,1,Rån,,anna@example.org\n"
                + "2026-07-01 12:00,1,Rån,,lugnt\n",
            new Capture());
    assertThat(outcome.problems())
        .containsExactly(
            new ImportProblem(2, "Anteckning", "incidents.import.error.personal-data"),
            new ImportProblem(3, "Anteckning", "incidents.import.error.personal-data"));
    assertThat(ImportRun.plainTyped(0, "2026-07-01 12:00", 0, 1, 2, 3)).isTrue();
    assertThat(ImportRun.plainTyped(0, "19121212-1212", 0, 1, 2, 3)).isFalse();
    assertThat(ImportRun.plainDecimal("59,33240")).isTrue();
    assertThat(ImportRun.plainDecimal("-18.0")).isTrue();
    assertThat(ImportRun.plainDecimal("1912121212")).isFalse();
    assertThat(ImportRun.plainDecimal("5912.1212")).isFalse();
  }

  @Test
  void theDelimiterIsTheOneTheHeaderUsesMostOutsideQuotes() {
    assertThat(IncidentCsv.delimiter("a,b,c")).isEqualTo(',');
    assertThat(IncidentCsv.delimiter("a;b;c")).isEqualTo(';');
    assertThat(IncidentCsv.delimiter("\"a,b,c\";d")).isEqualTo(';');
    assertThat(IncidentCsv.delimiter("tid")).isEqualTo(',');
  }

  @Test
  void timesAreLocalSwedishUnlessTheyCarryAnOffset() {
    IncidentCsv.TimeParser iso = new IncidentCsv.TimeParser(null);
    assertThat(iso.parse("2026-07-01 12:00")).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
    assertThat(iso.parse("2026-07-01T12:00:30")).isEqualTo(Instant.parse("2026-07-01T10:00:30Z"));
    assertThat(iso.parse("2026-07-01T12:00:00+00:00"))
        .isEqualTo(Instant.parse("2026-07-01T12:00:00Z"));
    assertThat(iso.parse("2026-07-01 12:00Z")).isEqualTo(Instant.parse("2026-07-01T12:00:00Z"));
    assertThat(iso.parse("2026-02-30 12:00")).isNull();
    assertThat(iso.parse("2026-07-01 25:00")).isNull();
    assertThat(iso.parse("1/7 12:00")).isNull();
    assertThat(IncidentCsv.TimeParser.isoLocal("2026-07-01 12:00"))
        .isEqualTo(LocalDateTime.of(2026, 7, 1, 12, 0));
    // Digits in the right places, but no such month or hour: not a time (a row error).
    assertThat(IncidentCsv.TimeParser.isoLocal("2021-13-45 25:99")).isNull();
    assertThat(iso.parse("2021-13-45 25:99")).isNull();
    IncidentCsv.TimeParser custom = new IncidentCsv.TimeParser("dd.MM.yyyy HH:mm");
    assertThat(custom.parse("01.07.2026 12:00")).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
    assertThat(custom.parse("2026-07-01T12:00:00+02:00"))
        .isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
  }

  @Test
  void mappingJsonRoundTripsAndRefusesWhatIsIncomplete() {
    String json =
        """
        {"kind": "GUARD_LOG",
         "columns": {"time": "Tid", "category": "Typ", "latitude": "Lat", "longitude": "Lon"},
         "categories": {" Bråk ": "fight"}, "defaultCategory": "other"}
        """;
    SourceMapping mapping = SourceMappingJson.read(json);
    assertThat(mapping.kind()).isEqualTo(SourceKind.GUARD_LOG);
    assertThat(mapping.categories()).containsExactly(Map.entry("bråk", "fight"));
    assertThat(mapping.latitudeColumn()).isEqualTo("Lat");
    assertThat(SourceMappingJson.read(SourceMappingJson.write(mapping))).isEqualTo(mapping);
    assertThat(
            catchThrowableOfType(
                    IncidentException.class,
                    () -> SourceMappingJson.read("{\"columns\": {\"time\": \"Tid\"}}"))
                .messageKey())
        .isEqualTo("incidents.mapping.error.category-column");
    assertThat(
            catchThrowableOfType(
                    IncidentException.class,
                    () ->
                        SourceMappingJson.read(
                            "{\"columns\": {\"time\": \"T\", \"category\": \"C\", \"latitude\": \"L\"}}"))
                .messageKey())
        .isEqualTo("incidents.mapping.error.coordinates");
    assertThat(
            catchThrowableOfType(IncidentException.class, () -> SourceMappingJson.read("[1]"))
                .messageKey())
        .isEqualTo("incidents.mapping.error.json");
  }

  @Test
  void distancesAreMetresOnTheGround() {
    assertThat(PlaceMatcher.metres(59.0, 18.0, 59.0, 18.001)).isBetween(56.0, 58.0);
  }
}
