package se.klara.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klara.incidents.IncidentFixtures.importText;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.places.Places;
import se.klara.shared.DateRange;
import se.klara.shared.Sweref99Tm;
import se.klara.support.IntegrationTest;

/** The per-cell rollup that hot-spot maps read: exact against the raw points, local days. */
class IncidentCellsTests extends IntegrationTest {
  private static final String HEADER = "Tid,Prio,Händelse,Plats,Lat,Lon\n";
  private static final DateRange MARCH =
      new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

  @Autowired Areas areas;
  @Autowired Places places;
  @Autowired IncidentVocabulary vocabulary;
  @Autowired IncidentSources sources;
  @Autowired IncidentImports imports;
  @Autowired IncidentCells cells;
  @Autowired DataSource dataSource;

  private IncidentFixtures.TestArea test;

  @BeforeEach
  void freshArea() {
    test = IncidentFixtures.area(areas, places, vocabulary);
    sources.save(test.area(), "polisen", IncidentFixtures.policeMapping(), Optional.empty());
  }

  /** Two points a metre apart, one 20 m north, one on another day, one of another category. */
  private static final String FILE =
      HEADER
          + "2026-03-02 08:15,1,Narkotika,,59.00050,18.00050\n"
          + "2026-03-02 09:15,1,Narkotika,,59.00050,18.00051\n"
          + "2026-03-02 10:15,1,Narkotika,,59.00068,18.00050\n"
          + "2026-03-02 23:30,1,Narkotika,,59.00050,18.00050\n" // 23:30 local: still 2 March
          + "2026-03-03 00:30,1,Narkotika,,59.00050,18.00050\n" // 3 March
          + "2026-03-02 11:00,1,Misshandel grov,,59.00050,18.00050\n"
          + "2026-03-02 12:00,2,Narkotika,Torget,,\n"
          + "2026-03-02 13:00,2,Narkotika,Torget,,\n"
          + "2026-03-03 14:00,2,Narkotika,Hörnet,,\n"
          + "2026-03-03 15:00,2,Narkotika,,,\n";

  private static int[] finest(double latitude, double longitude) {
    double[] ne = Sweref99Tm.project(latitude, longitude);
    return new int[] {(int) Math.floor(ne[0] / 10), (int) Math.floor(ne[1] / 10)};
  }

  private Map<List<Integer>, Integer> cellsOf(DateRange range, Long category) {
    Map<List<Integer>, Integer> found = new HashMap<>();
    cells.cells(
        test.area().id(),
        range,
        category,
        (north, east, count) -> found.merge(List.of(north, east), count, Integer::sum));
    return found;
  }

  private long category(String code) {
    return vocabulary.categories(test.area().id()).stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void theCellsOfAnImportAreTheRawPointsCountedPerTenMetreCellAndLocalDay() {
    assertThat(importText(imports, test.area(), "polisen", FILE).problems()).isEmpty();
    int[] here = finest(59.00050, 18.00050);
    int[] north = finest(59.00068, 18.00050);
    assertThat(finest(59.00050, 18.00051)).isEqualTo(here); // 0.6 m apart: the same cell
    assertThat(north[0] - here[0]).isEqualTo(2); // 20 m north: two cells up
    long drugs = category("drug-dealing");

    assertThat(cellsOf(MARCH, null))
        .containsOnly(
            Map.entry(List.of(here[0], here[1]), 5), Map.entry(List.of(north[0], north[1]), 1));
    assertThat(cellsOf(MARCH, drugs))
        .containsOnly(
            Map.entry(List.of(here[0], here[1]), 4), Map.entry(List.of(north[0], north[1]), 1));
    DateRange second = new DateRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
    assertThat(cellsOf(second, drugs))
        .containsOnly(
            Map.entry(List.of(here[0], here[1]), 3), Map.entry(List.of(north[0], north[1]), 1));

    Map<Long, Long> pointless = new HashMap<>();
    pointless.put(test.torget().id(), 2L);
    pointless.put(test.hornet().id(), 1L);
    pointless.put(null, 1L);
    assertThat(cells.withoutPoint(test.area().id(), MARCH, drugs))
        .containsExactlyInAnyOrderEntriesOf(pointless);
    assertThat(cells.withoutPoint(test.area().id(), second, drugs))
        .containsExactlyInAnyOrderEntriesOf(Map.of(test.torget().id(), 2L));

    // The stored metres are the projection rounded down.
    double[] ne = Sweref99Tm.project(59.00068, 18.00050);
    assertThat(
            jdbc.sql(
                    "select north_m, east_m from incident where area_id = ? and latitude = 59.00068")
                .param(test.area().id())
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2)))
                .single())
        .containsExactly((int) Math.floor(ne[0]), (int) Math.floor(ne[1]));
  }

  @Test
  void incidentsImportedBeforeTheCellsExistedAreRolledUpByTheMigration() throws Exception {
    long importId = importText(imports, test.area(), "polisen", FILE).importId();
    Map<List<Integer>, Integer> before = cellsOf(MARCH, null);
    Map<Long, Long> pointlessBefore = cells.withoutPoint(test.area().id(), MARCH, null);
    // As the database looked before migration 33: no metres, no cell rows for this import.
    jdbc.sql("update incident set north_m = null, east_m = null where import_id = ?")
        .param(importId)
        .update();
    jdbc.sql("delete from incident_cell where import_id = ?").param(importId).update();
    jdbc.sql("delete from incident_unlocated where import_id = ?").param(importId).update();
    assertThat(cellsOf(MARCH, null)).isEmpty();

    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      IncidentCellsBackfill.backfill(connection);
      connection.commit();
    }

    assertThat(cellsOf(MARCH, null)).isEqualTo(before).hasSize(2);
    assertThat(cells.withoutPoint(test.area().id(), MARCH, null)).isEqualTo(pointlessBefore);
    List<Object> missing = new ArrayList<>();
    jdbc.sql("select id from incident where latitude is not null and north_m is null")
        .query((rs, n) -> missing.add(rs.getLong(1)))
        .list();
    assertThat(missing).isEmpty();
  }
}
