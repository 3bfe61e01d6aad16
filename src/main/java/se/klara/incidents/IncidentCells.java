package se.klara.incidents;

import java.nio.ByteBuffer;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.shared.DateRange;
import se.klara.shared.Sweref99Tm;

/**
 * Where incidents happened, for hot-spot maps: counts per {@value #CELL_METRES} m cell of SWEREF 99
 * TM (EPSG:3006) per area, category and local day, rolled up when a file is imported (tables {@code
 * incident_cell} and {@code incident_unlocated}, see docs/architecture.md). A grid of any multiple
 * of {@value #CELL_METRES} m whose lines lie on multiples of its cell size in SWEREF 99 TM is
 * summed from these cells exactly, without reading the incidents one by one.
 */
@Service
@Transactional(readOnly = true)
public class IncidentCells {
  /** The side of the finest cell, in metres. */
  public static final int CELL_METRES = 10;

  private final JdbcClient jdbc;

  IncidentCells(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Receives the count of one finest cell (cell indexes: metres / {@value #CELL_METRES}). */
  public interface CellSink {
    void accept(int north, int east, int count);
  }

  /**
   * A point's SWEREF 99 TM northing and easting in whole metres (rounded down), or null when the
   * point is too far from Sweden for the projection to give a usable value.
   */
  static int[] metres(double latitude, double longitude) {
    double[] ne = Sweref99Tm.project(latitude, longitude);
    if (!usable(ne[0]) || !usable(ne[1])) {
      return null;
    }
    return new int[] {(int) Math.floor(ne[0]), (int) Math.floor(ne[1])};
  }

  private static boolean usable(double metres) {
    // Within ±20 000 km of the projection's origin: any point near enough to Sweden to mean
    // something there (and a cell index that fits the import's 22-bit keys, see ImportCells).
    return Double.isFinite(metres) && Math.abs(metres) < 2e7;
  }

  /** Receives the count of one finest cell on one local day. */
  public interface CellDaySink {
    void accept(LocalDate day, int north, int east, int count);
  }

  /** The finest cells of incidents with a point in the range: a call per import, day and cell. */
  public void cells(long areaId, DateRange range, Long categoryId, CellSink sink) {
    cellDays(
        areaId, range, categoryId, (day, north, east, count) -> sink.accept(north, east, count));
  }

  /** As {@link #cells}, with the local day of each count. */
  public void cellDays(long areaId, DateRange range, Long categoryId, CellDaySink sink) {
    jdbc.sql(
            """
            select day, cells from incident_cell
            where area_id = :area and day between :first and :last
              and (cast(:category as bigint) is null or category_id = :category)
            """)
        .param("area", areaId)
        .param("first", range.first())
        .param("last", range.last())
        .param("category", categoryId, Types.BIGINT)
        .query(
            (RowCallbackHandler)
                rs -> {
                  LocalDate day = rs.getObject(1, LocalDate.class);
                  ByteBuffer cells = ByteBuffer.wrap(rs.getBytes(2));
                  while (cells.remaining() >= 12) {
                    sink.accept(day, cells.getInt(), cells.getInt(), cells.getInt());
                  }
                });
  }

  /** Receives the incidents without a point of one named place (null: none) on one local day. */
  public interface PlaceDaySink {
    void accept(LocalDate day, Long placeId, long count);
  }

  /** Incidents without a point in the range per named place and local day. */
  public void withoutPointByDay(long areaId, DateRange range, Long categoryId, PlaceDaySink sink) {
    jdbc.sql(
            """
            select day, place_id, sum(count) from incident_unlocated
            where area_id = :area and day between :first and :last
              and (cast(:category as bigint) is null or category_id = :category)
            group by day, place_id
            """)
        .param("area", areaId)
        .param("first", range.first())
        .param("last", range.last())
        .param("category", categoryId, Types.BIGINT)
        .query(
            (RowCallbackHandler)
                rs ->
                    sink.accept(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, Long.class),
                        rs.getLong(3)));
  }

  /** Incidents without a point in the range per named place (null key: at no named place). */
  public Map<Long, Long> withoutPoint(long areaId, DateRange range, Long categoryId) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    jdbc.sql(
            """
            select place_id, sum(count) from incident_unlocated
            where area_id = :area and day between :first and :last
              and (cast(:category as bigint) is null or category_id = :category)
            group by place_id
            """)
        .param("area", areaId)
        .param("first", range.first())
        .param("last", range.last())
        .param("category", categoryId, Types.BIGINT)
        .query((RowCallbackHandler) rs -> counts.put(rs.getObject(1, Long.class), rs.getLong(2)));
    return counts;
  }

  /**
   * Rolls up one import's stored rows into the cell tables in one pass grouped in the database.
   * Imports count their cells while streaming ({@link ImportCells}); this is for rows stored before
   * the cell tables existed (migration 35) and checks the importer's counts in tests.
   */
  static void rollUp(JdbcClient tx, long areaId, long importId) {
    tx.sql(
            """
            with grouped as (
              select category_id, day, place_id, n, e, count(*) as count
              from (select category_id,
                           (occurred_at at time zone 'Europe/Stockholm')::date as day,
                           case when north_m is null then place_id end as place_id,
                           floor(north_m::float8 / 10)::int as n,
                           floor(east_m::float8 / 10)::int as e
                    from incident where import_id = :import) r
              group by 1, 2, 3, 4, 5),
            located as (
              insert into incident_cell (area_id, import_id, category_id, day, cells)
              select :area, :import, category_id, day,
                     string_agg(int4send(n) || int4send(e) || int4send(count::int), ''::bytea
                                order by n, e)
              from grouped where n is not null
              group by category_id, day)
            insert into incident_unlocated (area_id, import_id, place_id, category_id, day, count)
            select :area, :import, place_id, category_id, day, count
            from grouped where n is null
            """)
        .param("area", areaId)
        .param("import", importId)
        .update();
  }
}
