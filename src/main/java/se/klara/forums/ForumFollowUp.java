package se.klara.forums;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Follow-up of forums from meeting data, for the follow-up views and the annual report: attendance
 * per forum and organisation, meetings planned and held (by convenor or stand-in), open questions
 * by age and level, escalations and their outcomes. Periods are whole days in Stockholm time.
 */
@Service
public class ForumFollowUp {
  private final JdbcClient jdbc;

  ForumFollowUp(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Held meetings of a forum in the period and how many of them the organisation attended. */
  public record Attendance(
      long forumId,
      String forum,
      long organisationId,
      String organisation,
      int held,
      int attended) {
    /** Attended as a whole percentage of held (0 when none held). */
    public int percent() {
      return held == 0 ? 0 : Math.round(100f * attended / held);
    }
  }

  /** Meetings of a forum in the period. {@code planned} counts every meeting on the calendar. */
  public record MeetingCounts(
      long forumId,
      String forum,
      ForumLevel level,
      int planned,
      int held,
      int heldByConvenor,
      int heldByStandIn,
      int cancelled) {}

  /** Open questions by the level they lie at and their age. */
  public record OpenByAge(ForumLevel level, int under14, int under30, int under90, int older) {
    public int total() {
      return under14 + under30 + under90 + older;
    }
  }

  /** Escalations from one forum to the next in the period, by what became of the question. */
  public record Escalations(String from, String to, int open, int answered, int closed) {
    public int total() {
      return open + answered + closed;
    }
  }

  private static Timestamp start(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(Cadence.ZONE).toInstant());
  }

  private static Timestamp end(LocalDate toInclusive) {
    return start(toInclusive.plusDays(1));
  }

  /**
   * Per forum and participating organisation (standing participants and any organisation that
   * attended): meetings held in the period and meetings attended, most attended first.
   */
  public List<Attendance> attendance(long areaId, LocalDate from, LocalDate toInclusive) {
    return jdbc.sql(
            """
            with held as (
              select m.id, m.forum_id from meeting m join forum f on f.id = m.forum_id
              where f.area_id = :area and m.status = 'HELD'
                and m.starts_at >= :from and m.starts_at < :to),
            orgs as (
              select fp.forum_id, fp.organisation_id from forum_participant fp
              join forum f on f.id = fp.forum_id where f.area_id = :area
              union
              select h.forum_id, a.organisation_id from attendance a join held h on h.id = a.meeting_id)
            select f.id as forum_id, f.name as forum, o.id as org_id, o.name as org,
                   (select count(*) from held h where h.forum_id = f.id) as held,
                   (select count(distinct a.meeting_id) from attendance a join held h
                      on h.id = a.meeting_id
                    where h.forum_id = f.id and a.organisation_id = o.id) as attended
            from orgs join forum f on f.id = orgs.forum_id
            join organisation o on o.id = orgs.organisation_id
            order by array_position(array['OPERATIONAL','OPERATIONAL_STRATEGIC','STRATEGIC',
                     'STEERING'], f.level), f.name, attended desc, o.name
            """)
        .param("area", areaId)
        .param("from", start(from))
        .param("to", end(toInclusive))
        .query(
            (rs, n) ->
                new Attendance(
                    rs.getLong("forum_id"),
                    rs.getString("forum"),
                    rs.getLong("org_id"),
                    rs.getString("org"),
                    rs.getInt("held"),
                    rs.getInt("attended")))
        .list();
  }

