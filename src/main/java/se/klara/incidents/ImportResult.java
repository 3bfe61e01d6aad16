package se.klara.incidents;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one import: all rows stored, or none.
 *
 * @param problems the first problems found (at most {@link IncidentImports#MAX_PROBLEMS})
 */
public record ImportResult(
    long importId,
    ImportStatus status,
    long rows,
    long bytes,
    Duration elapsed,
    List<ImportProblem> problems) {

  public ImportResult {
    problems = List.copyOf(problems);
  }

  public boolean succeeded() {
    return status == ImportStatus.SUCCEEDED;
  }

  public double rowsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : rows / seconds;
  }
}
