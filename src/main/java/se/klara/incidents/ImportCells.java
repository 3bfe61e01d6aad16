package se.klara.incidents;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The cell rollup of one import ({@code incident_cell}), counted while its rows stream past:
 * incidents with a point per category, local day and {@value IncidentCells#CELL_METRES} m SWEREF 99
 * TM cell. Distinct cells grow with the rows (points rarely share a cell and a day), so memory is
 * capped: every {@link #DEFAULT_SPILL} distinct cells the counts so far are written out as rows of
 * their own to a temporary file (readers sum the rows of a cell anyway), and {@link #copyTo} sends
 * the file and the rest to the database once the incidents are stored — the import's connection is
 * busy with their COPY until then.
 */
final class ImportCells implements AutoCloseable {
  /** Distinct cells kept in memory before they are written out (about 25 MB). */
  static final int DEFAULT_SPILL = 1 << 20;

  /** Cell indexes are stored from this offset so that every key is non-negative (22 bits). */
  private static final long CELL_OFFSET = 1L << 21;

  private static final int CELL_BITS = 22;

  /** Pairs of a batch, so that a key's pair part stays below the sign bit. */
  private static final int MAX_PAIRS = 1 << 19;

  private static final long CELL_MASK = (1L << CELL_BITS) - 1;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final String prefix;
  private final int spillAt;

  /** (category id, local day) pairs of this batch → their index in the two arrays below. */
  private LongIntCounter pairs = new LongIntCounter(1 << 10);

  private long[] pairCategory = new long[1024];
  private long[] pairDay = new long[1024];
  private int pairCount;

  /** (pair index, north cell, east cell) → count. */
  private LongIntCounter cells = new LongIntCounter(1 << 12);

  private Path spillFile;
  private OutputStream spill;

  ImportCells(long areaId, long importId, int spillAt) {
    this.prefix = areaId + "\t" + importId + "\t";
    this.spillAt = spillAt;
  }

  /**
   * Counts an incident at a point given in whole SWEREF 99 TM metres (see {@link
   * IncidentCells#metres}).
   */
  void add(long categoryId, long localDay, int[] metres) {
    long north = Math.floorDiv(metres[0], IncidentCells.CELL_METRES) + CELL_OFFSET;
    long east = Math.floorDiv(metres[1], IncidentCells.CELL_METRES) + CELL_OFFSET;
    long pairKey = (categoryId << 23) ^ (localDay + (1L << 22));
    int pair = pairs.get(pairKey);
    if (pair < 0) {
      pair = pairCount++;
      pairs.put(pairKey, pair);
      if (pair == pairCategory.length) {
        pairCategory = Arrays.copyOf(pairCategory, pair * 2);
        pairDay = Arrays.copyOf(pairDay, pair * 2);
      }
      pairCategory[pair] = categoryId;
      pairDay[pair] = localDay;
    }
    cells.increment(((long) pair << (2 * CELL_BITS)) | (north << CELL_BITS) | east, 1);
    if (cells.size() >= spillAt || pairCount >= MAX_PAIRS) {
      spill();
    }
  }

  private void spill() {
    try {
      if (spill == null) {
        spillFile = Files.createTempFile("klara-import-cells-", ".copy");
        spill = new BufferedOutputStream(Files.newOutputStream(spillFile), 1 << 16);
      }
      writeBatch(spill);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the import's cell counts failed", e);
    }
    pairs = new LongIntCounter(1 << 10);
    pairCount = 0;
    cells = new LongIntCounter(1 << 12);
  }

  /**
   * Writes this batch as COPY text lines, one per category and day: its cells sorted by north then
   * east, three big-endian 32-bit integers each (north, east, count), as bytea hex.
   */
  private void writeBatch(OutputStream out) throws IOException {
    long[] keys = new long[cells.size()];
    int[] at = {0};
    cells.forEach((key, count) -> keys[at[0]++] = key);
    Arrays.sort(keys);
    StringBuilder line = new StringBuilder(1 << 12);
    int i = 0;
    while (i < keys.length) {
      int pair = (int) (keys[i] >>> (2 * CELL_BITS));
      line.append(prefix)
          .append(pairCategory[pair])
          .append('\t')
          .append(LocalDate.ofEpochDay(pairDay[pair]))
          .append("\t\\\\x");
      for (; i < keys.length && (int) (keys[i] >>> (2 * CELL_BITS)) == pair; i++) {
        hex(line, (int) (((keys[i] >>> CELL_BITS) & CELL_MASK) - CELL_OFFSET));
        hex(line, (int) ((keys[i] & CELL_MASK) - CELL_OFFSET));
        hex(line, cells.get(keys[i]));
        if (line.length() >= 1 << 12) {
          flush(line, out);
        }
      }
      line.append('\n');
      flush(line, out);
    }
  }

  private static void flush(StringBuilder line, OutputStream out) throws IOException {
    out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
    line.setLength(0);
  }

  private static void hex(StringBuilder out, int value) {
    for (int shift = 28; shift >= 0; shift -= 4) {
      out.append(HEX[(value >>> shift) & 0xF]);
    }
  }

  /** Copies every counted cell into {@code incident_cell} through a started COPY, and ends it. */
  void copyTo(CopyIn copy) throws SQLException {
    try (OutputStream out = new PGCopyOutputStream(copy, 1 << 16)) {
      if (spill != null) {
        spill.close();
        Files.copy(spillFile, out);
      }
      writeBatch(out);
    } catch (IOException e) {
      if (e.getCause() instanceof SQLException cause) {
        throw cause;
      }
      throw new UncheckedIOException("copying the import's cell counts failed", e);
    }
  }

  /** Deletes the temporary file, if any. */
  @Override
  public void close() {
    try {
      if (spill != null) {
        spill.close();
      }
      if (spillFile != null) {
        Files.deleteIfExists(spillFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
