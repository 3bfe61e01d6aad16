package se.klara.observations;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the observation rollups (V11, V16) up to date: adds what observations contribute after they
 * are stored and subtracts it before they change, in the caller's transaction. The contributions
 * are computed from the raw rows of just those observations, with the same sums as the migration's
 * backfill; {@link ObservationStatistics} reads only the rollups.
 */
@Repository
class ObservationRollups {
  /** The local day and hour an observation counts on: when its window starts, in Stockholm. */
  private static final String DAY = "(o.window_start at time zone 'Europe/Stockholm')::date";

  private static final String HOUR =
      "extract(hour from o.window_start at time zone 'Europe/Stockholm')::int";

  /** One rollup table: its key and value columns, and the contributions of the observations. */
  private record Rollup(String table, List<String> keys, List<String> values, String select) {}

  private static final List<Rollup> ROLLUPS =
      List.of(
          new Rollup(
              "observation_rollup_hour",
              List.of("area_id", "day", "place_id", "hour"),
              List.of("observations"),
              "select o.area_id, "
                  + DAY
                  + " as day, o.place_id, "
                  + HOUR
                  + " as hour, count(*) as observations"
                  + " from observation o where o.id = any(?) group by 1, 2, 3, 4"),
          new Rollup(
              "observation_rollup_phenomenon",
              List.of("area_id", "day", "place_id", "organisation_id", "phenomenon_id"),
              List.of("observations"),
              "select o.area_id, "
                  + DAY
                  + " as day, o.place_id, o.organisation_id, s.phenomenon_id,"
                  + " count(*) as observations"
                  + " from observation o join observation_phenomenon_seen s"
                  + " on s.observation_id = o.id"
                  + " where o.id = any(?) group by 1, 2, 3, 4, 5"),
          new Rollup(
              "observation_rollup_phenomenon_hour",
              List.of("area_id", "day", "place_id", "phenomenon_id", "hour"),
              List.of("observations"),
              "select o.area_id, "
                  + DAY
                  + " as day, o.place_id, s.phenomenon_id, "
                  + HOUR
                  + " as hour, count(*) as observations"
                  + " from observation o join observation_phenomenon_seen s"
                  + " on s.observation_id = o.id"
                  + " where o.id = any(?) group by 1, 2, 3, 4, 5"),
          new Rollup(
              "observation_rollup_people",
              List.of("area_id", "day", "place_id", "gender", "age_band"),
              List.of("people"),
              "select o.area_id, "
                  + DAY
                  + " as day, o.place_id, c.gender, c.age_band, sum(c.count) as people"
                  + " from observation o join observation_count c on c.observation_id = o.id"
                  + " where o.id = any(?) group by 1, 2, 3, 4, 5"),
          new Rollup(
              "observation_rollup_organisation",
              List.of("area_id", "day", "place_id", "organisation_id"),
              List.of("observations", "people", "new_faces_yes", "new_faces_no"),
              "select o.area_id, "
                  + DAY
                  + " as day, o.place_id, o.organisation_id, count(*) as observations,"
                  + " coalesce(sum(p.people), 0) as people,"
                  + " count(*) filter (where o.new_faces = 'YES') as new_faces_yes,"
                  + " count(*) filter (where o.new_faces = 'NO') as new_faces_no"
                  + " from observation o left join lateral (select sum(c.count) as people"
                  + " from observation_count c where c.observation_id = o.id) p on true"
                  + " where o.id = any(?) group by 1, 2, 3, 4"));

  private final JdbcClient jdbc;

  ObservationRollups(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Advisory lock namespace of observation rollups (first key of the two-key form). */
  private static final int LOCK_NAMESPACE = 0x0B5E;

  /**
   * Writers of one area's rollups take turns (a transaction-scoped advisory lock per area, taken in
   * area order): two recordings touching the same rollup rows in a different order would otherwise
   * deadlock.
   */
  private void lockAreasOf(Long[] ids) {
    jdbc.sql(
            "select pg_advisory_xact_lock(?, a.area_id::int) from (select distinct area_id"
                + " from observation where id = any(?) order by area_id) a")
        .params(LOCK_NAMESPACE, ids)
        .query((rs, n) -> 1)
        .list();
  }

  /** Adds what the stored observations contribute to every rollup. */
  void add(Collection<Long> observationIds) {
    if (observationIds.isEmpty()) {
      return;
    }
    Long[] ids = observationIds.toArray(Long[]::new);
    lockAreasOf(ids);
    for (Rollup r : ROLLUPS) {
      String keys = String.join(", ", r.keys());
      String values = String.join(", ", r.values());
      String sums =
          r.values().stream()
              .map(v -> v + " = t." + v + " + excluded." + v)
              .collect(Collectors.joining(", "));
      jdbc.sql(
              "insert into "
                  + r.table()
                  + " as t ("
                  + keys
                  + ", "
                  + values
                  + ") "
                  + r.select()
                  + " on conflict ("
                  + keys
                  + ") do update set "
                  + sums)
          .param(ids)
          .update();
    }
  }

  /**
   * Subtracts what the observations contribute now, before they change. Rows that fall to zero are
   * deleted (the first value column counts observations or people and is zero only when all are).
   */
  void subtract(Collection<Long> observationIds) {
    if (observationIds.isEmpty()) {
      return;
    }
    Long[] ids = observationIds.toArray(Long[]::new);
    lockAreasOf(ids);
    for (Rollup r : ROLLUPS) {
      String match =
          r.keys().stream().map(k -> "t." + k + " = d." + k).collect(Collectors.joining(" and "));
      String first = r.values().get(0);
      String differences =
          r.values().stream()
              .map(v -> v + " = t." + v + " - d." + v)
              .collect(Collectors.joining(", "));
      // Both statements see the rows as they were; they touch different rows (= and >).
      jdbc.sql(
              "with d as ("
                  + r.select()
                  + "), gone as (delete from "
                  + r.table()
                  + " t using d where "
                  + match
                  + " and t."
                  + first
                  + " = d."
                  + first
                  + " returning 1) update "
                  + r.table()
                  + " t set "
                  + differences
                  + " from d where "
                  + match
                  + " and t."
                  + first
                  + " > d."
                  + first)
          .param(ids)
          .update();
    }
  }
}
