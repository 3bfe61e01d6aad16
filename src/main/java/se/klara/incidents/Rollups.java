package se.klara.incidents;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes one import's rollup counts ({@link RollupCounts} and {@link ImportCells}, counted while
 * its rows streamed past) inside the import's transaction (docs/architecture.md, "Incident
 * rollups"). The cell rollup and the incidents without a point are appended with COPY. The day
 * rollup is appended with COPY: one row per import, place, category, source and day, summed when
 * read. The week and hour rollups are upserted from small temporary tables filled with COPY (the
 * hour rollups add their 24-hour arrays with {@code incident_add_hours}). Nothing here reads the
 * raw rows again. Imports into the same area take turns here (an advisory lock), so concurrent
 * imports cannot deadlock on rollup rows.
 */
final class Rollups {
  private Rollups() {}

  /** Advisory lock namespace of incident rollups (first key of the two-key form). */
  private static final int LOCK_NAMESPACE = 0x1C1D;

  static void add(
      Connection connection,
      JdbcClient tx,
      long areaId,
      long importId,
      long sourceId,
      RollupCounts counts,
      ImportCells cells)
      throws SQLException {
    tx.sql("select pg_advisory_xact_lock(?, ?)")
        .params(LOCK_NAMESPACE, (int) areaId)
        .query((rs, n) -> 1)
        .list();
    var copy = connection.unwrap(PGConnection.class).getCopyAPI();
    cells.copyTo(
        copy.copyIn("copy incident_cell (area_id, import_id, category_id, day, cells) from stdin"));
    if (counts.overflowed()) {
      addFromRows(tx, areaId, importId);
      return;
    }

    // Day rows, appended; week counts gathered on the way.
    LongIntCounter weeks = new LongIntCounter(1 << 12);
    try (Lines lines =
        new Lines(
            copy.copyIn(
                "copy incident_day (area_id, import_id, place_id, category_id, source_id, day,"
                    + " count) from stdin"))) {
      String prefix = areaId + "\t" + importId + "\t";
      String source = "\t" + sourceId + "\t";
      counts.days.forEach(
          (key, count) -> {
            Long place = counts.placeOf(key, 42);
            long day = RollupCounts.dayOf(key);
            lines
                .append(prefix)
                .append(place == null ? "\\N" : place.toString())
                .append("\t")
                .append(Long.toString(counts.categoryOf(key)))
                .append(source)
                .append(LocalDate.ofEpochDay(day).toString())
                .append("\t")
                .append(Integer.toString(count))
                .end();
            long monday =
                LocalDate.ofEpochDay(day)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .toEpochDay();
            weeks.increment(((key >>> 22) & 0xFFFFF) << 22 | (monday + (1L << 21)), count);
          });
    }

    try (Lines lines =
        new Lines(
            copy.copyIn(
                "copy incident_unlocated (area_id, import_id, place_id, category_id, day, count)"
                    + " from stdin"))) {
      String prefix = areaId + "\t" + importId + "\t";
      counts.unlocated.forEach(
          (key, count) -> {
            Long place = counts.placeOf(key, 42);
            lines
                .append(prefix)
                .append(place == null ? "\\N" : place.toString())
                .append("\t")
                .append(Long.toString(counts.categoryOf(key)))
                .append("\t")
                .append(LocalDate.ofEpochDay(RollupCounts.dayOf(key)).toString())
                .append("\t")
                .append(Integer.toString(count))
                .end();
          });
    }

    tx.sql(
            "create temporary table incident_rollup_week (category_id bigint, week date,"
                + " count bigint) on commit drop")
        .update();
    try (Lines lines =
        new Lines(copy.copyIn("copy incident_rollup_week (category_id, week, count) from stdin"))) {
      weeks.forEach(
          (key, count) ->
              lines
                  .append(Long.toString(counts.categoryOf(key)))
                  .append("\t")
                  .append(LocalDate.ofEpochDay(RollupCounts.dayOf(key)).toString())
                  .append("\t")
                  .append(Integer.toString(count))
                  .end());
    }
    tx.sql(
            "insert into incident_week (area_id, category_id, week, count)"
                + " select ?, category_id, week, count from incident_rollup_week"
                + " on conflict (area_id, category_id, week)"
                + " do update set count = incident_week.count + excluded.count")
        .param(areaId)
        .update();

    // Hours: one array of 24 counts per place and day, and per day for the whole area.
    LongIntCounter areaSlots = new LongIntCounter(1 << 10);
    int[][] areaHours = new int[1][];
    int[] areaCount = {0};
    areaHours[0] = new int[24 * 256];
    tx.sql(
            "create temporary table incident_rollup_hours (place_id bigint, day date,"
                + " hours integer[]) on commit drop")
        .update();
    try (Lines lines =
        new Lines(copy.copyIn("copy incident_rollup_hours (place_id, day, hours) from stdin"))) {
      counts.hourSlots.forEach(
          (key, slot) -> {
            Long place = counts.placeOf(key, 22);
            long dayKey = key & ((1L << 22) - 1);
            int areaSlot = areaSlots.get(dayKey);
            if (areaSlot < 0) {
              areaSlot = areaCount[0]++;
              areaSlots.put(dayKey, areaSlot);
              if ((areaSlot + 1) * 24 > areaHours[0].length) {
                areaHours[0] = java.util.Arrays.copyOf(areaHours[0], areaHours[0].length * 2);
              }
            }
            for (int h = 0; h < 24; h++) {
              areaHours[0][areaSlot * 24 + h] += counts.hourCounts[slot * 24 + h];
            }
            if (place != null) {
              lines
                  .append(place.toString())
                  .append("\t")
                  .append(LocalDate.ofEpochDay(RollupCounts.dayOf(key)).toString())
                  .append("\t")
                  .hours(counts.hourCounts, slot)
                  .end();
            }
          });
      areaSlots.forEach(
          (dayKey, slot) ->
              lines
                  .append("\\N\t")
                  .append(LocalDate.ofEpochDay(RollupCounts.dayOf(dayKey)).toString())
                  .append("\t")
                  .hours(areaHours[0], slot)
                  .end());
    }
    tx.sql(
            "create temporary table incident_rollup_category_hours (category_id bigint, day date,"
                + " hours integer[]) on commit drop")
        .update();
    try (Lines lines =
        new Lines(
            copy.copyIn(
                "copy incident_rollup_category_hours (category_id, day, hours) from stdin"))) {
      counts.categoryHourSlots.forEach(
          (key, slot) ->
              lines
                  .append(Long.toString(counts.categoryOf(key)))
                  .append("\t")
                  .append(LocalDate.ofEpochDay(RollupCounts.dayOf(key)).toString())
                  .append("\t")
                  .hours(counts.categoryHourCounts, slot)
                  .end());
    }
    tx.sql(
            "insert into incident_category_hour (area_id, category_id, day, hours)"
                + " select ?, category_id, day, hours from incident_rollup_category_hours"
                + " on conflict (area_id, category_id, day)"
                + " do update set hours = incident_add_hours(incident_category_hour.hours,"
                + " excluded.hours)")
        .param(areaId)
        .update();
    tx.sql(
            "insert into incident_place_hour (area_id, place_id, day, hours)"
                + " select ?, place_id, day, hours from incident_rollup_hours"
                + " where place_id is not null"
                + " on conflict (area_id, place_id, day)"
                + " do update set hours = incident_add_hours(incident_place_hour.hours,"
                + " excluded.hours)")
        .param(areaId)
        .update();
    tx.sql(
            "insert into incident_area_hour (area_id, day, hours)"
                + " select ?, day, hours from incident_rollup_hours where place_id is null"
                + " on conflict (area_id, day)"
                + " do update set hours = incident_add_hours(incident_area_hour.hours,"
                + " excluded.hours)")
        .param(areaId)
        .update();
    tx.sql(
            "drop table incident_rollup_week, incident_rollup_hours,"
                + " incident_rollup_category_hours")
        .update();
  }

