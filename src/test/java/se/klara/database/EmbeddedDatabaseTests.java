package se.klara.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data across restarts and survives a killed JVM. */
class EmbeddedDatabaseTests {

  @TempDir Path root;

  @Test
  void dataWrittenBeforeAStopIsThereAfterTheNextStart() throws Exception {
    try (EmbeddedDatabase first = EmbeddedDatabase.start(root)) {
      execute(first, "create table kept (value text)", "insert into kept values ('Plattan')");
    }
    assertThat(root.resolve("postgres/postgresql.conf")).exists();
    try (EmbeddedDatabase second = EmbeddedDatabase.start(root)) {
      assertThat(query(second, "select value from kept")).containsExactly("Plattan");
      assertThat(query(second, "show fsync")).containsExactly("on");
      assertThat(query(second, "show synchronous_commit")).containsExactly("on");
      assertThat(query(second, "show listen_addresses")).containsExactly("127.0.0.1");
    }
  }

  @Test
  void aSecondStartOnADirectoryInUseIsRefusedAndLeavesTheRunningServerAlone() throws Exception {
    try (EmbeddedDatabase running = EmbeddedDatabase.start(root)) {
      execute(running, "create table busy (value text)", "insert into busy values ('T-Centralen')");
      assertThatThrownBy(() -> EmbeddedDatabase.start(root))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("Another Klara process is using the data directory");
      assertThat(query(running, "select value from busy")).containsExactly("T-Centralen");
    }
  }

  /**
   * A JVM killed with SIGKILL leaves its PostgreSQL running and holding postmaster.pid; the next
   * start must stop it and come up with the committed data.
   */
  @Test
  void aServerLeftBehindByAKilledJvmIsStoppedAndItsDataKept() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(),
                root.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      boolean ready = false;
      while ((line = out.readLine()) != null) {
        if (line.equals(EmbeddedDatabaseChild.READY)) {
          ready = true;
          break;
        }
      }
      assertThat(ready).as("the child JVM started its database").isTrue();
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(EmbeddedDatabase.leftoverServer(root.resolve("postgres")))
        .as("the killed JVM's postgres is still running")
        .isPresent();

    try (EmbeddedDatabase recovered = EmbeddedDatabase.start(root)) {
      assertThat(query(recovered, "select value from survived")).containsExactly("Vasagatan 24");
    }
    assertThat(Files.exists(root.resolve("postgres/postmaster.pid"))).isFalse();
  }

  private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private static List<String> query(EmbeddedDatabase database, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new java.util.ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }
}
