package se.klara.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.places.Places;
import se.klara.privacy.PrivacyGuard;
import se.klara.shared.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Imports incident CSV files, all or nothing: every row of a file is copied into {@code incident}
 * (PostgreSQL COPY) and added to the rollups in one transaction, or nothing is stored and the
 * import is recorded as failed with its first {@value #MAX_PROBLEMS} problems. The same content is
 * imported successfully at most once per area.
 */
@Service
public class IncidentImports {
  public static final int MAX_PROBLEMS = ImportRun.MAX_PROBLEMS;
  private static final Logger log = LoggerFactory.getLogger(IncidentImports.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COPY =
      "copy incident (area_id, source_id, import_id, occurred_at, priority, category_id, place_id,"
          + " latitude, longitude, north_m, east_m, synthetic) from stdin";
  static final String DUPLICATE = "incidents.import.error.duplicate";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final IncidentSources sources;
  private final IncidentVocabulary vocabulary;
  private final Places places;
  private final PrivacyGuard guard;
  private final AuditLog audit;

  /** The most day counts an import keeps in memory before it rolls up from its rows instead. */
  private volatile int rollupCountLimit = RollupCounts.DEFAULT_LIMIT;

  /** For tests of the constant-memory path: a small limit forces it. */
  void rollupCountLimit(int limit) {
    rollupCountLimit = limit;
  }

  /** Distinct cells an import keeps in memory before it writes them out to a temporary file. */
  private volatile int cellSpill = ImportCells.DEFAULT_SPILL;

  /** For tests of writing cell counts out: a small number forces it. */
  void cellSpill(int distinctCells) {
    cellSpill = distinctCells;
  }

  IncidentImports(
      DataSource dataSource,
      JdbcClient jdbc,
      IncidentSources sources,
      IncidentVocabulary vocabulary,
      Places places,
      PrivacyGuard guard,
      AuditLog audit) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.sources = sources;
    this.vocabulary = vocabulary;
    this.places = places;
    this.guard = guard;
    this.audit = audit;
  }

  /**
   * Records a new import of a file from the named source (status RUNNING, committed at once so that
   * its progress can be followed) and returns its id; {@link #run} then imports the file.
   */
  public long prepare(
      Area area, String sourceName, String fileName, Optional<Actor> actor, boolean synthetic) {
    IncidentSource source =
        sources
            .byName(area.id(), sourceName)
            .orElseThrow(() -> new IncidentException("source", "incidents.import.error.source"));
    long id =
        jdbc.sql(
                """
                insert into incident_import (area_id, source_id, status, file_name,
                  started_by_user, started_by_name, synthetic)
                values (?, ?, 'RUNNING', ?, ?, ?, ?) returning id
                """)
            .params(
                area.id(),
                source.id(),
                shownFileName(fileName),
                actor.map(Actor::userId).orElse(null),
                actor.map(Actor::displayName).orElse(null),
                synthetic)
            .query(Long.class)
            .single();
    audit.record(
        actor, AuditEntry.of("INCIDENT_IMPORT_STARTED", "incident_import", id).inArea(area.id()));
    return id;
  }

  /**
   * The file name as listed: without directories, at most 200 characters, and left out when the
   * privacy guard blocks it (a name can hold an identity number).
   */
  private String shownFileName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name =
        fileName
            .substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
            .strip();
    if (name.isEmpty() || guard.check(name).blocked()) {
      return null;
    }
    return name.length() > 200 ? name.substring(0, 200) : name;
  }

  /** Prepares and runs an import of a file on disk. */
  public ImportResult importFile(
      Area area,
      String sourceName,
      Path file,
      Optional<Actor> actor,
      boolean synthetic,
      ImportProgress.Listener listener)
      throws IOException {
    long id = prepare(area, sourceName, file.getFileName().toString(), actor, synthetic);
    try (InputStream in = Files.newInputStream(file)) {
      return run(id, in, Files.size(file), listener);
    }
  }

  /**
   * Runs a prepared import: reads the stream to its end (or until {@value #MAX_PROBLEMS} problems)
   * and either commits all rows with their rollups or stores nothing and records the problems.
   *
   * @param totalBytes the stream's length for progress, or 0 if unknown
   */
  public ImportResult run(
      long importId, InputStream in, long totalBytes, ImportProgress.Listener listener) {
    long started = System.nanoTime();
    Job job =
        jdbc.sql("select area_id, source_id, synthetic, status from incident_import where id = ?")
            .param(importId)
            .query(
                (rs, n) ->
                    new Job(
                        rs.getLong("area_id"),
                        rs.getLong("source_id"),
                        rs.getBoolean("synthetic"),
                        rs.getString("status")))
            .single();
    if (!"RUNNING".equals(job.status())) {
      throw new IllegalStateException("import " + importId + " has already run");
    }
    IncidentSource source = sources.byId(job.sourceId()).orElseThrow();
    ImportRun run = reader(importId, job, source, listener);
    ImportRun.Outcome outcome;
    long copied = started;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      try (PreparedStatement claim =
          connection.prepareStatement(
              "update incident_import set backend_pid = pg_backend_pid(), run_started_at = now()"
                  + " where id = ?")) {
        claim.setLong(1, importId);
        claim.executeUpdate();
      }
      connection.setAutoCommit(false);
      CopySink sink = null;
      try {
        JdbcClient tx = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        sink = new CopySink(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY));
        outcome = run.read(in, totalBytes, sink);
        if (!outcome.problems().isEmpty()) {
          sink.cancel();
          connection.rollback();
          return failed(importId, outcome, outcome.problems(), started);
        }
        sink.end();
        copied = System.nanoTime();
        listener.progress(
            new ImportProgress(
                ImportProgress.Phase.ROLLING_UP,
                outcome.rows(),
                outcome.bytes(),
                totalBytes,
                Duration.ofNanos(System.nanoTime() - started)));
        if (alreadyImported(tx, job.areaId(), outcome.sha256())) {
          connection.rollback();
          return failed(importId, outcome, List.of(ImportProblem.ofFile(DUPLICATE)), started);
        }
        Rollups.add(
            connection, tx, job.areaId(), importId, job.sourceId(), run.counts(), run.cells());
        tx.sql(
                """
                update incident_import set status = 'SUCCEEDED', content_sha256 = ?,
                  byte_count = ?, row_count = ?, finished_at = now() where id = ?
                """)
            .params(outcome.sha256(), outcome.bytes(), outcome.rows(), importId)
            .update();
        connection.commit();
      } catch (IOException | RuntimeException | SQLException e) {
        if (sink != null) {
          sink.cancel();
        }
        connection.rollback();
        boolean duplicate = isUniqueViolation(e);
        if (!duplicate) {
          log.warn("Incident import {} failed", importId, e);
        }
        ImportRun.Outcome none = new ImportRun.Outcome(0, 0, null, List.of());
        return failed(
            importId,
            none,
            List.of(
                ImportProblem.ofFile(
                    duplicate
                        ? DUPLICATE
                        : e instanceof IOException
                            ? "incidents.import.error.read"
                            : "incidents.import.error.storage")),
            started);
      } finally {
        if (run.cells() != null) {
          run.cells().close();
        }
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      log.warn("Incident import {} could not use the database", importId, e);
      return failed(
          importId,
          new ImportRun.Outcome(0, 0, null, List.of()),
          List.of(ImportProblem.ofFile("incidents.import.error.storage")),
          started);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    listener.progress(
        new ImportProgress(
            ImportProgress.Phase.DONE, outcome.rows(), outcome.bytes(), totalBytes, elapsed));
    log.info(
        "Incident import {}: {} rows in {} ms (read and copy {} ms, rollups and commit {} ms)",
        importId,
        outcome.rows(),
        elapsed.toMillis(),
        (copied - started) / 1_000_000,
        (System.nanoTime() - copied) / 1_000_000);
    return new ImportResult(
        importId, ImportStatus.SUCCEEDED, outcome.rows(), outcome.bytes(), elapsed, List.of());
  }

  /** The area's imports, newest first. */
  public List<ImportSummary> recent(long areaId, int limit) {
    return jdbc.sql(SUMMARY + " where i.area_id = ? order by i.id desc limit ?")
        .params(areaId, limit)
        .query((rs, n) -> summary(rs))
        .list();
  }

  public Optional<ImportSummary> byId(long areaId, long importId) {
    return jdbc.sql(SUMMARY + " where i.area_id = ? and i.id = ?")
        .params(areaId, importId)
        .query((rs, n) -> summary(rs))
        .optional();
  }

  /** Whether the area has imports marked synthetic that succeeded (the demo loader). */
  public boolean hasSynthetic(long areaId) {
    return jdbc.sql(
            "select exists (select 1 from incident_import where area_id = ? and synthetic"
                + " and status = 'SUCCEEDED')")
        .param(areaId)
        .query(Boolean.class)
        .single();
  }

  private static final String SUMMARY =
      """
      select i.id, s.name as source_name, i.file_name, i.row_count, i.byte_count, i.error_count,
        i.errors::text as errors, i.started_by_name, i.started_at, i.finished_at, i.synthetic,
        case when i.status = 'RUNNING' and (
               (i.backend_pid is null and i.started_at < now() - interval '10 minutes')
            or (i.backend_pid is not null and not exists (
                 select 1 from pg_stat_activity a
                 where a.pid = i.backend_pid and a.backend_start <= i.run_started_at)))
          then 'INTERRUPTED' else i.status end as status
      from incident_import i join incident_source s on s.id = i.source_id
      """;

  private static ImportSummary summary(java.sql.ResultSet rs) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new ImportSummary(
        rs.getLong("id"),
        rs.getString("source_name"),
        ImportStatus.valueOf(rs.getString("status")),
        rs.getString("file_name"),
        rs.getLong("row_count"),
        rs.getLong("byte_count"),
        rs.getInt("error_count"),
        problems(rs.getString("errors")),
        rs.getString("started_by_name"),
        rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getBoolean("synthetic"));
  }

  private static List<ImportProblem> problems(String json) {
    List<ImportProblem> problems = new ArrayList<>();
    for (JsonNode node : JSON.readTree(json)) {
      problems.add(
          new ImportProblem(
              node.path("line").asLong(),
              node.path("column").isString() ? node.path("column").asString() : null,
              node.path("key").asString()));
    }
    return problems;
  }

  private ImportRun reader(
      long importId, Job job, IncidentSource source, ImportProgress.Listener listener) {
    Map<String, Long> byCode = new HashMap<>();
    Map<String, Long> byText = new HashMap<>();
    for (IncidentCategory category : vocabulary.categories(job.areaId())) {
      byCode.put(category.code(), category.id());
      byText.putIfAbsent(category.code().toLowerCase(Locale.ROOT), category.id());
      byText.putIfAbsent(SourceMapping.rawKey(category.nameSv()), category.id());
      byText.putIfAbsent(SourceMapping.rawKey(category.nameEn()), category.id());
    }
    return new ImportRun(
            new ImportRun.Target(job.areaId(), job.sourceId(), importId, job.synthetic()),
            source.mapping(),
            byCode,
            byText,
            PlaceMatcher.of(places, job.areaId()),
            guard,
            listener)
        .limitRollupCounts(rollupCountLimit)
        .spillCellsEvery(cellSpill);
  }

  private static boolean alreadyImported(JdbcClient tx, long areaId, String sha256) {
    return tx.sql(
            "select exists (select 1 from incident_import where area_id = ? and content_sha256 = ?"
                + " and status = 'SUCCEEDED')")
        .params(areaId, sha256)
        .query(Boolean.class)
        .single();
  }

  private ImportResult failed(
      long importId, ImportRun.Outcome outcome, List<ImportProblem> problems, long started) {
    ArrayNode errors = JSON.createArrayNode();
    for (ImportProblem problem : problems) {
      var node = errors.addObject().put("line", problem.line());
      if (problem.column() != null) {
        node.put("column", problem.column());
      }
      node.put("key", problem.messageKey());
    }
    jdbc.sql(
            """
            update incident_import set status = 'FAILED', row_count = ?, byte_count = ?,
              error_count = ?, errors = cast(? as jsonb), finished_at = now() where id = ?
            """)
        .params(
            outcome.rows(),
            outcome.bytes(),
            problems.size(),
            JSON.writeValueAsString(errors),
            importId)
        .update();
    return new ImportResult(
        importId,
        ImportStatus.FAILED,
        outcome.rows(),
        outcome.bytes(),
        Duration.ofNanos(System.nanoTime() - started),
        problems);
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private record Job(long areaId, long sourceId, boolean synthetic, String status) {}

  /** The COPY of one import; cancelling is idempotent. */
  private static final class CopySink implements ImportRun.Sink {
    private final CopyIn copy;

    CopySink(CopyIn copy) {
      this.copy = copy;
    }

    @Override
    public void write(byte[] bytes, int length) throws IOException {
      try {
        copy.writeToCopy(bytes, 0, length);
      } catch (SQLException e) {
        throw new IOException(e);
      }
    }

    @Override
    public void cancel() {
      if (copy.isActive()) {
        try {
          copy.cancelCopy();
        } catch (SQLException e) {
          log.debug("Cancelling COPY", e);
        }
      }
    }

    void end() throws SQLException {
      copy.endCopy();
    }
  }
}
