package se.klara.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.places.Places;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;
import se.klara.support.IntegrationTest;

/** A generated file of 200 000 rows: every row stored, and the rollups add up to the raw rows. */
class LargeIncidentImportTests extends IntegrationTest {
  static final int ROWS = 200_000;
  private static final String[] PLACES = {"Torget", "Hörnet", "Parken", "", "Nedre plan"};
  private static final String[] TEXTS = {
    "Misshandel grov", "Narkotika", "Stöld", "Rån", "Klotter", "Ordningsstörning", "Bråk"
  };

  @Autowired Areas areas;
  @Autowired Places places;
  @Autowired IncidentVocabulary vocabulary;
  @Autowired IncidentSources sources;
  @Autowired IncidentImports imports;
  @Autowired IncidentStatistics statistics;
  @Autowired IncidentCells cells;

  @Test
  void twoHundredThousandRowsAreStoredAndTheRollupsAddUpToThem(@TempDir Path dir)
      throws IOException {
    IncidentFixtures.TestArea test = IncidentFixtures.area(areas, places, vocabulary);
    sources.save(test.area(), "polisen", IncidentFixtures.policeMapping(), Optional.empty());
    Path file = write(dir.resolve("incidents.csv"), ROWS, 42);
    ImportResult result =
        imports.importFile(
            test.area(), "polisen", file, Optional.empty(), false, ImportProgress.Listener.NONE);
    System.out.printf(
        "Imported %d rows (%d MB) in %d ms: %.0f rows/s%n",
        result.rows(), Files.size(file) >> 20, result.elapsed().toMillis(), result.rowsPerSecond());

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).isEqualTo(ROWS);
    long raw =
        jdbc.sql("select count(*) from incident where area_id = ?")
            .param(test.area().id())
            .query(Long.class)
            .single();
    assertThat(raw).isEqualTo(ROWS);
    DateRange all = new DateRange(LocalDate.of(2023, 12, 31), LocalDate.of(2026, 1, 1));
    assertThat(statistics.weekHours(test.area(), null, all).total()).isEqualTo(ROWS);
    assertThat(statistics.daily(test.area(), null, all).stream().mapToLong(DailyCount::count).sum())
        .isEqualTo(ROWS);
    assertThat(
            statistics.weekly(test.area(), all.first(), all.last()).stream()
                .mapToLong(DailyCount::count)
                .sum())
        .isEqualTo(ROWS);
    assertThat(
            statistics.bySource(test.area(), null, all).stream()
                .mapToLong(SourceCount::count)
                .sum())
        .isEqualTo(ROWS);
    long atPlaces =
        jdbc.sql("select count(*) from incident where area_id = ? and place_id is not null")
            .param(test.area().id())
            .query(Long.class)
            .single();
    assertThat(
            statistics.byPlace(test.area(), all).values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(atPlaces)
        .isGreaterThan(ROWS / 2);
    long placeHours =
        jdbc.sql("select sum(h) from incident_place_hour, unnest(hours) h where area_id = ?")
            .param(test.area().id())
            .query(Long.class)
            .single();
    assertThat(placeHours).isEqualTo(atPlaces);

    // Counted in the importer while streaming, the rollups equal a recomputation from the rows.
    assertRollupsEqualARecomputation(test.area().id());

    assertCellsEqualARecomputation(test.area().id(), all);
  }

