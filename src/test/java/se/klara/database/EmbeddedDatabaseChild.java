package se.klara.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a child JVM by {@link EmbeddedDatabaseTests}: start, write, report ready, wait to die. */
final class EmbeddedDatabaseChild {
  static final String READY = "EMBEDDED-DATABASE-READY";

  private EmbeddedDatabaseChild() {}

  public static void main(String[] args) throws Exception {
    EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
    try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
        Statement s = c.createStatement()) {
      s.execute("create table survived (value text)");
      s.execute("insert into survived values ('Vasagatan 24')");
    }
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(600_000);
  }
}
