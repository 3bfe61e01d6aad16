package se.klara.forums;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.shared.Actor;
import se.klara.shared.InputException;

/**
 * Booking of the area's shared premises (Klara samverkanslokal) for trainings, study visits and
 * meetings. A booking that overlaps another booking, or a meeting of a forum held in the premises,
 * is refused; bookings of one area are serialised so two at once cannot both win.
 */
@Service
public class Premises {
  /** Forums whose location contains this word meet in the shared premises. */
  static final String PREMISES_WORD = "samverkanslokal";

  static final Set<String> PURPOSES = Set.of("TRAINING", "STUDY_VISIT", "MEETING", "OTHER");

  private final JdbcClient jdbc;
  private final TextGuard guard;
  private final AuditLog audit;
  private final Clock clock;

  Premises(JdbcClient jdbc, TextGuard guard, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.audit = audit;
    this.clock = clock;
  }

  /** Bookings from the given day on, soonest first. */
  public List<Booking> from(long areaId, LocalDate first) {
    return jdbc.sql(
            """
            select b.id, b.purpose, b.title, b.starts_at, b.ends_at,
                   coalesce(u.display_name, '–') as booked_by
            from premises_booking b left join app_user u on u.id = b.booked_by
            where b.area_id = ? and b.ends_at >= ? order by b.starts_at limit 200
            """)
        .params(areaId, Timestamp.from(first.atStartOfDay(Cadence.ZONE).toInstant()))
        .query(
            (rs, n) ->
                new Booking(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant().atZone(Cadence.ZONE),
                    rs.getTimestamp(5).toInstant().atZone(Cadence.ZONE),
                    rs.getString(6)))
        .list();
  }

  @Transactional
  public Booking book(
      Actor actor,
      Area area,
      String purpose,
      String title,
      LocalDate day,
      LocalTime from,
      LocalTime to) {
    if (purpose == null || !PURPOSES.contains(purpose)) {
      throw new InputException("purpose", "forums.error.premises.purpose");
    }
    String t = title == null ? "" : title.strip();
    if (t.isEmpty()) {
      throw new InputException("title", "forums.error.premises.title");
    }
    if (t.length() > 200) {
      throw new InputException("title", "forums.error.title.long");
    }
    guard.check("title", t, true);
    if (day == null) {
      throw new InputException("day", "forums.error.meeting.day");
    }
    if (from == null || to == null || !to.isAfter(from)) {
      throw new InputException("to", "forums.error.premises.times");
    }
    ZonedDateTime start = day.atTime(from).atZone(Cadence.ZONE);
    ZonedDateTime end = day.atTime(to).atZone(Cadence.ZONE);
    if (end.isBefore(ZonedDateTime.now(clock.withZone(Cadence.ZONE)))) {
      throw new InputException("day", "forums.error.premises.past");
    }
    jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(26, (int) area.id()).query().listOfRows();
    Timestamp s = Timestamp.from(start.toInstant());
    Timestamp e = Timestamp.from(end.toInstant());
    var clash =
        jdbc.sql(
                """
                select title, starts_at from premises_booking
                where area_id = ? and starts_at < ? and ends_at > ?
                union all
                select f.name, m.starts_at from meeting m join forum f on f.id = m.forum_id
                where f.area_id = ? and m.status <> 'CANCELLED'
                  and lower(f.location) like '%' || ? || '%'
                  and m.starts_at < ? and m.ends_at > ?
                order by 2 limit 1
                """)
            .params(area.id(), e, s, area.id(), PREMISES_WORD, e, s)
            .query(
                (rs, n) ->
                    new String[] {
                      rs.getString(1),
                      rs.getTimestamp(2)
                          .toInstant()
                          .atZone(Cadence.ZONE)
                          .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                    })
            .optional();
    if (clash.isPresent()) {
      throw new InputException(
          "from", "forums.error.premises.conflict", clash.get()[0], clash.get()[1]);
    }
    long id =
        jdbc.sql(
                """
                insert into premises_booking (area_id, purpose, title, starts_at, ends_at,
                    booked_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """)
            .params(area.id(), purpose, t, s, e, actor.userId(), Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    audit.record(AuditEntry.of("PREMISES_BOOKED", "premises_booking", id).inArea(area.id()));
    return new Booking(id, purpose, t, start, end, actor.displayName());
  }
}
