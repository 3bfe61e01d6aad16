package se.klara.incidents;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs uploaded imports in the background, two at a time, and keeps the latest progress of each
 * import that is waiting or running in this process (for the progress bar). The uploaded file is a
 * temporary file that is deleted when the import ends.
 */
@Component
class ImportJobs {
  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
  private static final ImportProgress WAITING =
      new ImportProgress(ImportProgress.Phase.READING, 0, 0, 0, java.time.Duration.ZERO);

  private final IncidentImports imports;
  private final Map<Long, ImportProgress> progress = new ConcurrentHashMap<>();
  private final AtomicInteger threads = new AtomicInteger();
  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "incident-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  ImportJobs(IncidentImports imports) {
    this.imports = imports;
  }

  /** Starts a prepared import of the file; the file is deleted afterwards. */
  void submit(long importId, Path file) {
    progress.put(importId, WAITING);
    executor.execute(
        () -> {
          try (InputStream in = Files.newInputStream(file)) {
            imports.run(importId, in, Files.size(file), p -> progress.put(importId, p));
          } catch (IOException | RuntimeException e) {
            log.warn("Background incident import {} failed", importId, e);
          } finally {
            progress.remove(importId);
            try {
              Files.deleteIfExists(file);
            } catch (IOException e) {
              log.warn("Could not delete the uploaded file {}", file, e);
            }
          }
        });
  }

  /** The progress of an import waiting or running in this process. */
  Optional<ImportProgress> progress(long importId) {
    return Optional.ofNullable(progress.get(importId));
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
