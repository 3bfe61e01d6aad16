package se.klara.actions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.directory.Organisations;

/**
 * The Open311 clients of an area and their API keys. A key is shown once when it is made; only its
 * SHA-256 hash is stored (the key is 256 random bits, so a fast hash is enough to make a stolen
 * table useless), with a short prefix to tell keys apart.
 */
@Service
public class Open311Clients {
  static final String KEY_PREFIX = "k311_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;

  Open311Clients(JdbcClient jdbc, Organisations organisations, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  /** A client as listed to coordinators (never the key). */
  public record Client(
      long id,
      long areaId,
      long organisationId,
      String organisationName,
      String name,
      String keyPrefix,
      Instant createdAt,
      Instant revokedAt) {
    public boolean active() {
      return revokedAt == null;
    }
  }

  /** A client just made, with its key in clear: shown once, never stored. */
  public record NewKey(Client client, String key) {}

  @Transactional
  public NewKey create(Area area, long organisationId, String name) {
    if (organisations.byId(organisationId).isEmpty()) {
      throw ActionRefused.input("organisation", "actions.open311.error.organisation");
    }
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 120) {
      throw ActionRefused.input("name", "actions.open311.error.name");
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    long id =
        jdbc.sql(
                """
                insert into open311_client (area_id, organisation_id, name, key_hash, key_prefix,
                  created_at)
                values (?, ?, ?, ?, ?, ?) returning id
                """)
            .params(
                area.id(),
                organisationId,
                trimmed,
                hash(key),
                key.substring(0, KEY_PREFIX.length() + 6),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    audit.record(AuditEntry.of("OPEN311_KEY_CREATED", "open311_client", id).inArea(area.id()));
    return new NewKey(byId(id).orElseThrow(), key);
  }

  @Transactional
  public void revoke(Area area, long id) {
    int changed =
        jdbc.sql(
                "update open311_client set revoked_at = ? where id = ? and area_id = ?"
                    + " and revoked_at is null")
            .params(Timestamp.from(clock.instant()), id, area.id())
            .update();
    if (changed == 1) {
      audit.record(AuditEntry.of("OPEN311_KEY_REVOKED", "open311_client", id).inArea(area.id()));
    }
  }

  public List<Client> inArea(Area area) {
    return jdbc.sql(SELECT + " where c.area_id = ? order by c.created_at desc, c.id desc")
        .param(area.id())
        .query((rs, n) -> map(rs))
        .list();
  }

  /** The active client holding this key, if any. */
  public Optional<Client> authenticate(String key) {
    if (key == null || key.isBlank() || key.length() > 200) {
      return Optional.empty();
    }
    return jdbc.sql(SELECT + " where c.key_hash = ? and c.revoked_at is null")
        .param(hash(key.strip()))
        .query((rs, n) -> map(rs))
        .optional();
  }

  Optional<Client> byId(long id) {
    return jdbc.sql(SELECT + " where c.id = ?").param(id).query((rs, n) -> map(rs)).optional();
  }

  private static final String SELECT =
      """
      select c.id, c.area_id, c.organisation_id, o.name as organisation_name, c.name, c.key_prefix,
             c.created_at, c.revoked_at
      from open311_client c join organisation o on o.id = c.organisation_id
      """;

  private static Client map(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new Client(
        rs.getLong("id"),
        rs.getLong("area_id"),
        rs.getLong("organisation_id"),
        rs.getString("organisation_name"),
        rs.getString("name"),
        rs.getString("key_prefix"),
        rs.getTimestamp("created_at").toInstant(),
        revoked == null ? null : revoked.toInstant());
  }

  static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