  /** Per forum: planned, held, held by convenor, held by stand-in, cancelled. */
  public List<MeetingCounts> meetings(long areaId, LocalDate from, LocalDate toInclusive) {
    return jdbc.sql(
            """
            select f.id, f.name, f.level,
                   count(m.id) as planned,
                   count(m.id) filter (where m.status = 'HELD') as held,
                   count(m.id) filter (where m.chaired_by = 'CONVENOR') as by_convenor,
                   count(m.id) filter (where m.chaired_by = 'STAND_IN') as by_stand_in,
                   count(m.id) filter (where m.status = 'CANCELLED') as cancelled
            from forum f left join meeting m on m.forum_id = f.id
                 and m.starts_at >= :from and m.starts_at < :to
            where f.area_id = :area
            group by f.id, f.name, f.level
            order by array_position(array['OPERATIONAL','OPERATIONAL_STRATEGIC','STRATEGIC',
                     'STEERING'], f.level), f.name
            """)
        .param("area", areaId)
        .param("from", start(from))
        .param("to", end(toInclusive))
        .query(
            (rs, n) ->
                new MeetingCounts(
                    rs.getLong(1),
                    rs.getString(2),
                    ForumLevel.valueOf(rs.getString(3)),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getInt(6),
                    rs.getInt(7),
                    rs.getInt(8)))
        .list();
  }

  /** Open questions on the given day by the level of the forum they lie with and their age. */
  public List<OpenByAge> openQuestions(long areaId, LocalDate today) {
    return jdbc.sql(
            """
            select f.level,
                   count(*) filter (where age < 14) as a,
                   count(*) filter (where age >= 14 and age < 30) as b,
                   count(*) filter (where age >= 30 and age < 90) as c,
                   count(*) filter (where age >= 90) as d
            from (select q.forum_id,
                         :today - (q.created_at at time zone 'Europe/Stockholm')::date as age
                  from question q where q.area_id = :area and q.status = 'OPEN') q
            join forum f on f.id = q.forum_id
            group by f.level
            order by array_position(array['OPERATIONAL','OPERATIONAL_STRATEGIC','STRATEGIC',
                     'STEERING'], f.level)
            """)
        .param("area", areaId)
        .param("today", today)
        .query(
            (rs, n) ->
                new OpenByAge(
                    ForumLevel.valueOf(rs.getString(1)),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5)))
        .list();
  }

  /** Escalations in the period by from/to forum, by the question's status now. */
  public List<Escalations> escalations(long areaId, LocalDate from, LocalDate toInclusive) {
    return jdbc.sql(
            """
            select f.name, t.name,
                   count(*) filter (where q.status = 'OPEN'),
                   count(*) filter (where q.status = 'ANSWERED'),
                   count(*) filter (where q.status = 'CLOSED')
            from question_event e join question q on q.id = e.question_id
            join forum f on f.id = e.forum_id join forum t on t.id = e.to_forum_id
            where q.area_id = :area and e.kind = 'ESCALATED'
              and e.created_at >= :from and e.created_at < :to
            group by f.name, t.name, f.level
            order by array_position(array['OPERATIONAL','OPERATIONAL_STRATEGIC','STRATEGIC',
                     'STEERING'], f.level), f.name, t.name
            """)
        .param("area", areaId)
        .param("from", start(from))
        .param("to", end(toInclusive))
        .query(
            (rs, n) ->
                new Escalations(
                    rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
        .list();
  }

  /**
   * Per function (directory unit) registered at a forum's held meetings in the period: how many of
   * them it attended.
   */
  public java.util.Map<Long, Integer> attendanceByUnit(
      long forumId, LocalDate from, LocalDate toInclusive) {
    java.util.Map<Long, Integer> out = new java.util.LinkedHashMap<>();
    jdbc.sql(
            """
            select a.unit_id, count(distinct a.meeting_id)
            from attendance a join meeting m on m.id = a.meeting_id
            where m.forum_id = :forum and m.status = 'HELD' and a.unit_id is not null
              and m.starts_at >= :from and m.starts_at < :to
            group by a.unit_id order by 2 desc
            """)
        .param("forum", forumId)
        .param("from", start(from))
        .param("to", end(toInclusive))
        .query((rs, n) -> out.put(rs.getLong(1), rs.getInt(2)))
        .list();
    return out;
  }
}
