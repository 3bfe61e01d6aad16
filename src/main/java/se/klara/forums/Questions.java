package se.klara.forums;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.notifications.Notice;
import se.klara.notifications.Notifications;
import se.klara.places.Places;
import se.klara.shared.Actor;
import se.klara.shared.InputException;
import se.klara.shared.NotFoundException;

/**
 * Questions that travel up between forums and whose answers travel back down: raised, escalated
 * with a reason to the next forum up, decided, answered or closed. Whoever raised or carried a
 * question is told when it is answered or closed (in-app and by e-mail) – the feedback the seed
 * found missing.
 */
@Service
public class Questions {
  private final JdbcClient jdbc;
  private final Forums forums;
  private final Places places;
  private final TextGuard guard;
  private final AuditLog audit;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Questions(
      JdbcClient jdbc,
      Forums forums,
      Places places,
      TextGuard guard,
      AuditLog audit,
      Notifications notifications,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.forums = forums;
    this.places = places;
    this.guard = guard;
    this.audit = audit;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
  }

  private static final String SELECT =
      """
      select q.id, q.area_id, q.text, q.place_id, p.name as place_name, q.raised_by,
             coalesce(u.display_name, '–') as raised_by_name, q.owner, q.status, q.due_date,
             q.forum_id, f.name as forum_name, f.level, q.raised_in_meeting, q.answer,
             q.sent_to_actions, q.created_at
      from question q join forum f on f.id = q.forum_id
      left join place p on p.id = q.place_id
      left join app_user u on u.id = q.raised_by
      """;

  private static Question question(ResultSet rs, int n) throws SQLException {
    return new Question(
        rs.getLong("id"),
        rs.getLong("area_id"),
        rs.getString("text"),
        (Long) rs.getObject("place_id"),
        rs.getString("place_name"),
        (Long) rs.getObject("raised_by"),
        rs.getString("raised_by_name"),
        rs.getString("owner"),
        QuestionStatus.valueOf(rs.getString("status")),
        rs.getObject("due_date", LocalDate.class),
        rs.getLong("forum_id"),
        rs.getString("forum_name"),
        ForumLevel.valueOf(rs.getString("level")),
        (Long) rs.getObject("raised_in_meeting"),
        rs.getString("answer"),
        rs.getBoolean("sent_to_actions"),
        rs.getTimestamp("created_at").toInstant());
  }

  public Question get(long areaId, long id) {
    return jdbc.sql(SELECT + " where q.area_id = ? and q.id = ?")
        .params(areaId, id)
        .query(Questions::question)
        .optional()
        .orElseThrow(() -> new NotFoundException("question"));
  }

  /** The area's questions, open ones first, newest first. */
  public List<Question> inArea(long areaId, boolean openOnly) {
    return jdbc.sql(
            SELECT
                + """
                where q.area_id = ? and (not ? or q.status = 'OPEN')
                order by (q.status = 'OPEN') desc, q.created_at desc, q.id desc limit 500
                """)
        .params(areaId, openOnly)
        .query(Questions::question)
        .list();
  }

  /** Open questions now lying with a forum (they go on its agendas). */
  public List<Question> openAt(long forumId) {
    return jdbc.sql(SELECT + " where q.forum_id = ? and q.status = 'OPEN' order by q.id")
        .param(forumId)
        .query(Questions::question)
        .list();
  }

  /** Questions raised in a meeting. */
  public List<Question> raisedIn(long meetingId) {
    return jdbc.sql(SELECT + " where q.raised_in_meeting = ? order by q.id")
        .param(meetingId)
        .query(Questions::question)
        .list();
  }