  /** Every row is in the cell rollup once: in its cell if it has a point, else without one. */
  private void assertCellsEqualARecomputation(long areaId, DateRange all) {
    java.util.Map<java.util.List<Integer>, Long> counted = new java.util.HashMap<>();
    cells.cells(
        areaId,
        all,
        null,
        (north, east, count) ->
            counted.merge(java.util.List.of(north, east), (long) count, Long::sum));
    java.util.Map<java.util.List<Integer>, Long> recomputed = new java.util.HashMap<>();
    jdbc.sql(
            """
            select floor(north_m / 10.0)::int, floor(east_m / 10.0)::int, count(*)
            from incident where area_id = ? and north_m is not null group by 1, 2
            """)
        .param(areaId)
        .query(
            (rs, n) -> recomputed.put(java.util.List.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3)))
        .list();
    assertThat(counted).isEqualTo(recomputed).hasSizeGreaterThan(100);
    java.util.Map<Long, Long> pointless = new java.util.HashMap<>();
    jdbc.sql(
            "select place_id, count(*) from incident where area_id = ? and north_m is null"
                + " group by 1")
        .param(areaId)
        .query((rs, n) -> pointless.put(rs.getObject(1, Long.class), rs.getLong(2)))
        .list();
    assertThat(cells.withoutPoint(areaId, all, null)).isEqualTo(pointless).hasSize(4);
  }

  @Test
  void anImportWithMoreDistinctCountsThanMemoryAllowsRollsUpFromItsRows(@TempDir Path dir)
      throws IOException {
    IncidentFixtures.TestArea test = IncidentFixtures.area(areas, places, vocabulary);
    sources.save(test.area(), "polisen", IncidentFixtures.policeMapping(), Optional.empty());
    Path file = write(dir.resolve("many.csv"), 20_000, 7);
    imports.rollupCountLimit(600);
    imports.cellSpill(500); // and the cell counts written out to a file every 500 cells
    ImportResult result;
    try {
      result =
          imports.importFile(
              test.area(), "polisen", file, Optional.empty(), false, ImportProgress.Listener.NONE);
    } finally {
      imports.rollupCountLimit(RollupCounts.DEFAULT_LIMIT);
      imports.cellSpill(ImportCells.DEFAULT_SPILL);
    }
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).isEqualTo(20_000);
    assertRollupsEqualARecomputation(test.area().id());
    DateRange all = new DateRange(LocalDate.of(2023, 12, 31), LocalDate.of(2026, 1, 1));
    assertCellsEqualARecomputation(test.area().id(), all);
    long rows =
        jdbc.sql("select count(*) from incident_cell where import_id = ?")
            .param(result.importId())
            .query(Long.class)
            .single();
    long days =
        jdbc.sql("select count(distinct (category_id, day)) from incident_cell where import_id = ?")
            .param(result.importId())
            .query(Long.class)
            .single();
    assertThat(rows).as("written out in several batches").isGreaterThan(days);
  }

  private void assertRollupsEqualARecomputation(long areaId) {
    String[][] recomputed = {
      {
        """
        select place_id, category_id, source_id, day, sum(count) from incident_day
        where area_id = :a group by 1, 2, 3, 4
        """,
        """
        select place_id, category_id, source_id,
               (occurred_at at time zone 'Europe/Stockholm')::date, count(*)
        from incident where area_id = :a group by 1, 2, 3, 4
        """
      },
      {
        """
        select place_id, day, h.hour - 1, h.count from incident_place_hour,
               unnest(hours) with ordinality as h(count, hour)
        where area_id = :a and h.count > 0
        """,
        """
        select place_id, (occurred_at at time zone 'Europe/Stockholm')::date,
               extract(hour from occurred_at at time zone 'Europe/Stockholm')::int, count(*)
        from incident where area_id = :a and place_id is not null group by 1, 2, 3
        """
      },
      {
        """
        select day, h.hour - 1, h.count from incident_area_hour,
               unnest(hours) with ordinality as h(count, hour)
        where area_id = :a and h.count > 0
        """,
        """
        select (occurred_at at time zone 'Europe/Stockholm')::date,
               extract(hour from occurred_at at time zone 'Europe/Stockholm')::int, count(*)
        from incident where area_id = :a group by 1, 2
        """
      },
      {
        """
        select category_id, day, h.hour - 1, h.count from incident_category_hour,
               unnest(hours) with ordinality as h(count, hour)
        where area_id = :a and h.count > 0
        """,
        """
        select category_id, (occurred_at at time zone 'Europe/Stockholm')::date,
               extract(hour from occurred_at at time zone 'Europe/Stockholm')::int, count(*)
        from incident where area_id = :a group by 1, 2, 3
        """
      },
      {
        "select category_id, week, count from incident_week where area_id = :a",
        """
        select category_id,
               date_trunc('week', occurred_at at time zone 'Europe/Stockholm')::date, count(*)
        from incident where area_id = :a group by 1, 2
        """
      }
    };
    for (String[] pair : recomputed) {
      long differing =
          jdbc.sql(
                  "select count(*) from ((("
                      + pair[0]
                      + ") except all ("
                      + pair[1]
                      + ")) union all (("
                      + pair[1]
                      + ") except all ("
                      + pair[0]
                      + "))) d")
              .param("a", areaId)
              .query(Long.class)
              .single();
      assertThat(differing).as("rows that differ: %s", pair[0]).isZero();
    }
  }

  private static Path write(Path file, int rows, long seed) throws IOException {
    Random random = new Random(seed);
    LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Tid,Prio,Händelse,Plats,Lat,Lon\n");
      for (int i = 0; i < rows; i++) {
        LocalDateTime time = start.plusMinutes(random.nextInt(2 * 366 * 24 * 60));
        out.write(time.toLocalDate() + " " + time.toLocalTime() + ",");
        out.write(random.nextInt(4) == 0 ? "" : Integer.toString(1 + random.nextInt(3)));
        out.write("," + TEXTS[random.nextInt(TEXTS.length)] + ",");
        out.write(PLACES[random.nextInt(PLACES.length)]);
        if (random.nextInt(3) == 0) {
          out.write(
              String.format(
                  Locale.ROOT,
                  ",%.5f,%.5f\n",
                  59.0 + random.nextDouble() * 0.002,
                  18.0 + random.nextDouble() * 0.006));
        } else {
          out.write(",,\n");
        }
      }
    }
    return file;
  }
}
