package se.klara.forums;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.shared.Actor;

/**
 * Per-user calendar feeds: a secret URL (only its SHA-256 is stored) that a calendar app polls
 * without a session; creating a new one replaces the old, revoking deletes it. The feed holds the
 * meetings of the forums the user's organisation takes part in, in the user's areas.
 */
@Service
public class CalendarFeeds {
  /** Meetings this far back stay in the feed. */
  static final Duration PAST = Duration.ofDays(90);

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  CalendarFeeds(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates (or replaces) the user's feed and returns the new secret token, shown only once. */
  @Transactional
  public String create(Actor actor) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            """
            insert into calendar_feed (user_id, token_hash, created_at) values (?, ?, ?)
            on conflict (user_id) do update set token_hash = excluded.token_hash,
                created_at = excluded.created_at
            """)
        .params(actor.userId(), hash(token), Timestamp.from(clock.instant()))
        .update();
    audit.record(AuditEntry.of("CALENDAR_FEED_CREATED", "app_user", actor.userId()));
    return token;
  }

  @Transactional
  public boolean revoke(Actor actor) {
    boolean had =
        jdbc.sql("delete from calendar_feed where user_id = ?").param(actor.userId()).update() > 0;
    if (had) {
      audit.record(AuditEntry.of("CALENDAR_FEED_REVOKED", "app_user", actor.userId()));
    }
    return had;
  }

  public boolean exists(long userId) {
    return jdbc.sql("select count(*) from calendar_feed where user_id = ?")
            .param(userId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The user a token belongs to, if it is a live one. */
  public Optional<Long> userOf(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql("select user_id from calendar_feed where token_hash = ?")
        .param(hash(token))
        .query(Long.class)
        .optional();
  }

  /** The feed's content for the user. */
  public String feed(long userId, String baseUrl) {
    List<Meeting> meetings =
        jdbc.sql(
                """
                select m.id, m.forum_id, f.name as forum_name, f.level, f.area_id, m.starts_at,
                       m.ends_at, m.ad_hoc, m.title, m.status, m.chaired_by, m.minutes,
                       m.decisions, m.invited_at, m.closed_at, f.location
                from meeting m join forum f on f.id = m.forum_id
                join app_user u on u.id = ?
                join area_member am on am.area_id = f.area_id and am.user_id = u.id
                join forum_participant fp on fp.forum_id = f.id
                     and fp.organisation_id = u.organisation_id
                where m.starts_at >= ?
                order by m.starts_at limit 2000
                """)
            .params(userId, Timestamp.from(clock.instant().minus(PAST)))
            .query(Forums::meeting)
            .list();
    return IcsWriter.write("Klara", meetings, baseUrl, areaSlugs(meetings), clock.instant());
  }

  private java.util.Map<Long, String> areaSlugs(List<Meeting> meetings) {
    java.util.Map<Long, String> slugs = new java.util.HashMap<>();
    for (Meeting m : meetings) {
      slugs.computeIfAbsent(
          m.areaId(),
          id ->
              jdbc.sql("select slug from area where id = ?")
                  .param(id)
                  .query(String.class)
                  .single());
    }
    return slugs;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
