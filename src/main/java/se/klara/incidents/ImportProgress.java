package se.klara.incidents;

import java.time.Duration;

/**
 * How far an import has come: rows and bytes read so far out of the file's size.
 *
 * @param totalBytes the file's size, or 0 when unknown
 */
public record ImportProgress(
    Phase phase, long rows, long bytesRead, long totalBytes, Duration elapsed) {

  /** Reading and storing rows, then updating the rollups, then done. */
  public enum Phase {
    READING,
    ROLLING_UP,
    DONE
  }

  /** Receives progress from the thread that runs the import (a few times a second at most). */
  @FunctionalInterface
  public interface Listener {
    void progress(ImportProgress progress);

    Listener NONE = progress -> {};
  }

  public double rowsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : rows / seconds;
  }

  /** Share of the file read, 0–100 (0 when the size is unknown). */
  public int percent() {
    if (totalBytes <= 0) {
      return phase == Phase.READING ? 0 : 100;
    }
    return (int) Math.min(100, bytesRead * 100 / totalBytes);
  }

  /** Time left at the speed so far, estimated from the bytes still to read; null if unknown. */
  public Duration eta() {
    if (totalBytes <= 0 || bytesRead <= 0 || elapsed.isZero()) {
      return null;
    }
    long left = Math.max(0, totalBytes - bytesRead);
    return Duration.ofMillis((long) (elapsed.toMillis() * (double) left / bytesRead));
  }
}