  /** A question's whole history, oldest first. */
  public List<QuestionEvent> history(long questionId) {
    return jdbc.sql(
            """
            select e.id, e.kind, f.name as forum, t.name as to_forum, e.meeting_id,
                   coalesce(u.display_name, '–') as actor, e.text, e.created_at
            from question_event e
            left join forum f on f.id = e.forum_id
            left join forum t on t.id = e.to_forum_id
            left join app_user u on u.id = e.actor_id
            where e.question_id = ? order by e.id
            """)
        .param(questionId)
        .query(
            (rs, n) ->
                new QuestionEvent(
                    rs.getLong("id"),
                    rs.getString("kind"),
                    rs.getString("forum"),
                    rs.getString("to_forum"),
                    (Long) rs.getObject("meeting_id"),
                    rs.getString("actor"),
                    rs.getString("text"),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  /**
   * Raises a question at a forum, or in one of its meetings (then the meeting's forum). The text
   * passes the privacy guard; a place must be one of the area's.
   */
  @Transactional
  public Question raise(
      Actor actor,
      Area area,
      String text,
      Long placeId,
      Long forumId,
      Long meetingId,
      String owner,
      LocalDate dueDate,
      boolean confirmed) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InputException("text", "forums.error.question.blank");
    }
    if (t.length() > 4000) {
      throw new InputException("text", "forums.error.minutes.long");
    }
    String o = owner == null ? "" : owner.strip();
    if (o.length() > 200) {
      throw new InputException("owner", "forums.error.title.long");
    }
    boolean warned = guard.check("text", t, confirmed);
    guard.check("owner", o, true);
    long forum;
    if (meetingId != null) {
      Meeting m = forums.meeting(area.id(), meetingId);
      forum = m.forumId();
    } else if (forumId != null) {
      forum = forums.get(area.id(), forumId).id();
    } else {
      throw new InputException("forumId", "forums.error.question.forum");
    }
    if (placeId != null && places.byId(placeId).filter(p -> p.areaId() == area.id()).isEmpty()) {
      throw new InputException("placeId", "forums.error.question.place");
    }
    Timestamp now = Timestamp.from(clock.instant());
    long id =
        jdbc.sql(
                """
                insert into question (area_id, text, place_id, raised_by, owner, due_date,
                    forum_id, raised_in_meeting, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
            .params(area.id(), t, placeId, actor.userId(), o, dueDate, forum, meetingId, now, now)
            .query(Long.class)
            .single();
    event(id, "RAISED", forum, null, meetingId, actor.userId(), "");
    audit.record(AuditEntry.of("QUESTION_RAISED", "question", id).inArea(area.id()));
    if (warned) {
      audit.record(AuditEntry.of("QUESTION_TEXT_CONFIRMED", "question", id).inArea(area.id()));
    }
    return get(area.id(), id);
  }

  private void event(
      long questionId,
      String kind,
      Long forumId,
      Long toForumId,
      Long meetingId,
      Long actorId,
      String text) {
    jdbc.sql(
            """
            insert into question_event (question_id, kind, forum_id, to_forum_id, meeting_id,
                actor_id, text, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            questionId,
            kind,
            forumId,
            toForumId,
            meetingId,
            actorId,
            text,
            Timestamp.from(clock.instant()))
        .update();
  }

  private Question open(Area area, long questionId) {
    Question q = get(area.id(), questionId);
    if (q.status() != QuestionStatus.OPEN) {
      throw new InputException("question", "forums.error.question.done");
    }
    return q;
  }

  private static String required(String field, String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InputException(field, "forums.error.reason.blank");
    }
    if (t.length() > 4000) {
      throw new InputException(field, "forums.error.minutes.long");
    }
    return t;
  }

  /** Raises the question to the forum above its current one, with a reason. */
  @Transactional
  public Question escalate(
      Actor actor, Area area, long questionId, String reason, Long meetingId, boolean confirmed) {
    Question q = open(area, questionId);
    String why = required("reason", reason);
    guard.check("reason", why, confirmed);
    Forum current = forums.get(area.id(), q.forumId());
    if (current.parentId() == null) {
      throw new InputException("reason", "forums.error.escalate.top", current.name());
    }
    Long meeting = meetingInForum(area, meetingId, current.id());
    jdbc.sql("update question set forum_id = ?, updated_at = ? where id = ?")
        .params(current.parentId(), Timestamp.from(clock.instant()), q.id())
        .update();
    event(q.id(), "ESCALATED", current.id(), current.parentId(), meeting, actor.userId(), why);
    audit.record(
        AuditEntry.of("QUESTION_ESCALATED", "question", q.id())
            .inArea(area.id())
            .withDetail(current.name() + " -> " + current.parentName()));
    return get(area.id(), q.id());
  }

  private Long meetingInForum(Area area, Long meetingId, long forumId) {
    if (meetingId == null) {
      return null;
    }
    Meeting m = forums.meeting(area.id(), meetingId);
    if (m.forumId() != forumId) {
      throw new InputException("meetingId", "forums.error.question.meeting");
    }
    return m.id();
  }

  /** Records a decision taken on the question without closing it (e.g. who investigates). */
  @Transactional
  public Question decide(
      Actor actor, Area area, long questionId, String decision, Long meetingId, boolean confirmed) {
    Question q = open(area, questionId);
    String text = required("decision", decision);
    guard.check("decision", text, confirmed);
    event(
        q.id(),
        "DECIDED",
        q.forumId(),
        null,
        meetingInForum(area, meetingId, q.forumId()),
        actor.userId(),
        text);
    audit.record(AuditEntry.of("QUESTION_DECIDED", "question", q.id()).inArea(area.id()));
    return get(area.id(), q.id());
  }

  /** Answers the question and tells everyone who raised or carried it. */
  @Transactional
  public Question answer(
      Actor actor, Area area, long questionId, String answer, Long meetingId, boolean confirmed) {
    return finish(actor, area, questionId, answer, meetingId, confirmed, QuestionStatus.ANSWERED);
  }

  /** Closes the question with a reason and tells everyone who raised or carried it. */
  @Transactional
  public Question close(
      Actor actor, Area area, long questionId, String reason, Long meetingId, boolean confirmed) {
    return finish(actor, area, questionId, reason, meetingId, confirmed, QuestionStatus.CLOSED);
  }

  private Question finish(
      Actor actor,
      Area area,
      long questionId,
      String text,
      Long meetingId,
      boolean confirmed,
      QuestionStatus status) {
    Question q = open(area, questionId);
    String field = status == QuestionStatus.ANSWERED ? "answer" : "reason";
    String t = required(field, text);
    guard.check(field, t, confirmed);
    Long meeting = meetingInForum(area, meetingId, q.forumId());
    jdbc.sql("update question set status = ?, answer = ?, updated_at = ? where id = ?")
        .params(status.name(), t, Timestamp.from(clock.instant()), q.id())
        .update();
    event(q.id(), status.name(), q.forumId(), null, meeting, actor.userId(), t);
    audit.record(AuditEntry.of("QUESTION_" + status.name(), "question", q.id()).inArea(area.id()));
    notifications.tell(
        carriers(q.id()),
        new Notice(
            status == QuestionStatus.ANSWERED ? "forums.notice.answered" : "forums.notice.closed",
            List.of(q.title(), q.forumName()),
            t,
            "/areas/" + area.slug() + "/questions/" + q.id()));
    return get(area.id(), q.id());
  }

  /** Everyone who raised the question or carried it up a level. */
  public List<Long> carriers(long questionId) {
    return jdbc.sql(
            """
            select distinct actor_id from question_event
            where question_id = ? and kind in ('RAISED', 'ESCALATED') and actor_id is not null
            union
            select raised_by from question where id = ? and raised_by is not null
            """)
        .params(questionId, questionId)
        .query(Long.class)
        .list();
  }

  /**
   * Sends a question about the physical environment to the action plan: publishes {@link
   * ActionRequested} in this transaction (the action plan raises an item that links back).
   */
  @Transactional
  public Question sendToActionPlan(Actor actor, Area area, long questionId, Long meetingId) {
    Question q = get(area.id(), questionId);
    if (q.sentToActions()) {
      throw new InputException("question", "forums.error.question.sent");
    }
    Long meeting = meetingInForum(area, meetingId, q.forumId());
    jdbc.sql("update question set sent_to_actions = true, updated_at = ? where id = ?")
        .params(Timestamp.from(clock.instant()), q.id())
        .update();
    event(q.id(), "SENT_TO_ACTIONS", q.forumId(), null, meeting, actor.userId(), "");
    audit.record(AuditEntry.of("QUESTION_SENT_TO_ACTIONS", "question", q.id()).inArea(area.id()));
    events.publishEvent(
        new ActionRequested(
            area.id(),
            actor.userId(),
            q.text(),
            q.placeId(),
            q.id(),
            meeting,
            q.forumName() + " " + forums.today() + ", fråga " + q.id(),
            "/areas/" + area.slug() + "/questions/" + q.id()));
    return get(area.id(), q.id());
  }

  /** Demo loading: backdates a question's history so the demo reads like 2019. */
  @Transactional
  public void backdate(long questionId, java.time.Instant at) {
    jdbc.sql("update question set created_at = ?, updated_at = ? where id = ?")
        .params(Timestamp.from(at), Timestamp.from(at), questionId)
        .update();
    jdbc.sql(
            """
            update question_event set created_at = cast(? as timestamptz) + (id - (select min(id) from question_event
                where question_id = ?)) * interval '7 days'
            where question_id = ?
            """)
        .params(Timestamp.from(at), questionId, questionId)
        .update();
  }
}
