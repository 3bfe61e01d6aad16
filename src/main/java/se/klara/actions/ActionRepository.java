package se.klara.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the action plan: items, their history, followers and feedback. */
@Repository
class ActionRepository {
  static final String SELECT =
      """
      select i.*, p.name as place_name, p.latitude as place_latitude,
             p.longitude as place_longitude, u.display_name as raised_by_name,
             ro.name as raised_by_org_name, oo.name as owner_org_name
      from action_item i
      left join place p on p.id = i.place_id
      left join app_user u on u.id = i.raised_by_user_id
      left join organisation ro on ro.id = i.raised_by_org_id
      left join organisation oo on oo.id = i.owner_org_id
      """;

  private final JdbcClient jdbc;

  ActionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new item's columns. */
  record NewRow(
      long areaId,
      Kind kind,
      Category category,
      Long placeId,
      Double latitude,
      Double longitude,
      String address,
      String title,
      String description,
      Long raisedByUserId,
      Long raisedByOrgId,
      String raisedVia,
      String raisedInLabel,
      String raisedInLink,
      Long questionId,
      Long meetingId,
      Long ownerOrgId,
      String ownerFunction,
      LocalDate dueDate,
      Priority priority,
      Status status,
      Instant raisedAt,
      Long open311ClientId) {}

  long insert(NewRow row) {
    return jdbc.sql(
            """
            insert into action_item (area_id, kind, category, place_id, latitude, longitude,
              address, title, description, raised_by_user_id, raised_by_org_id, raised_via,
              raised_in_label, raised_in_link, question_id, meeting_id, owner_org_id,
              owner_function, due_date, priority, status, raised_at, updated_at,
              open311_client_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            returning id
            """)
        .params(
            row.areaId(),
            row.kind().name(),
            row.category().name(),
            row.placeId(),
            row.latitude(),
            row.longitude(),
            row.address(),
            row.title(),
            row.description() == null ? "" : row.description(),
            row.raisedByUserId(),
            row.raisedByOrgId(),
            row.raisedVia(),
            row.raisedInLabel(),
            row.raisedInLink(),
            row.questionId(),
            row.meetingId(),
            row.ownerOrgId(),
            row.ownerFunction(),
            row.dueDate(),
            row.priority().name(),
            row.status().name(),
            Timestamp.from(row.raisedAt()),
            Timestamp.from(row.raisedAt()),
            row.open311ClientId())
        .query(Long.class)
        .single();
  }

