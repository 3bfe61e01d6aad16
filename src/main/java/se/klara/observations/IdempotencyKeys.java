package se.klara.observations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency keys (IETF httpapi idempotency-key draft-07), scoped per user. A request holds a
 * transaction-scoped advisory lock on its key while it runs, so a second request with the same key
 * meanwhile is told it is in progress (409). The key, the hash of the request body and the response
 * are stored in the transaction that stores the observation; a failed request stores nothing, so
 * its key can be used again. Keys expire after {@link #LIFETIME}.
 */
@Component
class IdempotencyKeys {
  static final Duration LIFETIME = Duration.ofHours(24);

  /** The SQL expression of the advisory lock of a key; tests take the same lock. */
  static final String LOCK_ID = "hashtextextended('observation-idempotency:' || ? || ':' || ?, 0)";

  private final JdbcClient jdbc;
  private final Clock clock;

  IdempotencyKeys(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A response as it was sent, to send again for a repeated request. */
  record StoredResponse(int status, String location, String body, boolean replayed) {}

  /** A request with this key is being served right now. */
  static class InProgress extends RuntimeException {
    InProgress() {
      super("in progress");
    }
  }

  /** The key was used before for a different request body. */
  static class KeyReused extends RuntimeException {
    KeyReused() {
      super("key reused");
    }
  }

  /**
   * The stored response of an earlier request with this key and body, or the response of {@code
   * work}, stored with the key in the same transaction.
   */
  @Transactional
  StoredResponse submit(long userId, String key, String bodyHash, Supplier<StoredResponse> work) {
    Boolean locked =
        jdbc.sql("select pg_try_advisory_xact_lock(" + LOCK_ID + ")")
            .params(userId, key)
            .query(Boolean.class)
            .single();
    if (!Boolean.TRUE.equals(locked)) {
      throw new InProgress();
    }
    jdbc.sql(
            "delete from observation_idempotency_key where user_id = ? and idempotency_key = ?"
                + " and created_at < ?")
        .params(userId, key, Timestamp.from(clock.instant().minus(LIFETIME)))
        .update();
    Optional<StoredRow> earlier =
        jdbc.sql(
                """
                select request_hash, status, location, response_body
                from observation_idempotency_key where user_id = ? and idempotency_key = ?
                """)
            .params(userId, key)
            .query(StoredRow.class)
            .optional();
    if (earlier.isPresent()) {
      StoredRow row = earlier.get();
      if (!row.requestHash().equals(bodyHash)) {
        throw new KeyReused();
      }
      return new StoredResponse(row.status(), row.location(), row.responseBody(), true);
    }
    StoredResponse response = work.get();
    jdbc.sql(
            """
            insert into observation_idempotency_key
                (user_id, idempotency_key, request_hash, status, location, response_body,
                 created_at)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            userId,
            key,
            bodyHash,
            response.status(),
            response.location(),
            response.body(),
            Timestamp.from(clock.instant()))
        .update();
    return response;
  }

  private record StoredRow(String requestHash, int status, String location, String responseBody) {}
}
