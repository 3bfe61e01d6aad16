package se.klara.incidents;

import java.time.Instant;
import java.util.List;

/** One import as listed: what, by whom, when, and how it ended. */
public record ImportSummary(
    long id,
    String sourceName,
    ImportStatus status,
    String fileName,
    long rows,
    long bytes,
    int errorCount,
    List<ImportProblem> problems,
    String startedBy,
    Instant startedAt,
    Instant finishedAt,
    boolean synthetic) {}