  private static final String LOCAL = "(occurred_at at time zone 'Europe/Stockholm')";

  /** The 24 hour counts of a day as an array (index 1 = 00:00–00:59) from rows with an hour. */
  private static final String HOURS =
      java.util.stream.IntStream.range(0, 24)
          .mapToObj(h -> "coalesce(sum(count) filter (where hour = " + h + "), 0)::int")
          .collect(java.util.stream.Collectors.joining(", ", "array[", "]"));

  /**
   * The same rollups from the import's stored rows, in constant memory: two passes over them (day
   * counts, whose returned rows give the week counts; then place, day and hour counts).
   */
  private static void addFromRows(JdbcClient tx, long areaId, long importId) {
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
            "create temporary table incident_rollup_rows on commit drop as"
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
                + " from incident_rollup_rows group by day"
                + " on conflict (area_id, day) do update set hours ="
                + " incident_add_hours(incident_area_hour.hours, excluded.hours)")
        .param(areaId)
        .update();
    tx.sql(
            "insert into incident_place_hour (area_id, place_id, day, hours)"
                + " select ?, place_id, day, "
                + HOURS
                + " from incident_rollup_rows where place_id is not null"
                + " group by place_id, day"
                + " on conflict (area_id, place_id, day) do update set hours ="
                + " incident_add_hours(incident_place_hour.hours, excluded.hours)")
        .param(areaId)
        .update();
    tx.sql(
            "insert into incident_category_hour (area_id, category_id, day, hours)"
                + " select ?, category_id, day, "
                + HOURS
                + " from (select category_id, "
                + LOCAL
                + "::date as day, extract(hour from "
                + LOCAL
                + ")::int as hour, count(*) as count"
                + " from incident where import_id = ? group by 1, 2, 3) c"
                + " group by category_id, day"
                + " on conflict (area_id, category_id, day) do update set hours ="
                + " incident_add_hours(incident_category_hour.hours, excluded.hours)")
        .params(areaId, importId)
        .update();
    tx.sql("drop table incident_rollup_rows").update();
    tx.sql(
            "insert into incident_unlocated (area_id, import_id, place_id, category_id, day, count)"
                + " select ?, ?, place_id, category_id, "
                + LOCAL
                + "::date, count(*) from incident where import_id = ? and north_m is null"
                + " group by 3, 4, 5")
        .params(areaId, importId, importId)
        .update();
  }

  /** Text-format COPY lines, buffered; a failed write surfaces as an unchecked exception. */
  private static final class Lines implements AutoCloseable {
    private static final int FLUSH = 1 << 16;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH + 512);

    Lines(CopyIn copy) {
      this.copy = copy;
    }

    Lines append(String text) {
      buffer.append(text);
      return this;
    }

    Lines hours(int[] counts, int slot) {
      buffer.append('{');
      for (int h = 0; h < 24; h++) {
        if (h > 0) {
          buffer.append(',');
        }
        buffer.append(counts[slot * 24 + h]);
      }
      buffer.append('}');
      return this;
    }

    void end() {
      buffer.append('\n');
      if (buffer.length() >= FLUSH) {
        flush();
      }
    }

    private void flush() {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      buffer.setLength(0);
      try {
        copy.writeToCopy(bytes, 0, bytes.length);
      } catch (SQLException e) {
        throw new IllegalStateException("writing rollups failed", e);
      }
    }

    @Override
    public void close() throws SQLException {
      flush();
      copy.endCopy();
    }
  }
}
