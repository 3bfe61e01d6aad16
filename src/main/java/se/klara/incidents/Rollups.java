package se.klara.incidents;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds one import's rows to the rollup tables, inside the import's transaction. The rows are read
 * once into a temporary table of counts per place, category, source and local hour; the four
 * rollups are derived from it (docs/architecture.md, "Incident rollups"). Imports into the same
 * area take turns here (an advisory lock), so concurrent imports cannot deadlock on rollup rows.
 */
final class Rollups {
  private Rollups() {}

  /** The 24 hour counts of a day as an array (index 1 = 00:00–00:59) from the batch's rows. */
  private static final String HOURS =
      java.util.stream.IntStream.range(0, 24)
          .mapToObj(
              h ->
                  "coalesce(sum(count) filter (where extract(hour from local_hour) = "
                      + h
                      + "), 0)::int")
          .collect(java.util.stream.Collectors.joining(", ", "array[", "]"));

  /** Advisory lock namespace of incident rollups (first key of the two-key form). */
  private static final int LOCK_NAMESPACE = 0x1C1D;

  static void add(JdbcClient tx, long areaId, long importId) {
    tx.sql("select pg_advisory_xact_lock(?, ?)")
        .params(LOCK_NAMESPACE, (int) areaId)
        .query((rs, n) -> 1)
        .list();
    // Grouping millions of rows spills to disk with the default 4 MB; this transaction only.
    tx.sql("set local work_mem = '64MB'").update();
    tx.sql(
            """
            create temporary table incident_rollup_batch on commit drop as
            select place_id, category_id, source_id,
                   date_trunc('hour', occurred_at at time zone 'Europe/Stockholm') as local_hour,
                   count(*) as count
            from incident where import_id = ?
            group by place_id, category_id, source_id, local_hour
            """)
        .param(importId)
        .update();
    tx.sql(
            """
            insert into incident_day (area_id, place_id, category_id, source_id, day, count)
            select ?, place_id, category_id, source_id, local_hour::date, sum(count)
            from incident_rollup_batch group by place_id, category_id, source_id, local_hour::date
            on conflict (area_id, day, coalesce(place_id, 0), category_id, source_id)
            do update set count = incident_day.count + excluded.count
            """)
        .param(areaId)
        .update();
    tx.sql(
            "insert into incident_area_hour (area_id, day, hours) select ?, local_hour::date, "
                + HOURS
                + " from incident_rollup_batch group by local_hour::date"
                + " on conflict (area_id, day)"
                + " do update set hours = incident_add_hours(incident_area_hour.hours, excluded.hours)")
        .param(areaId)
        .update();
    tx.sql(
            "insert into incident_place_hour (area_id, place_id, day, hours)"
                + " select ?, place_id, local_hour::date, "
                + HOURS
                + " from incident_rollup_batch where place_id is not null"
                + " group by place_id, local_hour::date"
                + " on conflict (area_id, place_id, day)"
                + " do update set hours = incident_add_hours(incident_place_hour.hours, excluded.hours)")
        .param(areaId)
        .update();
    tx.sql(
            """
            insert into incident_week (area_id, category_id, week, count)
            select ?, category_id, date_trunc('week', local_hour)::date, sum(count)
            from incident_rollup_batch group by category_id, date_trunc('week', local_hour)::date
            on conflict (area_id, category_id, week)
            do update set count = incident_week.count + excluded.count
            """)
        .param(areaId)
        .update();
    tx.sql("drop table incident_rollup_batch").update();
  }
}
