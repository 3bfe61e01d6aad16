package se.klara.situation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.klara.shared.DateRange;

/** Briefings in the table {@code briefing}. */
@Repository
class BriefingRepository {
  private static final String SELECT =
      """
      select b.id, b.area_id, b.meeting_date, b.period_first, b.period_last, b.summary, b.changes,
             b.places_text, b.hours_text, b.new_phenomena, b.notes, b.language,
             p.display_name as prepared_by, u.display_name as updated_by,
             b.created_at, b.updated_at, b.version
        from briefing b
        left join app_user p on p.id = b.prepared_by
        left join app_user u on u.id = b.updated_by
      """;

  private final JdbcClient jdbc;

  BriefingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Briefing> byId(long areaId, long id) {
    return jdbc.sql(SELECT + " where b.area_id = ? and b.id = ?")
        .params(areaId, id)
        .query(BriefingRepository::map)
        .optional();
  }

  Optional<Briefing> byMeeting(long areaId, LocalDate meetingDate) {
    return jdbc.sql(SELECT + " where b.area_id = ? and b.meeting_date = ?")
        .params(areaId, meetingDate)
        .query(BriefingRepository::map)
        .optional();
  }

  /** The latest briefing for a meeting before the given day, if any. */
  Optional<Briefing> latestBefore(long areaId, LocalDate meetingDate) {
    return jdbc.sql(
            SELECT
                + " where b.area_id = ? and b.meeting_date < ? order by b.meeting_date desc limit 1")
        .params(areaId, meetingDate)
        .query(BriefingRepository::map)
        .optional();
  }

  List<Briefing> newest(long areaId, int limit) {
    return jdbc.sql(SELECT + " where b.area_id = ? order by b.meeting_date desc limit ?")
        .params(areaId, limit)
        .query(BriefingRepository::map)
        .list();
  }

  long insert(
      long areaId,
      LocalDate meetingDate,
      DateRange period,
      BriefingText text,
      String language,
      long userId,
      Instant now) {
    return jdbc.sql(
            """
            insert into briefing (area_id, meeting_date, period_first, period_last, summary,
                                  changes, places_text, hours_text, new_phenomena, notes, language,
                                  prepared_by, updated_by, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (area_id, meeting_date) do nothing
            returning id
            """)
        .params(
            areaId,
            meetingDate,
            period.first(),
            period.last(),
            text.summary(),
            text.changes(),
            text.places(),
            text.hours(),
            text.newPhenomena(),
            text.notes(),
            language,
            userId,
            userId,
            Timestamp.from(now),
            Timestamp.from(now))
        .query(Long.class)
        .optional()
        .orElse(-1L);
  }

  /** Saves new text if the briefing is still at {@code version}; false when someone was first. */
  boolean update(long areaId, long id, int version, BriefingText text, long userId, Instant now) {
    return jdbc.sql(
                """
                update briefing
                   set summary = ?, changes = ?, places_text = ?, hours_text = ?,
                       new_phenomena = ?, notes = ?, updated_by = ?, updated_at = ?,
                       version = version + 1
                 where area_id = ? and id = ? and version = ?
                """)
            .params(
                text.summary(),
                text.changes(),
                text.places(),
                text.hours(),
                text.newPhenomena(),
                text.notes(),
                userId,
                Timestamp.from(now),
                areaId,
                id,
                version)
            .update()
        == 1;
  }

  private static Briefing map(ResultSet rs, int row) throws SQLException {
    return new Briefing(
        rs.getLong("id"),
        rs.getLong("area_id"),
        rs.getObject("meeting_date", LocalDate.class),
        new DateRange(
            rs.getObject("period_first", LocalDate.class),
            rs.getObject("period_last", LocalDate.class)),
        new BriefingText(
            rs.getString("summary"),
            rs.getString("changes"),
            rs.getString("places_text"),
            rs.getString("hours_text"),
            rs.getString("new_phenomena"),
            rs.getString("notes")),
        rs.getString("language"),
        rs.getString("prepared_by"),
        rs.getString("updated_by"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getInt("version"));
  }
}
