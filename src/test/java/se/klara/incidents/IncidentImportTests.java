package se.klara.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klara.incidents.IncidentFixtures.importText;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.places.PlaceDraft;
import se.klara.places.Places;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;
import se.klara.shared.WeekHourMatrix;
import se.klara.support.IntegrationTest;

/** Importing incident files on the real PostgreSQL: all or nothing, rollups exact. */
class IncidentImportTests extends IntegrationTest {
  private static final String HEADER = "Tid,Prio,Händelse,Plats,Lat,Lon\n";

  @Autowired Areas areas;
  @Autowired Places places;
  @Autowired IncidentVocabulary vocabulary;
  @Autowired IncidentSources sources;
  @Autowired IncidentImports imports;
  @Autowired IncidentStatistics statistics;

  private IncidentFixtures.TestArea test;

  @BeforeEach
  void freshArea() {
    test = IncidentFixtures.area(areas, places, vocabulary);
    sources.save(test.area(), "polisen", IncidentFixtures.policeMapping(), Optional.empty());
  }

  private long rawRows() {
    return jdbc.sql("select count(*) from incident where area_id = ?")
        .param(test.area().id())
        .query(Long.class)
        .single();
  }

  @Test
  void aGoodFileIsStoredAndEveryStatisticReadsExactRollups() {
    // Monday 2026-03-02 and Tuesday 2026-03-03 (CET, +01:00); Sunday 2026-03-29 is the DST day.
    String csv =
        HEADER
            + "2026-03-02 08:15,1,Misshandel grov,Torget,,\n"
            + "2026-03-02 08:45,2,  MISSHANDEL grov ,nedre plan,,\n"
            + "2026-03-02 23:30,,Narkotika,Hörnet,,\n"
            + "2026-03-03T07:00:00Z,3,Stöld,,,\n"
            + "2026-03-03 10:00,1,Narkotika,,59.0005,18.0005\n";
    ImportResult result = importText(imports, test.area(), "polisen", csv);

    assertThat(result.problems()).isEmpty();
    assertThat(result.status()).isEqualTo(ImportStatus.SUCCEEDED);
    assertThat(result.rows()).isEqualTo(5);
    assertThat(rawRows()).isEqualTo(5);

    DateRange march = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    assertThat(statistics.categories(test.area()))
        .extracting(IncidentCategory::code)
        .startsWith("violent-crime", "assault")
        .hasSize(20);
    assertThat(statistics.daily(test.area(), null, march))
        .containsExactly(
            new DailyCount("assault", LocalDate.of(2026, 3, 2), 2),
            new DailyCount("drug-dealing", LocalDate.of(2026, 3, 2), 1),
            new DailyCount("drug-dealing", LocalDate.of(2026, 3, 3), 1),
            new DailyCount("theft", LocalDate.of(2026, 3, 3), 1));
    assertThat(statistics.daily(test.area(), test.torget().id(), march))
        .containsExactly(
            new DailyCount("assault", LocalDate.of(2026, 3, 2), 2),
            new DailyCount("drug-dealing", LocalDate.of(2026, 3, 3), 1));

    WeekHourMatrix area = statistics.weekHours(test.area(), null, march);
    assertThat(area.total()).isEqualTo(5);
    assertThat(area.get(DayOfWeek.MONDAY, 8)).isEqualTo(2);
    assertThat(area.get(DayOfWeek.MONDAY, 23)).isEqualTo(1);
    assertThat(area.get(DayOfWeek.TUESDAY, 8)).isEqualTo(1); // 07:00Z = 08:00 CET
    assertThat(area.get(DayOfWeek.TUESDAY, 10)).isEqualTo(1);
    WeekHourMatrix torget = statistics.weekHours(test.area(), test.torget().id(), march);
    assertThat(torget.total()).isEqualTo(3);
    assertThat(torget.get(DayOfWeek.MONDAY, 8)).isEqualTo(2);
    assertThat(torget.get(DayOfWeek.TUESDAY, 10)).isEqualTo(1);
    assertThat(
            statistics.weekHours(test.area(), null, DateRange.lastDays(march.first(), 1)).total())
        .isZero();

    assertThat(statistics.byPlace(test.area(), march))
        .containsExactlyInAnyOrderEntriesOf(Map.of(test.torget().id(), 3L, test.hornet().id(), 1L));
    assertThat(
            statistics.byPlace(
                test.area(), new DateRange(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3))))
        .containsExactly(Map.entry(test.torget().id(), 1L));

