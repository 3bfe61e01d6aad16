package se.klara.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import se.klara.database.EmbeddedDatabase;

/**
 * The real PostgreSQL the tests run against: a fresh database on the server at {@code
 * KLARA_TEST_PG} (default 127.0.0.1:5432, user postgres, trust) when it answers, otherwise Klara's
 * own embedded server in a temporary directory. Each test JVM gets its own database, dropped when
 * the JVM ends; databases left by killed runs are dropped on the next start.
 */
public final class TestDatabase {
  private static final String PREFIX = "klara_test_";
  private static String jdbcUrl;
  private static String user;

  private TestDatabase() {}

  public static synchronized String jdbcUrl() {
    if (jdbcUrl == null) {
      start();
    }
    return jdbcUrl;
  }

  public static synchronized String user() {
    jdbcUrl();
    return user;
  }

  private static void start() {
    String server = System.getenv().getOrDefault("KLARA_TEST_PG", "127.0.0.1:5432");
    String host = server.substring(0, server.lastIndexOf(':'));
    int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    if (reachable(host, port)) {
      useServer(host, port);
    } else {
      useEmbedded();
    }
  }

  private static void useServer(String host, int port) {
    String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    String name = PREFIX + ProcessHandle.current().pid();
    user = System.getenv().getOrDefault("KLARA_TEST_PG_USER", "postgres");
    try (Connection connection = DriverManager.getConnection(admin, user, null);
        Statement statement = connection.createStatement()) {
      for (String stale : staleDatabases(statement)) {
        statement.execute("drop database if exists " + stale + " with (force)");
      }
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name + " encoding 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the test database on " + admin, e);
    }
    jdbcUrl = "jdbc:postgresql://" + host + ":" + port + "/" + name;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (Connection connection = DriverManager.getConnection(admin, user, null);
                      Statement statement = connection.createStatement()) {
                    statement.execute("drop database if exists " + name + " with (force)");
                  } catch (SQLException ignored) {
                    // dropped by the next run
                  }
                }));
  }

  /** Databases of earlier test JVMs that no longer run. */
  private static List<String> staleDatabases(Statement statement) throws SQLException {
    List<String> stale = new ArrayList<>();
    try (ResultSet rs =
        statement.executeQuery(
            "select datname from pg_database where datname like '" + PREFIX + "%'")) {
      while (rs.next()) {
        String name = rs.getString(1);
        try {
          long pid = Long.parseLong(name.substring(PREFIX.length()));
          if (ProcessHandle.of(pid).isEmpty()) {
            stale.add(name);
          }
        } catch (NumberFormatException ignored) {
          // not ours
        }
      }
    }
    return stale;
  }

  private static void useEmbedded() {
    try {
      Path directory = Files.createTempDirectory("klara-test-db");
      EmbeddedDatabase database = EmbeddedDatabase.start(directory);
      jdbcUrl = database.jdbcUrl();
      user = database.username();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      database.close();
                    } catch (IOException ignored) {
                      // the process ends anyway
                    }
                  }));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean reachable(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
