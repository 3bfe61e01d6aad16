package se.klara.forums;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.directory.Directory;
import se.klara.directory.Organisation;
import se.klara.directory.Organisations;
import se.klara.directory.Unit;
import se.klara.notifications.Notice;
import se.klara.notifications.Notifications;
import se.klara.shared.Actor;
import se.klara.shared.InputException;
import se.klara.shared.NotFoundException;

/**
 * The forums of an area and their meetings: cadence, generated and ad hoc meetings, invitations,
 * attendance, minutes and closing (which locks the minutes; later corrections are audited
 * additions). Every change is all or nothing and audited.
 */
@Service
public class Forums {
  /** How far ahead meetings are generated from a forum's cadence. */
  static final int HORIZON_DAYS = 90;

  private final JdbcClient jdbc;
  private final Directory directory;
  private final Organisations organisations;
  private final AuditLog audit;
  private final TextGuard guard;
  private final Notifications notifications;
  private final Clock clock;

  Forums(
      JdbcClient jdbc,
      Directory directory,
      Organisations organisations,
      AuditLog audit,
      TextGuard guard,
      Notifications notifications,
      Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.organisations = organisations;
    this.audit = audit;
    this.guard = guard;
    this.notifications = notifications;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(Cadence.ZONE));
  }

  ZonedDateTime now() {
    return ZonedDateTime.now(clock.withZone(Cadence.ZONE));
  }

  // ---------------------------------------------------------------------------------- forums

  private static final String FORUM_SELECT =
      """
      select f.id, f.area_id, f.name, f.level, f.purpose, f.convenor_unit_id, cu.name as convenor,
             f.stand_in_unit_id, su.name as stand_in, f.rrule, f.start_time, f.duration_minutes,
             f.location, f.parent_id, p.name as parent_name, f.agenda_template,
             array(select fp.organisation_id from forum_participant fp where fp.forum_id = f.id
                   order by fp.organisation_id) as participants
      from forum f
      left join unit cu on cu.id = f.convenor_unit_id
      left join unit su on su.id = f.stand_in_unit_id
      left join forum p on p.id = f.parent_id
      """;

  private static Forum forum(ResultSet rs, int n) throws SQLException {
    Long[] participants = (Long[]) rs.getArray("participants").getArray();
    return new Forum(
        rs.getLong("id"),
        rs.getLong("area_id"),
        rs.getString("name"),
        ForumLevel.valueOf(rs.getString("level")),
        rs.getString("purpose"),
        (Long) rs.getObject("convenor_unit_id"),
        rs.getString("convenor"),
        (Long) rs.getObject("stand_in_unit_id"),
        rs.getString("stand_in"),
        rs.getString("rrule"),
        rs.getObject("start_time", LocalTime.class),
        rs.getInt("duration_minutes"),
        rs.getString("location"),
        (Long) rs.getObject("parent_id"),
        rs.getString("parent_name"),
        rs.getString("agenda_template"),
        List.of(participants));
  }

  /** The forums of an area from the field up to the steering group. */
  public List<Forum> inArea(long areaId) {
    return jdbc.sql(
            FORUM_SELECT
                + """
                where f.area_id = ?
                order by array_position(array['OPERATIONAL','OPERATIONAL_STRATEGIC','STRATEGIC',
                         'STEERING'], f.level), f.name
                """)
        .param(areaId)
        .query(Forums::forum)
        .list();
  }

  /** A forum of the area; one of another area answers as not found. */
  public Forum get(long areaId, long forumId) {
    return jdbc.sql(FORUM_SELECT + " where f.area_id = ? and f.id = ?")
        .params(areaId, forumId)
        .query(Forums::forum)
        .optional()
        .orElseThrow(() -> new NotFoundException("forum"));
  }

  public Optional<Forum> byName(long areaId, String name) {
    return jdbc.sql(FORUM_SELECT + " where f.area_id = ? and f.name = ?")
        .params(areaId, name)
        .query(Forums::forum)
        .optional();
  }

  /** Creates a forum and generates its meetings for the coming weeks from its cadence. */
  @Transactional
  public Forum create(Area area, ForumDraft draft) {
    check(area, draft, null);
    long id =
        jdbc.sql("insert into forum (area_id, name, level) values (?, ?, ?) returning id")
            .params(area.id(), draft.name(), draft.level().name())
            .query(Long.class)
            .single();
    audit.record(
        AuditEntry.of("FORUM_CREATED", "forum", id).inArea(area.id()).withDetail(draft.name()));
    return write(area, id, draft);
  }

  /** Replaces a forum's settings; meetings already generated stay. */
  @Transactional
  public Forum update(Area area, long forumId, ForumDraft draft) {
    get(area.id(), forumId);
    check(area, draft, forumId);
    audit.record(AuditEntry.of("FORUM_UPDATED", "forum", forumId).inArea(area.id()));
    return write(area, forumId, draft);
  }

  /** Stores a checked draft on the forum, its participants, and its coming meetings. */
  private Forum write(Area area, long forumId, ForumDraft draft) {
    jdbc.sql(
            """
            update forum set name = ?, level = ?, purpose = ?, convenor_unit_id = ?,
                stand_in_unit_id = ?, rrule = ?, start_time = ?, duration_minutes = ?,
                location = ?, parent_id = ?, agenda_template = ?
            where id = ? and area_id = ?
            """)
        .params(
            draft.name(),
            draft.level().name(),
            draft.purpose(),
            draft.convenorUnitId(),
            draft.standInUnitId(),
            normalisedRule(draft),
            draft.startTime(),
            draft.durationMinutes(),
            draft.location(),
            draft.parentId(),
            draft.agendaTemplate().isEmpty() ? ForumDraft.SHORT_AGENDA : draft.agendaTemplate(),
            forumId,
            area.id())
        .update();
    replaceParticipants(forumId, draft.participantIds());
    Forum forum = get(area.id(), forumId);
    generate(forum, today(), today().plusDays(HORIZON_DAYS));
    return forum;
  }

  private String normalisedRule(ForumDraft draft) {
    return draft.rrule() == null
        ? null
        : Cadence.parse(draft.rrule(), draft.startTime(), today()).text();
  }

  private void check(Area area, ForumDraft draft, Long forumId) {
    if (draft.name().isEmpty()) {
      throw new InputException("name", "forums.error.name.blank");
    }
    if (draft.name().length() > 200) {
      throw new InputException("name", "forums.error.name.long");
    }
    Optional<Forum> same = byName(area.id(), draft.name());
    if (same.isPresent() && !Long.valueOf(same.get().id()).equals(forumId)) {
      throw new InputException("name", "forums.error.name.taken", draft.name());
    }
    if (draft.level() == null) {
      throw new InputException("level", "forums.error.level");
    }
    if (draft.durationMinutes() < 5 || draft.durationMinutes() > 720) {
      throw new InputException("durationMinutes", "forums.error.duration");
    }
    guard.check("purpose", draft.purpose(), true);
    guard.check("agendaTemplate", draft.agendaTemplate(), true);
    Set<Long> units = new HashSet<>();
    for (Unit u : directory.unitsIn(area)) {
      units.add(u.id());
    }
    if (draft.convenorUnitId() != null && !units.contains(draft.convenorUnitId())) {
      throw new InputException("convenorUnitId", "forums.error.unit");
    }
    if (draft.standInUnitId() != null && !units.contains(draft.standInUnitId())) {
      throw new InputException("standInUnitId", "forums.error.unit");
    }
    Set<Long> orgs = new HashSet<>();
    for (Organisation o : organisations.participatingIn(area.id())) {
      orgs.add(o.id());
    }
    for (Long org : draft.participantIds()) {
      if (!orgs.contains(org)) {
        throw new InputException("participantIds", "forums.error.participant");
      }
    }
    if (draft.rrule() != null) {
      Cadence.parse(draft.rrule(), draft.startTime(), today());
    }
    if (draft.parentId() != null) {
      Forum parent = get(area.id(), draft.parentId());
      if (forumId != null) {
        // Walking up from the new parent must never reach the forum itself.
        Long step = parent.id();
        Set<Long> seen = new HashSet<>();
        while (step != null && seen.add(step)) {
          if (step.equals(forumId)) {
            throw new InputException("parentId", "forums.error.parent.cycle", parent.name());
          }
          step = get(area.id(), step).parentId();
        }
      }
    }
  }

  private void replaceParticipants(long forumId, List<Long> organisationIds) {
    jdbc.sql("delete from forum_participant where forum_id = ?").param(forumId).update();
    for (Long org : new java.util.LinkedHashSet<>(organisationIds)) {
      jdbc.sql("insert into forum_participant (forum_id, organisation_id) values (?, ?)")
          .params(forumId, org)
          .update();
    }
  }

  /**
   * Creates the meetings of a forum's cadence between the two days (inclusive) that do not exist
   * yet; returns how many were created. A forum without cadence creates none.
   */
  @Transactional
  public int generate(Forum forum, LocalDate first, LocalDate last) {
    if (forum.rrule() == null) {
      return 0;
    }
    Cadence cadence = Cadence.parse(forum.rrule(), forum.startTime(), first);
    int created = 0;
    for (ZonedDateTime start : cadence.between(first, last)) {
      created +=
          jdbc.sql(
                  """
                  insert into meeting (forum_id, starts_at, ends_at) values (?, ?, ?)
                  on conflict (forum_id, starts_at) do nothing
                  """)
              .params(
                  forum.id(),
                  Timestamp.from(start.toInstant()),
                  Timestamp.from(start.plusMinutes(forum.durationMinutes()).toInstant()))
              .update();
    }
    return created;
  }

  /** Tops up the generated meetings of the area's forums up to the horizon. */
  @Transactional
  public void generateUpcoming(long areaId) {
    for (Forum forum : inArea(areaId)) {
      generate(forum, today(), today().plusDays(HORIZON_DAYS));
    }
  }

  // -------------------------------------------------------------------------------- meetings

  private static final String MEETING_SELECT =
      """
      select m.id, m.forum_id, f.name as forum_name, f.level, f.area_id, m.starts_at, m.ends_at,
             m.ad_hoc, m.title, m.status, m.chaired_by, m.minutes, m.decisions, m.invited_at,
             m.closed_at, f.location
      from meeting m join forum f on f.id = m.forum_id
      """;

  static Meeting meeting(ResultSet rs, int n) throws SQLException {
    Timestamp invited = rs.getTimestamp("invited_at");
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Meeting(
        rs.getLong("id"),
        rs.getLong("forum_id"),
        rs.getString("forum_name"),
        ForumLevel.valueOf(rs.getString("level")),
        rs.getLong("area_id"),
        rs.getTimestamp("starts_at").toInstant().atZone(Cadence.ZONE),
        rs.getTimestamp("ends_at").toInstant().atZone(Cadence.ZONE),
        rs.getBoolean("ad_hoc"),
        rs.getString("title"),
        MeetingStatus.valueOf(rs.getString("status")),
        rs.getString("chaired_by"),
        rs.getString("minutes"),
        rs.getString("decisions"),
        invited == null ? null : invited.toInstant(),
        closed == null ? null : closed.toInstant(),
        rs.getString("location"));
  }

  public Meeting meeting(long areaId, long meetingId) {
    return jdbc.sql(MEETING_SELECT + " where f.area_id = ? and m.id = ?")
        .params(areaId, meetingId)
        .query(Forums::meeting)
        .optional()
        .orElseThrow(() -> new NotFoundException("meeting"));
  }

  /** The next meetings of the area (or of one forum when forumId is given), soonest first. */
  public List<Meeting> upcoming(long areaId, Long forumId, int limit) {
    return jdbc.sql(
            MEETING_SELECT
                + """
                where f.area_id = ? and (cast(? as bigint) is null or f.id = ?)
                  and m.ends_at >= ? and m.status <> 'CANCELLED'
                order by m.starts_at limit ?
                """)
        .params(areaId, forumId, forumId, Timestamp.from(clock.instant()), limit)
        .query(Forums::meeting)
        .list();
  }

  /** The latest meetings of a forum that have begun, newest first. */
  public List<Meeting> past(long areaId, long forumId, int limit) {
    return jdbc.sql(
            MEETING_SELECT
                + """
                where f.area_id = ? and f.id = ? and m.starts_at < ?
                order by m.starts_at desc limit ?
                """)
        .params(areaId, forumId, Timestamp.from(clock.instant()), limit)
        .query(Forums::meeting)
        .list();
  }

  /** Creates an ad hoc meeting (e.g. FO Klara before a demonstration). */
  @Transactional
  public Meeting createAdHoc(
      Area area, long forumId, LocalDate day, LocalTime time, Integer minutes, String title) {
    Forum forum = get(area.id(), forumId);
    if (day == null) {
      throw new InputException("day", "forums.error.meeting.day");
    }
    if (time == null) {
      throw new InputException("time", "forums.error.meeting.time");
    }
    int duration = minutes == null ? forum.durationMinutes() : minutes;
    if (duration < 5 || duration > 720) {
      throw new InputException("durationMinutes", "forums.error.duration");
    }
    String t = title == null ? "" : title.strip();
    if (t.length() > 200) {
      throw new InputException("title", "forums.error.title.long");
    }
    guard.check("title", t, true);
    ZonedDateTime start = day.atTime(time).atZone(Cadence.ZONE);
    Long id =
        jdbc.sql(
                """
                insert into meeting (forum_id, starts_at, ends_at, ad_hoc, title)
                values (?, ?, ?, true, ?) on conflict (forum_id, starts_at) do nothing returning id
                """)
            .params(
                forum.id(),
                Timestamp.from(start.toInstant()),
                Timestamp.from(start.plusMinutes(duration).toInstant()),
                t)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new InputException("time", "forums.error.meeting.exists"));
    audit.record(AuditEntry.of("MEETING_CREATED", "meeting", id).inArea(area.id()));
    return meeting(area.id(), id);
  }

  /**
   * Invites the standing participants' members of the area (in-app and e-mail). A meeting that has
   * begun, is cancelled or is held cannot be invited to.
   */
  @Transactional
  public int invite(Actor actor, Area area, long meetingId) {
    Meeting m = meeting(area.id(), meetingId);
    if (m.status() != MeetingStatus.PLANNED) {
      throw new InputException("meeting", "forums.error.invite.status");
    }
    if (!m.startsAt().isAfter(now())) {
      throw new InputException("meeting", "forums.error.invite.past");
    }
    List<Long> users =
        jdbc.sql(
                """
                select u.id from app_user u
                join area_member am on am.user_id = u.id and am.area_id = ?
                join forum_participant fp on fp.organisation_id = u.organisation_id
                where fp.forum_id = ?
                """)
            .params(area.id(), m.forumId())
            .query(Long.class)
            .list();
    notifications.tell(
        users,
        new Notice(
            "forums.notice.invited",
            List.of(m.forumName(), m.startsAt().toLocalDate() + " " + m.startsAt().toLocalTime()),
            null,
            "/areas/" + area.slug() + "/meetings/" + m.id()));
    jdbc.sql("update meeting set invited_at = ? where id = ?")
        .params(Timestamp.from(clock.instant()), m.id())
        .update();
    audit.record(
        AuditEntry.of("MEETING_INVITED", "meeting", m.id())
            .inArea(area.id())
            .withDetail(users.size() + " invited"));
    return users.size();
  }

  @Transactional
  public void cancel(Area area, long meetingId) {
    Meeting m = meeting(area.id(), meetingId);
    if (m.status() != MeetingStatus.PLANNED) {
      throw new InputException("meeting", "forums.error.meeting.closed");
    }
    jdbc.sql("update meeting set status = 'CANCELLED' where id = ?").param(m.id()).update();
    audit.record(AuditEntry.of("MEETING_CANCELLED", "meeting", m.id()).inArea(area.id()));
  }

  public List<AttendanceLine> attendance(long meetingId) {
    return jdbc.sql(
            """
            select a.id, a.organisation_id, o.name as org, a.unit_id, u.name as unit, a.people,
                   a.women, a.men
            from attendance a join organisation o on o.id = a.organisation_id
            left join unit u on u.id = a.unit_id
            where a.meeting_id = ? order by o.name, u.name nulls first
            """)
        .param(meetingId)
        .query(
            (rs, n) ->
                new AttendanceLine(
                    rs.getLong("id"),
                    rs.getLong("organisation_id"),
                    rs.getString("org"),
                    (Long) rs.getObject("unit_id"),
                    rs.getString("unit"),
                    rs.getInt("people"),
                    (Integer) rs.getObject("women"),
                    (Integer) rs.getObject("men")))
        .list();
  }

  /**
   * Registers who was present: an organisation of the area, optionally one of its functions, how
   * many people and optionally how many women and men. Refused once the meeting is closed.
   */
  @Transactional
  public void registerAttendance(
      Area area,
      long meetingId,
      Long organisationId,
      Long unitId,
      Integer people,
      Integer women,
      Integer men) {
    Meeting m = meeting(area.id(), meetingId);
    if (m.status() != MeetingStatus.PLANNED) {
      throw new InputException("organisationId", "forums.error.attendance.closed");
    }
    if (organisationId == null
        || jdbc.sql(
                    "select count(*) from area_organisation where area_id = ? and organisation_id = ?")
                .params(area.id(), organisationId)
                .query(Integer.class)
                .single()
            == 0) {
      throw new InputException("organisationId", "forums.error.participant");
    }
    if (unitId != null
        && jdbc.sql(
                    "select count(*) from unit where id = ? and area_id = ? and organisation_id = ?")
                .params(unitId, area.id(), organisationId)
                .query(Integer.class)
                .single()
            == 0) {
      throw new InputException("unitId", "forums.error.attendance.unit");
    }
    int count = people == null ? 1 : people;
    if (count < 1 || count > 500) {
      throw new InputException("people", "forums.error.attendance.people");
    }
    if ((women != null && women < 0)
        || (men != null && men < 0)
        || (women == null ? 0 : women) + (men == null ? 0 : men) > count) {
      throw new InputException("women", "forums.error.attendance.gender");
    }
    jdbc.sql(
            """
            insert into attendance (meeting_id, organisation_id, unit_id, people, women, men)
            values (?, ?, ?, ?, ?, ?)
            on conflict (meeting_id, organisation_id, coalesce(unit_id, 0))
            do update set people = excluded.people, women = excluded.women, men = excluded.men
            """)
        .params(m.id(), organisationId, unitId, count, women, men)
        .update();
    audit.record(
        AuditEntry.of("ATTENDANCE_REGISTERED", "meeting", m.id())
            .inArea(area.id())
            .withDetail("organisation " + organisationId));
  }

  @Transactional
  public void removeAttendance(Area area, long meetingId, long lineId) {
    Meeting m = meeting(area.id(), meetingId);
    if (m.status() != MeetingStatus.PLANNED) {
      throw new InputException("organisationId", "forums.error.attendance.closed");
    }
    jdbc.sql("delete from attendance where id = ? and meeting_id = ?")
        .params(lineId, m.id())
        .update();
    audit.record(AuditEntry.of("ATTENDANCE_REMOVED", "meeting", m.id()).inArea(area.id()));
  }

  /** Saves minutes and decisions of an open meeting; both pass the privacy guard. */
  @Transactional
  public void saveMinutes(
      Area area, long meetingId, String minutes, String decisions, boolean confirmed) {
    Meeting m = meeting(area.id(), meetingId);
    if (m.status() != MeetingStatus.PLANNED) {
      throw new InputException("minutes", "forums.error.minutes.locked");
    }
    String mi = minutes == null ? "" : minutes.strip();
    String de = decisions == null ? "" : decisions.strip();
    if (mi.length() > 20000 || de.length() > 20000) {
      throw new InputException("minutes", "forums.error.minutes.long");
    }
    boolean warned =
        guard.check("minutes", mi, confirmed) | guard.check("decisions", de, confirmed);
    jdbc.sql("update meeting set minutes = ?, decisions = ? where id = ?")
        .params(mi, de, m.id())
        .update();
    audit.record(AuditEntry.of("MINUTES_SAVED", "meeting", m.id()).inArea(area.id()));
    if (warned) {
      audit.record(AuditEntry.of("MINUTES_TEXT_CONFIRMED", "meeting", m.id()).inArea(area.id()));
    }
  }

  /**
   * Closes a meeting that has begun: it counts as held (by the convenor or the stand-in) and its
   * minutes are locked.
   */
  @Transactional
  public void close(Actor actor, Area area, long meetingId, String chairedBy) {
    Meeting m = meeting(area.id(), meetingId);
    if (m.status() != MeetingStatus.PLANNED) {
      throw new InputException("meeting", "forums.error.meeting.closed");
    }
    if (!"CONVENOR".equals(chairedBy) && !"STAND_IN".equals(chairedBy)) {
      throw new InputException("chairedBy", "forums.error.chair");
    }
    if (m.startsAt().isAfter(now())) {
      throw new InputException("meeting", "forums.error.close.future");
    }
    jdbc.sql(
            """
            update meeting set status = 'HELD', chaired_by = ?, closed_at = ?, closed_by = ?
            where id = ?
            """)
        .params(chairedBy, Timestamp.from(clock.instant()), actor.userId(), m.id())
        .update();
    audit.record(
        AuditEntry.of("MEETING_CLOSED", "meeting", m.id()).inArea(area.id()).withDetail(chairedBy));
  }

  /** Adds a correction to the locked minutes of a held meeting (never an edit). */
  @Transactional
  public void addCorrection(
      Actor actor, Area area, long meetingId, String text, boolean confirmed) {
    Meeting m = meeting(area.id(), meetingId);
    if (!m.closed()) {
      throw new InputException("correction", "forums.error.correction.open");
    }
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InputException("correction", "forums.error.correction.blank");
    }
    if (t.length() > 4000) {
      throw new InputException("correction", "forums.error.minutes.long");
    }
    guard.check("correction", t, confirmed);
    long id =
        jdbc.sql(
                """
                insert into meeting_correction (meeting_id, text, added_by, added_at)
                values (?, ?, ?, ?) returning id
                """)
            .params(m.id(), t, actor.userId(), Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    audit.record(
        AuditEntry.of("MINUTES_CORRECTED", "meeting", m.id())
            .inArea(area.id())
            .withDetail("correction " + id));
  }

  public List<Correction> corrections(long meetingId) {
    return jdbc.sql(
            """
            select c.id, c.text, coalesce(u.display_name, '–') as added_by, c.added_at
            from meeting_correction c left join app_user u on u.id = c.added_by
            where c.meeting_id = ? order by c.id
            """)
        .param(meetingId)
        .query(
            (rs, n) ->
                new Correction(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
        .list();
  }

  /** Demo loading: marks a meeting held as it was, without an actor or clock check. */
  @Transactional
  public void recordHeld(long meetingId, String chairedBy, String minutes, String decisions) {
    jdbc.sql(
            """
            update meeting set status = 'HELD', chaired_by = ?, closed_at = ends_at,
                minutes = ?, decisions = ?
            where id = ? and status = 'PLANNED'
            """)
        .params(chairedBy, minutes, decisions, meetingId)
        .update();
  }

  /** Meetings of a forum in a period, oldest first (for demo loading and follow-up). */
  public List<Meeting> between(long forumId, LocalDate first, LocalDate last) {
    return jdbc.sql(
            MEETING_SELECT
                + " where m.forum_id = ? and m.starts_at >= ? and m.starts_at < ?"
                + " order by m.starts_at")
        .params(
            forumId,
            Timestamp.from(first.atStartOfDay(Cadence.ZONE).toInstant()),
            Timestamp.from(last.plusDays(1).atStartOfDay(Cadence.ZONE).toInstant()))
        .query(Forums::meeting)
        .list();
  }
}
