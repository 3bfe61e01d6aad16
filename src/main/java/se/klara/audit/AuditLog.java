package se.klara.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.klara.shared.Actor;
import se.klara.shared.CurrentActor;
import se.klara.shared.RequestId;

/**
 * Writes audit rows in the caller's transaction, so a state change and its audit row are stored
 * together or not at all. Rows cannot be changed afterwards: the database refuses it.
 */
@Service
public class AuditLog {
  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records an entry for the signed-in actor of the current request (if any). */
  public void record(AuditEntry entry) {
    record(CurrentActor.get(), entry);
  }

  /** Records an entry for an actor given explicitly, e.g. at sign-in or from the command line. */
  public void record(Optional<Actor> actor, AuditEntry entry) {
    jdbc.sql(
            """
            insert into audit_event (actor_user_id, actor_username, organisation_id, action,
                                     object_type, object_id, area_id, request_id, detail)
            values (:userId, :username, :organisationId, :action,
                    :objectType, :objectId, :areaId, :requestId, :detail)
            """)
        .param("userId", actor.map(Actor::userId).orElse(null))
        .param("username", actor.map(Actor::username).orElse(null))
        .param("organisationId", actor.map(Actor::organisationId).orElse(null))
        .param("action", entry.action())
        .param("objectType", entry.objectType())
        .param("objectId", entry.objectId())
        .param("areaId", entry.areaId())
        .param("requestId", RequestId.current().orElse(null))
        .param("detail", entry.detail())
        .update();
  }

  /** The newest rows first, optionally only one action. */
  public List<AuditEvent> latest(int limit, Optional<String> action) {
    return jdbc.sql(
            """
            select id, occurred_at, actor_user_id, actor_username, organisation_id, action,
                   object_type, object_id, area_id, request_id, detail
            from audit_event
            where (cast(:action as text) is null or action = :action)
            order by id desc
            limit :limit
            """)
        .param("action", action.orElse(null))
        .param("limit", limit)
        .query(
            (rs, n) ->
                new AuditEvent(
                    rs.getLong("id"),
                    rs.getTimestamp("occurred_at").toInstant(),
                    (Long) rs.getObject("actor_user_id"),
                    rs.getString("actor_username"),
                    (Long) rs.getObject("organisation_id"),
                    rs.getString("action"),
                    rs.getString("object_type"),
                    rs.getString("object_id"),
                    (Long) rs.getObject("area_id"),
                    rs.getString("request_id"),
                    rs.getString("detail")))
        .list();
  }

  /** The distinct actions written so far, for filtering. */
  public List<String> actions() {
    return jdbc.sql("select distinct action from audit_event order by action")
        .query(String.class)
        .list();
  }
}
