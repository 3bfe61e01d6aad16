package se.klara.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.places.Places;
import se.klara.support.IntegrationTest;

/**
 * An import that dies half-way leaves nothing: its rows are in an uncommitted transaction. Here the
 * import's database session is terminated while rows are being copied (what a killed JVM does to
 * its connection), and a RUNNING import whose session is gone reads as interrupted.
 */
class IncidentInterruptionTests extends IntegrationTest {
  @Autowired Areas areas;
  @Autowired Places places;
  @Autowired IncidentVocabulary vocabulary;
  @Autowired IncidentSources sources;
  @Autowired IncidentImports imports;

  private long rows(long importId) {
    return jdbc.sql("select count(*) from incident where import_id = ?")
        .param(importId)
        .query(Long.class)
        .single();
  }

  @Test
  void anImportWhoseSessionDiesMidCopyLeavesNoRows() throws Exception {
    IncidentFixtures.TestArea test = IncidentFixtures.area(areas, places, vocabulary);
    sources.save(test.area(), "polisen", IncidentFixtures.policeMapping(), Optional.empty());
    StringBuilder csv = new StringBuilder("Tid,Prio,Händelse,Plats,Lat,Lon\n");
    for (int i = 0; i < 30_000; i++) {
      csv.append("2026-03-02 08:15,1,Stöld,Torget,,\n");
    }
    CountDownLatch release = new CountDownLatch(1);
    InputStream blocking =
        new InputStream() {
          @Override
          public int read() {
            try {
              release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return -1;
          }
        };
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), blocking);
    long id = imports.prepare(test.area(), "polisen", "halv.csv", Optional.empty(), false);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<ImportResult> running =
          executor.submit(() -> imports.run(id, in, 0, ImportProgress.Listener.NONE));
      int pid = awaitCopying(id);
      assertThat(rows(id)).as("nothing is visible before the commit").isZero();

      assertThat(
              jdbc.sql("select pg_terminate_backend(?)").param(pid).query(Boolean.class).single())
          .isTrue();
      release.countDown();
      ImportResult result = running.get(60, TimeUnit.SECONDS);

      assertThat(result.status()).isEqualTo(ImportStatus.FAILED);
      assertThat(result.problems())
          .extracting(ImportProblem::messageKey)
          .containsExactly("incidents.import.error.storage");
      assertThat(rows(id)).isZero();
      assertThat(
              jdbc.sql("select count(*) from incident_day where area_id = ?")
                  .param(test.area().id())
                  .query(Long.class)
                  .single())
          .isZero();
    } finally {
      release.countDown();
      executor.shutdownNow();
    }
  }

  /** Waits until the import's session has copied rows; returns its backend pid. */
  private int awaitCopying(long importId) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Integer pid =
          jdbc.sql("select backend_pid from incident_import where id = ?")
              .param(importId)
              .query(Integer.class)
              .optional()
              .orElse(null);
      if (pid != null) {
        Long copied =
            jdbc.sql("select tuples_processed from pg_stat_progress_copy where pid = ?")
                .param(pid)
                .query(Long.class)
                .optional()
                .orElse(0L);
        if (copied > 10_000) {
          return pid;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the import never started copying");
  }

  @Test
  void aRunningImportWhoseSessionIsGoneReadsAsInterrupted() {
    IncidentFixtures.TestArea test = IncidentFixtures.area(areas, places, vocabulary);
    sources.save(test.area(), "polisen", IncidentFixtures.policeMapping(), Optional.empty());
    long gone = imports.prepare(test.area(), "polisen", "a.csv", Optional.empty(), false);
    long alive = imports.prepare(test.area(), "polisen", "b.csv", Optional.empty(), false);
    jdbc.sql(
            "update incident_import set backend_pid = 2147483000, run_started_at = now()"
                + " where id = ?")
        .param(gone)
        .update();
    int ownPid = jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
    jdbc.sql("update incident_import set backend_pid = ?, run_started_at = now() where id = ?")
        .params(ownPid, alive)
        .update();
    assertThat(imports.byId(test.area().id(), gone).orElseThrow().status())
        .isEqualTo(ImportStatus.INTERRUPTED);
    assertThat(imports.byId(test.area().id(), alive).orElseThrow().status())
        .isEqualTo(ImportStatus.RUNNING);
  }
}
