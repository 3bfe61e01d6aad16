package se.klara.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.klara.shared.Actor;
import se.klara.shared.Role;

/**
 * Base of tests that need the running application: the real server on a random port, the real
 * PostgreSQL, the demo data. All such tests share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {
  public static final String DEMO_PASSWORD = "klara-demo";

  @LocalServerPort protected int port;
  @Autowired protected JdbcClient jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("klara.db.url", TestDatabase::jdbcUrl);
    registry.add("klara.db.user", TestDatabase::user);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", TestMail::port);
  }

  /** A demo account as the modules see it when it acts (the signed-in user). */
  protected Actor actor(String username) {
    return jdbc.sql(
            """
            select u.id, u.username, u.display_name, u.organisation_id, o.name, u.role
            from app_user u join organisation o on o.id = u.organisation_id where u.username = ?
            """)
        .param(username)
        .query(
            (rs, n) ->
                new Actor(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5),
                    Role.valueOf(rs.getString(6))))
        .single();
  }

  /** A new HTTP client with its own cookies, not signed in. */
  protected WebSession anonymous() {
    return new WebSession("http://127.0.0.1:" + port);
  }

  /** A new HTTP client signed in as a demo account. */
  protected WebSession signedInAs(String username) {
    WebSession session = anonymous();
    WebSession.Response response = session.signIn(username, DEMO_PASSWORD);
    if (response.status() != 302 || !response.location().endsWith("/")) {
      throw new IllegalStateException(
          "sign-in as " + username + " failed: " + response.status() + " " + response.location());
    }
    return session;
  }
}
