package se.klara.analysis;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** Where incidents happened: coordinates, or the named place when they have none. */
  record Located(Double latitude, Double longitude, Long placeId, long count) {}

  List<Located> located(long areaId, DateRange range, Long categoryId) {
    Instant from = range.first().atStartOfDay(DateRange.ZONE).toInstant();
    Instant to = range.endExclusive().atStartOfDay(DateRange.ZONE).toInstant();
    return jdbc.sql(
            """
            select latitude, longitude, case when latitude is null then place_id end as place_id,
                   count(*) as count
            from incident
            where area_id = :area and occurred_at >= :from and occurred_at < :to
              and (cast(:category as bigint) is null or category_id = :category)
            group by 1, 2, 3
            """)
        .param("area", areaId)
        .param("from", java.sql.Timestamp.from(from))
        .param("to", java.sql.Timestamp.from(to))
        .param("category", categoryId, java.sql.Types.BIGINT)
        .query(
            (rs, n) ->
                new Located(
                    rs.getObject("latitude", Double.class),
                    rs.getObject("longitude", Double.class),
                    rs.getObject("place_id", Long.class),
                    rs.getLong("count")))
        .list();
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