  Optional<ActionItem> byId(long areaId, long id) {
    return jdbc.sql(SELECT + " where i.area_id = ? and i.id = ?")
        .params(areaId, id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  Optional<ActionItem> byIdAnyArea(long id) {
    return jdbc.sql(SELECT + " where i.id = ?").param(id).query((rs, n) -> map(rs)).optional();
  }

  /**
   * Changes the status (and what goes with it) from the version the caller read; false when the row
   * has moved on since (nothing changed).
   */
  boolean transition(
      long id,
      int expectedVersion,
      Status to,
      Long ownerOrgId,
      String ownerFunction,
      boolean ownerConfirmed,
      String outcome,
      Instant now,
      boolean closes) {
    return jdbc.sql(
                """
                update action_item set status = ?, owner_org_id = ?, owner_function = ?,
                  owner_confirmed = ?, outcome = ?, updated_at = ?,
                  closed_at = case when cast(? as boolean) then cast(? as timestamptz) else null end,
                  version = version + 1
                where id = ? and version = ?
                """)
            .params(
                to.name(),
                ownerOrgId,
                ownerFunction,
                ownerConfirmed,
                outcome,
                Timestamp.from(now),
                closes,
                Timestamp.from(now),
                id,
                expectedVersion)
            .update()
        == 1;
  }

  /** Bumps the version (for a change that is not a transition, e.g. an answer "fixed"). */
  boolean touch(long id, int expectedVersion, Instant now) {
    return jdbc.sql(
                "update action_item set updated_at = ?, version = version + 1"
                    + " where id = ? and version = ?")
            .params(Timestamp.from(now), id, expectedVersion)
            .update()
        == 1;
  }

  /**
   * Sets the due date and priority where given (part of a verb that already bumped the version).
   */
  void plan(long id, LocalDate dueDate, Priority priority) {
    jdbc.sql(
            """
            update action_item set due_date = coalesce(?, due_date),
              priority = coalesce(?, priority)
            where id = ?
            """)
        .params(dueDate, priority == null ? null : priority.name(), id)
        .update();
  }

  void event(
      long itemId,
      Instant at,
      Long actorUserId,
      String actorLabel,
      String verb,
      Status from,
      Status to,
      Long ownerOrgId,
      String note) {
    jdbc.sql(
            """
            insert into action_event (item_id, occurred_at, actor_user_id, actor_label, verb,
              from_status, to_status, owner_org_id, note)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            itemId,
            Timestamp.from(at),
            actorUserId,
            actorLabel,
            verb,
            from == null ? null : from.name(),
            to.name(),
            ownerOrgId,
            note)
        .update();
  }

  List<ActionEvent> history(long itemId) {
    return jdbc.sql(
            """
            select e.occurred_at, e.actor_label, e.verb, e.from_status, e.to_status,
                   o.name as owner_name, e.note
            from action_event e left join organisation o on o.id = e.owner_org_id
            where e.item_id = ? order by e.id
            """)
        .param(itemId)
        .query(
            (rs, n) ->
                new ActionEvent(
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor_label"),
                    rs.getString("verb"),
                    rs.getString("from_status") == null
                        ? null
                        : Status.valueOf(rs.getString("from_status")),
                    Status.valueOf(rs.getString("to_status")),
                    rs.getString("owner_name"),
                    rs.getString("note")))
        .list();
  }

  void follow(long itemId, long userId) {
    jdbc.sql("insert into action_follower (item_id, user_id) values (?, ?) on conflict do nothing")
        .params(itemId, userId)
        .update();
  }

  void unfollow(long itemId, long userId) {
    jdbc.sql("delete from action_follower where item_id = ? and user_id = ?")
        .params(itemId, userId)
        .update();
  }

  List<Long> followers(long itemId) {
    return jdbc.sql("select user_id from action_follower where item_id = ? order by user_id")
        .param(itemId)
        .query(Long.class)
        .list();
  }

  void feedback(long itemId, Long userId, Answer answer, String comment, Instant at) {
    jdbc.sql(
            """
            insert into action_feedback (item_id, user_id, answer, comment, answered_at)
            values (?, ?, ?, ?, ?)
            """)
        .params(itemId, userId, answer.name(), comment, Timestamp.from(at))
        .update();
  }

  List<ActionFeedback> feedbackOf(long itemId) {
    return jdbc.sql(
            """
            select f.answer, f.comment, f.answered_at, u.display_name
            from action_feedback f left join app_user u on u.id = f.user_id
            where f.item_id = ? order by f.id
            """)
        .param(itemId)
        .query(
            (rs, n) ->
                new ActionFeedback(
                    Answer.valueOf(rs.getString("answer")),
                    rs.getString("comment"),
                    rs.getTimestamp("answered_at").toInstant(),
                    rs.getString("display_name")))
        .list();
  }

  /** The items of an area that match the filter, newest first. */
  List<ActionItem> find(long areaId, ActionFilter filter, Long onlyOrgOrUser, Long userId) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where i.area_id = :area");
    java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
    params.put("area", areaId);
    if (onlyOrgOrUser != null) {
      sql.append(" and (i.owner_org_id = :org or i.raised_by_user_id = :user)");
      params.put("org", onlyOrgOrUser);
      params.put("user", userId);
    }
    switch (filter.state()) {
      case OPEN -> sql.append(" and i.status not in ('COMPLETED', 'WRITTEN_OFF')");
      case CLOSED -> sql.append(" and i.status in ('COMPLETED', 'WRITTEN_OFF')");
      case ALL -> {}
    }
    if (filter.status() != null) {
      sql.append(" and i.status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.ownerOrgId() != null) {
      sql.append(" and i.owner_org_id = :owner");
      params.put("owner", filter.ownerOrgId());
    }
    if (filter.placeId() != null) {
      sql.append(" and i.place_id = :place");
      params.put("place", filter.placeId());
    }
    if (filter.questionId() != null) {
      sql.append(" and i.question_id = :question");
      params.put("question", filter.questionId());
    }
    if (filter.closedFrom() != null) {
      sql.append(" and (i.closed_at at time zone 'Europe/Stockholm')::date >= :from");
      params.put("from", filter.closedFrom());
    }
    if (filter.closedTo() != null) {
      sql.append(" and (i.closed_at at time zone 'Europe/Stockholm')::date <= :to");
      params.put("to", filter.closedTo());
    }
    sql.append(" order by i.raised_at desc, i.id desc limit 2000");
    var statement = jdbc.sql(sql.toString());
    for (var entry : params.entrySet()) {
      statement = statement.param(entry.getKey(), entry.getValue());
    }
    return statement.query((rs, n) -> map(rs)).list();
  }

  /** The open items of an area in the given statuses, oldest first (the forums' agendas). */
  List<ActionItem> inStatus(long areaId, List<Status> statuses) {
    return jdbc.sql(
            SELECT
                + " where i.area_id = :area and i.status in (:statuses)"
                + " order by i.raised_at, i.id")
        .param("area", areaId)
        .param("statuses", statuses.stream().map(Status::name).toList())
        .query((rs, n) -> map(rs))
        .list();
  }

  /** Whether the area has items raised as demo data. */
  boolean anyDemo(long areaId) {
    return jdbc.sql("select count(*) from action_item where area_id = ? and raised_via = 'DEMO'")
            .param(areaId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Stores demo history rows with given times (the demo loader). */
  void setTimes(long id, Instant updatedAt, Instant closedAt) {
    jdbc.sql("update action_item set updated_at = ?, closed_at = ? where id = ?")
        .params(Timestamp.from(updatedAt), closedAt == null ? null : Timestamp.from(closedAt), id)
        .update();
  }

  static ActionItem map(ResultSet rs) throws SQLException {
    Double latitude = (Double) rs.getObject("latitude");
    Double longitude = (Double) rs.getObject("longitude");
    if (latitude == null || longitude == null) {
      latitude = (Double) rs.getObject("place_latitude");
      longitude = (Double) rs.getObject("place_longitude");
    }
    Timestamp closed = rs.getTimestamp("closed_at");
    return new ActionItem(
        rs.getLong("id"),
        rs.getLong("area_id"),
        Kind.valueOf(rs.getString("kind")),
        Category.valueOf(rs.getString("category")),
        (Long) rs.getObject("place_id"),
        rs.getString("place_name"),
        latitude,
        longitude,
        rs.getString("address"),
        rs.getString("title"),
        rs.getString("description"),
        (Long) rs.getObject("raised_by_user_id"),
        rs.getString("raised_by_name"),
        (Long) rs.getObject("raised_by_org_id"),
        rs.getString("raised_by_org_name"),
        rs.getString("raised_via"),
        rs.getString("raised_in_label"),
        rs.getString("raised_in_link"),
        (Long) rs.getObject("question_id"),
        (Long) rs.getObject("meeting_id"),
        (Long) rs.getObject("owner_org_id"),
        rs.getString("owner_org_name"),
        rs.getString("owner_function"),
        rs.getBoolean("owner_confirmed"),
        rs.getObject("due_date", LocalDate.class),
        Priority.valueOf(rs.getString("priority")),
        Status.valueOf(rs.getString("status")),
        rs.getString("outcome"),
        rs.getTimestamp("raised_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        closed == null ? null : closed.toInstant(),
        rs.getInt("version"));
  }
}