    assertThat(statistics.bySource(test.area(), null, march))
        .containsExactly(
            new SourceCount("polisen", "assault", 2),
            new SourceCount("polisen", "drug-dealing", 2),
            new SourceCount("polisen", "theft", 1));
    assertThat(statistics.bySource(test.area(), test.hornet().id(), march))
        .containsExactly(new SourceCount("polisen", "drug-dealing", 1));

    // Weeks: both days are in the ISO week of Monday 2 March.
    assertThat(statistics.weekly(test.area(), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4)))
        .containsExactly(
            new DailyCount("assault", LocalDate.of(2026, 3, 2), 2),
            new DailyCount("drug-dealing", LocalDate.of(2026, 3, 2), 2),
            new DailyCount("theft", LocalDate.of(2026, 3, 2), 1));
    assertThat(statistics.weekly(test.area(), LocalDate.of(2026, 3, 9), LocalDate.of(2027, 1, 1)))
        .isEmpty();

    ImportSummary summary = imports.byId(test.area().id(), result.importId()).orElseThrow();
    assertThat(summary.status()).isEqualTo(ImportStatus.SUCCEEDED);
    assertThat(summary.rows()).isEqualTo(5);
    assertThat(summary.sourceName()).isEqualTo("polisen");
  }

  @Test
  void aSecondImportAddsToTheSameRollupRows() {
    importText(imports, test.area(), "polisen", HEADER + "2026-04-01 12:00,1,Stöld,Torget,,\n");
    importText(imports, test.area(), "polisen", HEADER + "2026-04-01 12:30,2,Stöld,Torget,,\n");
    DateRange day = new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1));
    assertThat(statistics.daily(test.area(), null, day))
        .containsExactly(new DailyCount("theft", LocalDate.of(2026, 4, 1), 2));
    assertThat(
            statistics.weekHours(test.area(), test.torget().id(), day).get(DayOfWeek.WEDNESDAY, 12))
        .isEqualTo(2);
  }

  @Test
  void aBadRowStoresNothingAndNamesItsLineAndColumn() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 1000; i++) {
      csv.append("2026-03-02 08:15,1,Stöld,Torget,,\n");
    }
    csv.append("2026-03-02 08:15,7,Stöld,Torget,,\n"); // line 1002
    for (int i = 0; i < 10; i++) {
      csv.append("2026-03-02 08:15,1,Stöld,Torget,,\n");
    }
    ImportResult result = importText(imports, test.area(), "polisen", csv.toString());

    assertThat(result.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(result.problems())
        .containsExactly(new ImportProblem(1002, "Prio", "incidents.import.error.priority"));
    assertThat(rawRows()).isZero();
    assertThat(
            statistics
                .weekHours(test.area(), null, DateRange.lastDays(LocalDate.of(2026, 3, 31), 31))
                .total())
        .isZero();
    ImportSummary summary = imports.byId(test.area().id(), result.importId()).orElseThrow();
    assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(summary.problems()).containsExactlyElementsOf(result.problems());
  }

  @Test
  void everyKindOfBadCellIsReportedWithItsColumn() {
    String csv =
        HEADER
            + "igår,1,Stöld,Torget,,\n" // 2
            + "2026-03-02 08:15,1,Cykelstöld,Torget,,\n" // 3: unmapped, no default
            + "2026-03-02 08:15,1,,Torget,,\n" // 4
            + "2026-03-02 08:15,1,Stöld,Torget,91,18\n" // 5
            + "2026-03-02 08:15,1,Stöld,Torget,59.1,\n" // 6
            + "2026-03-02 08:15,1,Stöld\n"; // 7
    ImportResult result = importText(imports, test.area(), "polisen", csv);
    assertThat(result.problems())
        .containsExactly(
            new ImportProblem(2, "Tid", "incidents.import.error.time"),
            new ImportProblem(3, "Händelse", "incidents.import.error.category-unmapped"),
            new ImportProblem(4, "Händelse", "incidents.import.error.category-missing"),
            new ImportProblem(5, "Lat", "incidents.import.error.coordinates"),
            new ImportProblem(6, "Lat", "incidents.import.error.coordinates"),
            new ImportProblem(7, null, "incidents.import.error.column-count"));
    assertThat(rawRows()).isZero();
  }

  @Test
  void onlyTheFirstHundredErrorsAreCollected() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 250; i++) {
      csv.append("2026-03-02 08:15,9,Stöld,Torget,,\n");
    }
    ImportResult result = importText(imports, test.area(), "polisen", csv.toString());
    assertThat(result.problems()).hasSize(IncidentImports.MAX_PROBLEMS);
    assertThat(result.problems().get(0).line()).isEqualTo(2);
    assertThat(result.problems().get(99).line()).isEqualTo(101);
    assertThat(imports.byId(test.area().id(), result.importId()).orElseThrow().errorCount())
        .isEqualTo(100);
    assertThat(rawRows()).isZero();
  }

  @Test
  void theSameContentIsRefusedAsADuplicateTheSecondTime() {
    String csv = HEADER + "2026-03-02 08:15,1,Stöld,Torget,,\n";
    assertThat(importText(imports, test.area(), "polisen", csv).status())
        .isEqualTo(ImportStatus.SUCCEEDED);
    ImportResult second = importText(imports, test.area(), "polisen", csv);
    assertThat(second.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(second.problems())
        .containsExactly(new ImportProblem(0, null, "incidents.import.error.duplicate"));
    assertThat(rawRows()).isEqualTo(1);
    // Other content is welcome.
    assertThat(importText(imports, test.area(), "polisen", csv + "\n").status())
        .isEqualTo(ImportStatus.SUCCEEDED);
  }

  @Test
  void aFailedImportDoesNotBlockTheSameContentLater() {
    String csv = HEADER + "2026-03-02 08:15,1,Stöld,Torget,,\n";
    sources.save(
        test.area(),
        "polisen",
        new SourceMapping(
            SourceKind.OTHER, "Saknas", null, "Händelse", null, null, null, null, Map.of(), null),
        Optional.empty());
    assertThat(importText(imports, test.area(), "polisen", csv).problems())
        .containsExactly(new ImportProblem(1, "Saknas", "incidents.import.error.missing-column"));
    sources.save(test.area(), "polisen", IncidentFixtures.policeMapping(), Optional.empty());
    assertThat(importText(imports, test.area(), "polisen", csv).status())
        .isEqualTo(ImportStatus.SUCCEEDED);
  }

  @Test
  void aHeaderThatLooksLikeAnIdentityColumnRefusesTheFile() {
    String csv = "Tid,Prio,Händelse,Plats,Lat,Lon,Personnummer\n2026-03-02 08:15,1,Stöld,,,,x\n";
    ImportResult result = importText(imports, test.area(), "polisen", csv);
    assertThat(result.problems())
        .containsExactly(
            new ImportProblem(1, "Personnummer", "incidents.import.error.identity-column"));
    assertThat(rawRows()).isZero();
    assertThat(IncidentCsv.isIdentityColumn("pnr")).isTrue();
    assertThat(IncidentCsv.isIdentityColumn("Förnamn")).isTrue();
    assertThat(IncidentCsv.isIdentityColumn("misstänkt_personnr")).isTrue();
    assertThat(IncidentCsv.isIdentityColumn("Namn")).isTrue();
    assertThat(IncidentCsv.isIdentityColumn("Platsnamn")).isFalse();
    assertThat(IncidentCsv.isIdentityColumn("Händelse")).isFalse();
  }

  @Test
  void aCellThePrivacyGuardBlocksRefusesTheFileWithoutEchoingTheValue() {
    String csv =
        HEADER
            + "2026-03-02 08:15,1,Stöld,Torget,,\n"
            + "2026-03-02 08:15,1,Stöld,19121212-1212,,\n";
    ImportResult result = importText(imports, test.area(), "polisen", csv);
    assertThat(result.problems())
        .containsExactly(new ImportProblem(3, "Plats", "incidents.import.error.personal-data"));
    assertThat(rawRows()).isZero();
    String stored =
        jdbc.sql("select errors::text from incident_import where id = ?")
            .param(result.importId())
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain("1212");
  }

  @Test
  void aFileNameWithAnIdentityNumberIsNotListed() {
    byte[] csv = (HEADER + "2026-03-02 08:15,1,Stöld,,,\n").getBytes(StandardCharsets.UTF_8);
    long id =
        imports.prepare(
            test.area(),
            "polisen",
            "C:\\export\\anmälan 19121212-1212.csv",
            Optional.empty(),
            false);
    imports.run(id, new ByteArrayInputStream(csv), csv.length, ImportProgress.Listener.NONE);
    assertThat(imports.byId(test.area().id(), id).orElseThrow().fileName()).isNull();
    long other =
        imports.prepare(
            test.area(), "polisen", "/tmp/export/vecka-10.csv", Optional.empty(), false);
    assertThat(imports.byId(test.area().id(), other).orElseThrow().fileName())
        .isEqualTo("vecka-10.csv");
  }

  @Test
  void placesAreMatchedByAliasOutlineAndNearestPoint() {
    String csv =
        HEADER
            + "2026-05-04 10:00,1,Stöld,NEDRE PLAN,,\n" // alias
            + "2026-05-04 10:00,1,Stöld,okänd plats,59.0009,18.0019\n" // inside the outline
            + "2026-05-04 10:00,1,Stöld,,59.0005,18.0035\n" // 57 m from Hörnet
            + "2026-05-04 10:00,1,Stöld,,59.0005,18.0080\n" // 200 m from Hörnet: none
            + "2026-05-04 10:00,1,Stöld,parken,,\n"; // slug, any case
    assertThat(importText(imports, test.area(), "polisen", csv).problems()).isEmpty();
    Map<Long, Long> places =
        jdbc
            .sql("select place_id, count(*) from incident where area_id = ? group by place_id")
            .param(test.area().id())
            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(places)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                test.torget().id(),
                2L,
                test.hornet().id(),
                1L,
                test.parken().id(),
                1L,
                0L,
                1L)); // getLong of null is 0: the one at no named place
    DateRange day = DateRange.lastDays(LocalDate.of(2026, 5, 4), 1);
    assertThat(statistics.weekHours(test.area(), null, day).total()).isEqualTo(5);
    assertThat(
            statistics.byPlace(test.area(), day).values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(4);
  }

  @Test
  void theHeatMapOfOneCategoryCountsOnlyThatCategoryInLocalHours() {
    String csv =
        HEADER
            + "2026-05-04 10:00,1,Misshandel grov,Torget,,\n"
            + "2026-05-04 22:30,1,Misshandel grov,,59.0100,18.0500\n"
            + "2026-05-05 00:15,2,Misshandel grov,,,\n"
            + "2026-05-04 10:05,1,Narkotika,Hörnet,,\n";
    assertThat(importText(imports, test.area(), "polisen", csv).problems()).isEmpty();
    DateRange twoDays = new DateRange(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5));
    WeekHourMatrix assault = statistics.weekHours(test.area(), twoDays, "assault");
    WeekHourMatrix expected = new WeekHourMatrix();
    expected.add(DayOfWeek.MONDAY, 10, 1);
    expected.add(DayOfWeek.MONDAY, 22, 1);
    expected.add(DayOfWeek.TUESDAY, 0, 1);
    assertThat(assault).isEqualTo(expected);
    assertThat(statistics.weekHours(test.area(), twoDays, "drug-dealing").get(DayOfWeek.MONDAY, 10))
        .isEqualTo(1);
    assertThat(statistics.weekHours(test.area(), twoDays, "theft").total()).isZero();
    assertThat(statistics.weekHours(test.area(), twoDays, "no-such-category").total()).isZero();
  }

  @Test
  void aPointPlaceInsideAnOutlineTakesTheIncidentsRightBesideIt() {
    // Like Plattan within the outline of Sergels torg: a place marked only by a point.
    places.saveAll(
        test.area().id(),
        List.of(
            new PlaceDraft(
                "scenen", "Scenen", "torget", List.of(), 59.0002, 18.0002, null, Map.of())));
    long scenen = places.bySlug(test.area().id(), "scenen").orElseThrow().id();
    String csv =
        HEADER
            + "2026-05-04 10:00,1,Stöld,,59.0003,18.0003\n" // 13 m from Scenen, inside the outline
            + "2026-05-04 11:00,1,Stöld,,59.0009,18.0019\n"; // inside, 100 m from Scenen
    assertThat(importText(imports, test.area(), "polisen", csv).problems()).isEmpty();
    assertThat(
            jdbc.sql("select place_id from incident where area_id = ? order by occurred_at")
                .param(test.area().id())
                .query(Long.class)
                .list())
        .containsExactly(scenen, test.torget().id());
  }

  @Test
  void semicolonFilesWithAByteOrderMarkAndDecimalCommasAreRead() {
    String csv =
        "\uFEFFTid;Prio;Händelse;Plats;Lat;Lon\n"
            + "2026-03-02 08:15;1;\"Misshandel; grov\";;\"59,0005\";\"18,0010\"\n"
            + "2026-03-02 09:15;;Stöld;Hörnet;;\n";
    sources.save(
        test.area(),
        "polisen",
        IncidentFixtures.policeMapping(Map.of("Misshandel; grov", "assault"), "other"),
        Optional.empty());
    ImportResult result = importText(imports, test.area(), "polisen", csv);
    assertThat(result.problems()).isEmpty();
    DateRange day = DateRange.lastDays(LocalDate.of(2026, 3, 2), 1);
    assertThat(statistics.byPlace(test.area(), day))
        .containsExactlyInAnyOrderEntriesOf(Map.of(test.torget().id(), 1L, test.hornet().id(), 1L));
    assertThat(statistics.daily(test.area(), null, day))
        .extracting(DailyCount::code)
        .containsExactly("assault", "theft");
  }

  @Test
  void aDefaultCategoryTakesUnmappedTextsAndACustomTimeFormatIsLocalTime() {
    sources.save(
        test.area(),
        "vakter",
        new SourceMapping(
            SourceKind.GUARD_LOG,
            "Datum",
            null,
            "Typ",
            null,
            null,
            null,
            "dd/MM/yyyy HH.mm",
            Map.of("Bråk", "fight"),
            "other"),
        Optional.empty());
    String csv = "Datum,Typ\n29/03/2026 01.30,Bråk\n29/03/2026 03.30,Något annat\n";
    assertThat(importText(imports, test.area(), "vakter", csv).problems()).isEmpty();
    // 29 March 2026 is the switch to summer time: 01:30 +01:00 and 03:30 +02:00, one hour apart.
    assertThat(
            jdbc.sql(
                    "select extract(epoch from max(occurred_at) - min(occurred_at)) from incident"
                        + " where area_id = ?")
                .param(test.area().id())
                .query(Double.class)
                .single())
        .isEqualTo(3600.0);
    assertThat(
            statistics.bySource(
                test.area(), null, DateRange.lastDays(LocalDate.of(2026, 3, 29), 1)))
        .containsExactly(
            new SourceCount("vakter", "fight", 1), new SourceCount("vakter", "other", 1));
  }

  @Test
  void anUnknownCategoryCodeInAMappingIsRefused() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                IncidentException.class,
                () ->
                    sources.save(
                        test.area(),
                        "fel",
                        new SourceMapping(
                            null,
                            "Tid",
                            null,
                            "Typ",
                            null,
                            null,
                            null,
                            null,
                            Map.of("x", "no-such-code"),
                            null),
                        Optional.empty())))
        .extracting(IncidentException::messageKey)
        .isEqualTo("incidents.mapping.error.unknown-category");
  }

  @Test
  void progressIsReportedWhileReading() {
    StringBuilder csv = new StringBuilder(HEADER);
    IntStream.range(0, 60_000)
        .forEach(i -> csv.append("2026-06-0").append(1 + i % 9).append(" 12:00,1,Stöld,,,\n"));
    byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<ImportProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    long id = imports.prepare(test.area(), "polisen", "big.csv", Optional.empty(), false);
    ImportResult result =
        imports.run(id, new java.io.ByteArrayInputStream(bytes), bytes.length, seen::add);
    assertThat(result.rows()).isEqualTo(60_000);
    assertThat(seen).isNotEmpty();
    ImportProgress last = seen.get(seen.size() - 1);
    assertThat(last.phase()).isEqualTo(ImportProgress.Phase.DONE);
    assertThat(last.rows()).isEqualTo(60_000);
    assertThat(last.percent()).isEqualTo(100);
    assertThat(seen.stream().map(ImportProgress::phase)).contains(ImportProgress.Phase.ROLLING_UP);
  }
}
