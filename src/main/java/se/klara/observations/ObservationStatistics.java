package se.klara.observations;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
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
 * Aggregate counts of an area's field observations, read from rollups that are kept up to date in
 * the transaction that records or corrects an observation. A null {@code placeId} means the whole
 * area; an observation counts on the local day and hour its time window starts.
 */
@Service
public class ObservationStatistics {
  private final JdbcClient jdbc;

  ObservationStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Per phenomenon code and day: how many observations reported the phenomenon. Days on which a
   * phenomenon was not reported are absent; ordered by day, then by the vocabulary's order.
   */
  public List<DailyCount> daily(Area area, Long placeId, DateRange range) {
    return jdbc.sql(
            """
            select ph.code, r.day, sum(r.observations) as count
            from observation_rollup_phenomenon r
            join observation_phenomenon ph on ph.id = r.phenomenon_id
            where r.area_id = :area and r.day between :first and :last
              and (cast(:place as bigint) is null or r.place_id = :place)
            group by ph.code, r.day, ph.position, ph.id
            order by r.day, ph.position, ph.id
            """)
        .params(parameters(area, placeId, range))
        .query(
            (rs, n) -> new DailyCount(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getLong(3)))
        .list();
  }

  /** Observations by weekday and hour of day within the range. */
  public WeekHourMatrix weekHours(Area area, Long placeId, DateRange range) {
    WeekHourMatrix matrix = new WeekHourMatrix();
    jdbc.sql(
            """
            select extract(isodow from day)::int as weekday, hour, sum(observations)
            from observation_rollup_hour
            where area_id = :area and day between :first and :last
              and (cast(:place as bigint) is null or place_id = :place)
            group by 1, 2
            """)
        .params(parameters(area, placeId, range))
        .query(
            (rs, n) -> {
              matrix.add(DayOfWeek.of(rs.getInt(1)), rs.getInt(2), rs.getLong(3));
              return null;
            })
        .list();
    return matrix;
  }

  /**
   * Observations that reported one phenomenon (by code), by weekday and hour of day within the
   * range: when it is seen. An unknown code gives an empty matrix.
   */
  public WeekHourMatrix weekHours(Area area, Long placeId, DateRange range, String phenomenon) {
    WeekHourMatrix matrix = new WeekHourMatrix();
    Map<String, Object> parameters = parameters(area, placeId, range);
    parameters.put("code", phenomenon);
    jdbc.sql(
            """
            select extract(isodow from r.day)::int as weekday, r.hour, sum(r.observations)
            from observation_rollup_phenomenon_hour r
            join observation_phenomenon ph on ph.id = r.phenomenon_id
            where r.area_id = :area and ph.area_id = :area and ph.code = :code
              and r.day between :first and :last
              and (cast(:place as bigint) is null or r.place_id = :place)
            group by 1, 2
            """)
        .params(parameters)
        .query(
            (rs, n) -> {
              matrix.add(DayOfWeek.of(rs.getInt(1)), rs.getInt(2), rs.getLong(3));
              return null;
            })
        .list();
    return matrix;
  }

  /** Observations per place within the range (places without observations are absent). */
  public Map<Long, Long> byPlace(Area area, DateRange range) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    jdbc.sql(
            """
            select place_id, sum(observations) from observation_rollup_hour
            where area_id = :area and day between :first and :last
            group by place_id order by place_id
            """)
        .params(parameters(area, null, range))
        .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2)))
        .list();
    return Collections.unmodifiableMap(counts);
  }

  /** People counted, by gender and age band, within the range. */
  public PeopleCounts people(Area area, Long placeId, DateRange range) {
    Map<Gender, Map<AgeBand, Long>> cells = new EnumMap<>(Gender.class);
    jdbc.sql(
            """
            select gender, age_band, sum(people) from observation_rollup_people
            where area_id = :area and day between :first and :last
              and (cast(:place as bigint) is null or place_id = :place)
            group by gender, age_band
            """)
        .params(parameters(area, placeId, range))
        .query(
            (rs, n) ->
                cells
                    .computeIfAbsent(
                        Gender.valueOf(rs.getString(1)), g -> new EnumMap<>(AgeBand.class))
                    .put(AgeBand.valueOf(rs.getString(2)), rs.getLong(3)))
        .list();
    return new PeopleCounts(cells);
  }

  /**
   * What each reporting organisation saw within the range, ordered by organisation name.
   * Organisations that filed nothing there are absent; {@code phenomena} holds only the phenomena
   * an organisation reported.
   */
  public List<OrganisationView> byOrganisation(Area area, Long placeId, DateRange range) {
    Map<String, Object> parameters = parameters(area, placeId, range);
    Map<Long, Map<String, Long>> phenomena = new HashMap<>();
    jdbc.sql(
            """
            select r.organisation_id, ph.code, sum(r.observations)
            from observation_rollup_phenomenon r
            join observation_phenomenon ph on ph.id = r.phenomenon_id
            where r.area_id = :area and r.day between :first and :last
              and (cast(:place as bigint) is null or r.place_id = :place)
            group by r.organisation_id, ph.code
            """)
        .params(parameters)
        .query(
            (rs, n) ->
                phenomena
                    .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .put(rs.getString(2), rs.getLong(3)))
        .list();
    return jdbc.sql(
            """
            select r.organisation_id, org.name, sum(r.observations), sum(r.people),
                   sum(r.new_faces_yes), sum(r.new_faces_no)
            from observation_rollup_organisation r
            join organisation org on org.id = r.organisation_id
            where r.area_id = :area and r.day between :first and :last
              and (cast(:place as bigint) is null or r.place_id = :place)
            group by r.organisation_id, org.name
            order by org.name, r.organisation_id
            """)
        .params(parameters)
        .query(
            (rs, n) ->
                new OrganisationView(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getLong(3),
                    phenomena.getOrDefault(rs.getLong(1), Map.of()),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6)))
        .list();
  }

  /**
   * Where the people met came from, as the observations in the range told it: per origin, how many
   * people, most first (ties by origin). Only observations by the organisation named {@code
   * organisation} when it is not null. An observation counts on the local day its window starts.
   */
  public Map<String, Long> origins(Area area, DateRange range, String organisation) {
    Map<String, Object> parameters = parameters(area, null, range);
    parameters.put("organisation", organisation);
    Map<String, Long> totals = new LinkedHashMap<>();
    jdbc.sql(
            """
            select oo.origin, sum(oo.count) as total
            from observation_origin oo
            join observation o on o.id = oo.observation_id
            join organisation org on org.id = o.organisation_id
            where o.area_id = :area
              and (o.window_start at time zone 'Europe/Stockholm')::date between :first and :last
              and (cast(:organisation as text) is null or org.name = :organisation)
            group by oo.origin
            order by total desc, oo.origin
            """)
        .params(parameters)
        .query((rs, n) -> totals.put(rs.getString(1), rs.getLong(2)))
        .list();
    return Collections.unmodifiableMap(totals);
  }

  /** The names of the organisations whose observations in the area say where people came from. */
  public List<String> organisationsWithOrigins(Area area) {
    return jdbc.sql(
            """
            select distinct org.name from observation_origin oo
            join observation o on o.id = oo.observation_id
            join organisation org on org.id = o.organisation_id
            where o.area_id = ?
            order by org.name
            """)
        .param(area.id())
        .query(String.class)
        .list();
  }

  private static Map<String, Object> parameters(Area area, Long placeId, DateRange range) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("area", area.id());
    parameters.put("place", placeId);
    parameters.put("first", range.first());
    parameters.put("last", range.last());
    return parameters;
  }
}
