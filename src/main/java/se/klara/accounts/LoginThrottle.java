package se.klara.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database (so the count survives restarts and is shared by every
 * instance) and says when an account or an address must wait.
 */
@Component
class LoginThrottle {
  private final JdbcClient jdbc;
  private final LoginThrottleProperties properties;

  LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  boolean isThrottled(String username, String address) {
    return jdbc.sql(
            """
            select count(*) filter (where username_hash = :user) >= :perAccount
                or count(*) filter (where address = :address) >= :perAddress
            from login_failure
            where failed_at > now() - make_interval(secs => :windowSeconds)
              and (username_hash = :user or address = :address)
            """)
        .param("user", hash(username))
        .param("address", address)
        .param("perAccount", properties.maxFailuresPerAccount())
        .param("perAddress", properties.maxFailuresPerAddress())
        .param("windowSeconds", properties.failureWindow().toSeconds())
        .query(Boolean.class)
        .single();
  }

  void recordFailure(String username, String address) {
    jdbc.sql("insert into login_failure (username_hash, address) values (?, ?)")
        .params(hash(username), address)
        .update();
  }

  /** A successful sign-in forgives the account's earlier mistakes (not the address's). */
  void clearAccount(String username) {
    jdbc.sql("delete from login_failure where username_hash = ?").param(hash(username)).update();
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void forgetOldFailures() {
    jdbc.sql("delete from login_failure where failed_at < now() - make_interval(secs => ?)")
        .param(properties.failureWindow().toSeconds() * 4)
        .update();
  }

  long minutesToWait() {
    return Math.max(1, properties.failureWindow().toMinutes());
  }

  static String hash(String username) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(Accounts.normalise(username).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
