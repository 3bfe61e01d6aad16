package se.klara.incidents;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.klara.areas.Area;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;
import se.klara.shared.WeekHourMatrix;

/**
 * Aggregate incident counts of an area, read from rollups (never the raw incident table). A null
 * {@code placeId} means the whole area; days and hours are local time in {@link DateRange#ZONE}.
 */
@Service
public class IncidentStatistics {
  private final JdbcClient jdbc;
  private final IncidentVocabulary vocabulary;

  IncidentStatistics(JdbcClient jdbc, IncidentVocabulary vocabulary) {
    this.jdbc = jdbc;
    this.vocabulary = vocabulary;
  }

  /** The area's incident categories, in their order. */
  public List<IncidentCategory> categories(Area area) {
    return vocabulary.categories(area.id());
  }

  /** Counts per category code and day within the range (days without incidents are absent). */
  public List<DailyCount> daily(Area area, Long placeId, DateRange range) {
    return jdbc.sql(
            """
            select c.code, d.day, sum(d.count) as count
            from incident_day d join incident_category c on c.id = d.category_id
            where d.area_id = :area and d.day between :first and :last
              and (cast(:place as bigint) is null or d.place_id = :place)
            group by c.code, d.day order by d.day, c.code
            """)
        .param("area", area.id())
        .param("first", range.first())
        .param("last", range.last())
        .param("place", placeId)
        .query(
            (rs, n) ->
                new DailyCount(
                    rs.getString("code"),
                    rs.getObject("day", LocalDate.class),
                    rs.getLong("count")))
        .list();
  }

  /** Counts by weekday and hour of day within the range. */
  public WeekHourMatrix weekHours(Area area, Long placeId, DateRange range) {
    String sql =
        placeId == null
            ? """
              select day, hours from incident_area_hour
              where area_id = :area and day between :first and :last
              """
            : """
              select day, hours from incident_place_hour
              where area_id = :area and place_id = :place and day between :first and :last
              """;
    var statement = jdbc.sql(sql).param("area", area.id());
    if (placeId != null) {
      statement = statement.param("place", placeId);
    }
    return dayHours(statement, range);
  }

  /**
   * Incidents of one category (by code) in the whole area by weekday and hour of day within the
   * range: when it happens. An unknown code gives an empty matrix.
   */
  public WeekHourMatrix weekHours(Area area, DateRange range, String categoryCode) {
    return dayHours(
        jdbc.sql(
                """
                select h.day, h.hours from incident_category_hour h
                join incident_category c on c.id = h.category_id
                where h.area_id = :area and c.area_id = :area and c.code = :code
                  and h.day between :first and :last
                """)
            .param("area", area.id())
            .param("code", categoryCode),
        range);
  }

  /** Adds up rows of (day, 24 hour counts) from an hour rollup within the range. */
  private static WeekHourMatrix dayHours(JdbcClient.StatementSpec statement, DateRange range) {
    WeekHourMatrix matrix = new WeekHourMatrix();
    statement
        .param("first", range.first())
        .param("last", range.last())
        .query(
            (rs, n) -> {
              DayOfWeek day = rs.getObject("day", LocalDate.class).getDayOfWeek();
              Integer[] hours = (Integer[]) rs.getArray("hours").getArray();
              for (int hour = 0; hour < 24; hour++) {
                matrix.add(day, hour, hours[hour]);
              }
              return null;
            })
        .list();
    return matrix;
  }

  /** Counts per named place within the range (incidents at no named place are left out). */
  public Map<Long, Long> byPlace(Area area, DateRange range) {
    return byPlace(area, range, null);
  }

  /** Counts per named place within the range, of one category (by id) or all (null). */
  public Map<Long, Long> byPlace(Area area, DateRange range, Long categoryId) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    jdbc.sql(
            """
            select place_id, sum(count) as count from incident_day
            where area_id = :area and day between :first and :last and place_id is not null
              and (cast(:category as bigint) is null or category_id = :category)
            group by place_id order by place_id
            """)
        .param("area", area.id())
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

  /** Counts per source and category within the range: what each source saw. */
  public List<SourceCount> bySource(Area area, Long placeId, DateRange range) {
    return jdbc.sql(
            """
            select s.name, c.code, sum(d.count) as count
            from incident_day d
              join incident_source s on s.id = d.source_id
              join incident_category c on c.id = d.category_id
            where d.area_id = :area and d.day between :first and :last
              and (cast(:place as bigint) is null or d.place_id = :place)
            group by s.name, c.code, c.position order by s.name, c.position, c.code
            """)
        .param("area", area.id())
        .param("first", range.first())
        .param("last", range.last())
        .param("place", placeId)
        .query((rs, n) -> new SourceCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
        .list();
  }

  /**
   * Counts per category code and ISO week (the day of each count is the week's Monday) for the
   * weeks that overlap {@code from}..{@code to}, for long trends such as ten years.
   */
  public List<DailyCount> weekly(Area area, LocalDate from, LocalDate to) {
    LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return jdbc.sql(
            """
            select c.code, w.week, w.count
            from incident_week w join incident_category c on c.id = w.category_id
            where w.area_id = ? and w.week between ? and ?
            order by w.week, c.position, c.code
            """)
        .params(area.id(), monday, to)
        .query(
            (rs, n) ->
                new DailyCount(
                    rs.getString("code"),
                    rs.getObject("week", LocalDate.class),
                    rs.getLong("count")))
        .list();
  }
}
