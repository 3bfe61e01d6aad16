package se.klara.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.klara.shared.DateRange;

/**
 * The incident data the analyses read (the incidents module's tables, read only): points of a
 * period for hot spots, and counts per named place from the daily rollup for displacement.
 */
@Repository
class AnalysisReads {
  private final JdbcClient jdbc;

  AnalysisReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Receives the coordinates of one incident. */
  interface PointSink {
    void accept(double latitude, double longitude);
  }

  private static java.sql.Timestamp start(java.time.LocalDate day) {
    return java.sql.Timestamp.from(day.atStartOfDay(DateRange.ZONE).toInstant());
  }

  /** Streams the coordinates of the incidents that have them (no grouping: one row each). */
  void points(long areaId, DateRange range, Long categoryId, PointSink sink) {
    jdbc.sql(
            """
            select latitude, longitude from incident
            where area_id = :area and occurred_at >= :from and occurred_at < :to
              and latitude is not null
              and (cast(:category as bigint) is null or category_id = :category)
            """)
        .param("area", areaId)
        .param("from", start(range.first()))
        .param("to", start(range.endExclusive()))
        .param("category", categoryId, java.sql.Types.BIGINT)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> sink.accept(rs.getDouble(1), rs.getDouble(2)));
  }

  /** Incidents without coordinates per named place (null: at no named place). */
  Map<Long, Long> withoutPoint(long areaId, DateRange range, Long categoryId) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    jdbc.sql(
            """
            select place_id, count(*) as count from incident
            where area_id = :area and occurred_at >= :from and occurred_at < :to
              and latitude is null
              and (cast(:category as bigint) is null or category_id = :category)
            group by place_id
            """)
        .param("area", areaId)
        .param("from", start(range.first()))
        .param("to", start(range.endExclusive()))
        .param("category", categoryId, java.sql.Types.BIGINT)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> counts.put(rs.getObject(1, Long.class), rs.getLong(2)));
    return counts;
  }

  /** Incidents per named place in the range, optionally of one category (daily rollup). */
  Map<Long, Long> byPlace(long areaId, DateRange range, Long categoryId) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    jdbc.sql(
            """
            select place_id, sum(count) as count from incident_day
            where area_id = :area and day between :first and :last and place_id is not null
              and (cast(:category as bigint) is null or category_id = :category)
            group by place_id
            """)
        .param("area", areaId)
        .param("first", range.first())
        .param("last", range.last())
        .param("category", categoryId, java.sql.Types.BIGINT)
        .query(
            (rs, n) -> {
              counts.put(rs.getLong("place_id"), rs.getLong("count"));
              return null;
            })
        .list();
    return counts;
  }
}
