package se.klara.incidents;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds one import's rows to the rollup tables, inside the import's transaction
 * (docs/architecture.md, "Incident rollups"). Two passes over the import's rows: one appends its
 * day counts to {@code incident_day} (and, from what that statement returns, its week counts to
 * {@code incident_week}); one groups it by place, day and hour into a temporary table from which
 * the two hour rollups are upserted. The day rollup is appended, never upserted: one row per
 * import, place, category, source and day, summed when read; checking a unique key for millions of
 * rows cost more than copying the incidents. Imports into the same area take turns here (an
 * advisory lock), so concurrent imports cannot deadlock on rollup rows.
 */
final class Rollups {
  private Rollups() {}

  private static final String LOCAL = "(occurred_at at time zone 'Europe/Stockholm')";

  /** The 24 hour counts of a day as an array (index 1 = 00:00–00:59) from rows with an hour. */
  private static final String HOURS =
      IntStream.range(0, 24)
          .mapToObj(h -> "coalesce(sum(count) filter (where hour = " + h + "), 0)::int")
          .collect(Collectors.joining(", ", "array[", "]"));

  /** Advisory lock namespace of incident rollups (first key of the two-key form). */
  private static final int LOCK_NAMESPACE = 0x1C1D;

  static void add(JdbcClient tx, long areaId, long importId) {
    tx.sql("select pg_advisory_xact_lock(?, ?)")
        .params(LOCK_NAMESPACE, (int) areaId)
        .query((rs, n) -> 1)
        .list();
    // Grouping millions of rows spills to disk with the default 4 MB; this transaction only.
    tx.sql("set local work_mem = '128MB'").update();
    tx.sql(
            "with days as (insert into incident_day"
                + " (area_id, import_id, place_id, category_id, source_id, day, count)"
                + " select ?, ?, place_id, category_id, source_id, "
                + LOCAL
                + "::date, count(*) from incident where import_id = ? group by 3, 4, 5, 6"
                + " returning category_id, day, count)"
                + " insert into incident_week (area_id, category_id, week, count)"
                + " select ?, category_id, date_trunc('week', day)::date, sum(count) from days"
                + " group by 2, 3"
                + " on conflict (area_id, category_id, week)"
                + " do update set count = incident_week.count + excluded.count")
        .params(areaId, importId, importId, areaId)
        .update();
    tx.sql(
            "create temporary table incident_rollup_hours on commit drop as"
                + " select place_id, "
                + LOCAL
                + "::date as day, extract(hour from "
                + LOCAL
                + ")::int as hour, count(*) as count"
                + " from incident where import_id = ? group by 1, 2, 3")
        .param(importId)
        .update();
    tx.sql(
            "insert into incident_area_hour (area_id, day, hours) select ?, day, "
                + HOURS
                + " from incident_rollup_hours group by day"
                + " on conflict (area_id, day)"
                + " do update set hours = incident_add_hours(incident_area_hour.hours, excluded.hours)")
        .param(areaId)
        .update();
    tx.sql(
            "insert into incident_place_hour (area_id, place_id, day, hours)"
                + " select ?, place_id, day, "
                + HOURS
                + " from incident_rollup_hours where place_id is not null"
                + " group by place_id, day"
                + " on conflict (area_id, place_id, day)"
                + " do update set hours = incident_add_hours(incident_place_hour.hours, excluded.hours)")
        .param(areaId)
        .update();
    tx.sql("drop table incident_rollup_hours").update();
  }
}
