package se.klara.incidents;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import se.klara.privacy.PrivacyGuard;

/**
 * Reads one incident CSV file as a stream: parse, check privacy, validate, map category and place,
 * and write each good row in PostgreSQL's COPY text format to a {@link Sink}. At the first problem
 * the sink is cancelled; reading goes on to collect up to {@link #MAX_PROBLEMS} problems. Holds no
 * rows: memory does not grow with the file.
 */
final class ImportRun {
  static final int MAX_PROBLEMS = 100;
  private static final int FLUSH_CHARS = 64 * 1024;
  private static final long REPORT_NANOS = 200_000_000L;
  private static final int VERDICT_CACHE = 4096;

  /** Where COPY rows go. */
  interface Sink {
    void write(byte[] bytes, int length) throws IOException;

    /** Stop writing: the import fails. Called at most once. */
    void cancel() throws IOException;
  }

  /** What one run saw: rows read (good or bad), bytes, the content hash if read to the end. */
  record Outcome(long rows, long bytes, String sha256, List<ImportProblem> problems) {}

  /** Identifiers written into every row. */
  record Target(long areaId, long sourceId, long importId, boolean synthetic) {}

  private final Target target;
  private final SourceMapping mapping;
  private final Map<String, Long> categoryByRawText;
  private final Long defaultCategory;
  private final PlaceMatcher places;
  private final PrivacyGuard guard;
  private final ImportProgress.Listener listener;
  private final IncidentCsv.TimeParser times;
  private final Map<String, Boolean> blockedCache =
      new LinkedHashMap<>(VERDICT_CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > VERDICT_CACHE;
        }
      };

  /**
   * @param categoryByRawText the area's category ids by lower-case code and names; the mapping's
   *     own entries are added over them
   */
  ImportRun(
      Target target,
      SourceMapping mapping,
      Map<String, Long> categoryIdsByCode,
      Map<String, Long> categoryByRawText,
      PlaceMatcher places,
      PrivacyGuard guard,
      ImportProgress.Listener listener) {
    this.target = target;
    this.mapping = mapping;
    this.places = places;
    this.guard = guard;
    this.listener = listener;
    this.times = new IncidentCsv.TimeParser(mapping.timeFormat());
    Map<String, Long> byText = new java.util.HashMap<>(categoryByRawText);
    mapping
        .categories()
        .forEach(
            (raw, code) -> {
              Long id = categoryIdsByCode.get(code);
              if (id != null) {
                byText.put(raw, id);
              }
            });
    this.categoryByRawText = byText;
    this.defaultCategory =
        mapping.defaultCategory() == null ? null : categoryIdsByCode.get(mapping.defaultCategory());
  }

  /** The rollup counts of the rows written so far. */
  private RollupCounts counts = new RollupCounts(RollupCounts.DEFAULT_LIMIT);

  /** Keeps at most this many day counts in memory (see {@link RollupCounts}). */
  ImportRun limitRollupCounts(int limit) {
    counts = new RollupCounts(limit);
    return this;
  }

  RollupCounts counts() {
    return counts;
  }

  /** The cell counts of the rows written so far (made when reading starts). */
  private ImportCells cells;

  private int cellSpill = ImportCells.DEFAULT_SPILL;

  /** Writes the cell counts out every this many distinct cells (see {@link ImportCells}). */
  ImportRun spillCellsEvery(int distinctCells) {
    cellSpill = distinctCells;
    return this;
  }

  ImportCells cells() {
    return cells;
  }

  Outcome read(InputStream raw, long totalBytes, Sink sink) throws IOException {
    long started = System.nanoTime();
    cells = new ImportCells(target.areaId(), target.importId(), cellSpill);
    Counting counting = new Counting(raw);
    List<ImportProblem> problems = new ArrayList<>();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8), 1 << 16);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    reader.mark(1 << 20);
    String headerLine = reader.readLine();
    if (headerLine == null || headerLine.isBlank()) {
      sink.cancel();
      problems.add(new ImportProblem(1, null, "incidents.import.error.empty"));
      return new Outcome(0, counting.count, null, problems);
    }
    reader.reset();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(IncidentCsv.delimiter(headerLine))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(reader).setFormat(format).get();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      sink.cancel();
      problems.add(new ImportProblem(1, null, "incidents.import.error.header"));
      return new Outcome(0, counting.count, null, problems);
    }
    List<String> headers = parser.getHeaderNames();
    checkHeader(headers, problems);
    if (!problems.isEmpty()) {
      sink.cancel();
      return new Outcome(0, counting.count, null, problems);
    }
    int time = headers.indexOf(mapping.timeColumn());
    int category = headers.indexOf(mapping.categoryColumn());
    int priority = index(headers, mapping.priorityColumn());
    int place = index(headers, mapping.placeColumn());
    int latitude = index(headers, mapping.latitudeColumn());
    int longitude = index(headers, mapping.longitudeColumn());

    StringBuilder out = new StringBuilder(FLUSH_CHARS + 256);
    String prefix = target.areaId() + "\t" + target.sourceId() + "\t" + target.importId() + "\t";
    String suffix = target.synthetic() ? "\tt\n" : "\tf\n";
    boolean writing = true;
    long rows = 0;
    long lastReport = started;
    Iterator<CSVRecord> records = parser.iterator();
    while (problems.size() < MAX_PROBLEMS) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          break;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        problems.add(new ImportProblem(rows + 2, null, "incidents.import.error.malformed"));
        break;
      }
      long line = record.getRecordNumber() + 1;
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue; // an empty line
      }
      rows++;
      int before = problems.size();
      if (record.size() != headers.size()) {
        problems.add(new ImportProblem(line, null, "incidents.import.error.column-count"));
      } else {
        for (int i = 0; i < record.size(); i++) {
          if (!plainTyped(i, record.get(i), time, priority, latitude, longitude)
              && blocked(record.get(i))) {
            problems.add(
                new ImportProblem(line, headers.get(i), "incidents.import.error.personal-data"));
          }
        }
      }
      if (problems.size() == before) {
        Instant occurred = times.parse(record.get(time));
        if (occurred == null) {
          problems.add(new ImportProblem(line, headers.get(time), "incidents.import.error.time"));
        }
        String prio = priority < 0 ? "" : record.get(priority);
        if (!prio.isEmpty()
            && !(prio.length() == 1 && prio.charAt(0) >= '1' && prio.charAt(0) <= '3')) {
          problems.add(
              new ImportProblem(line, headers.get(priority), "incidents.import.error.priority"));
        }
        Long categoryId = category(record.get(category));
        if (categoryId == null) {
          problems.add(
              new ImportProblem(
                  line,
                  headers.get(category),
                  record.get(category).isEmpty()
                      ? "incidents.import.error.category-missing"
                      : "incidents.import.error.category-unmapped"));
        }
        double[] point = null;
        if (latitude >= 0) {
          String lat = record.get(latitude);
          String lon = record.get(longitude);
          if (!lat.isEmpty() || !lon.isEmpty()) {
            point = coordinates(lat, lon);
            if (point == null) {
              problems.add(
                  new ImportProblem(
                      line, headers.get(latitude), "incidents.import.error.coordinates"));
            }
          }
        }
        if (problems.size() == before && writing) {
          Long placeId = place < 0 ? null : places.byName(record.get(place));
          if (placeId == null && point != null) {
            placeId = places.byCoordinates(point[0], point[1]);
          }
          int[] metres = point == null ? null : IncidentCells.metres(point[0], point[1]);
          counts.add(placeId, categoryId, occurred, metres != null);
          if (metres != null) {
            cells.add(categoryId, RollupCounts.localDay(occurred), metres);
          }
          out.append(prefix)
              .append(occurred)
              .append('\t')
              .append(prio.isEmpty() ? "\\N" : prio)
              .append('\t')
              .append(categoryId)
              .append('\t')
              .append(placeId == null ? "\\N" : placeId.toString())
              .append('\t');
          if (point == null) {
            out.append("\\N\t\\N\t\\N\t\\N");
          } else {
            out.append(point[0]).append('\t').append(point[1]).append('\t');
            if (metres == null) {
              out.append("\\N\t\\N");
            } else {
              out.append(metres[0]).append('\t').append(metres[1]);
            }
          }
          out.append(suffix);
          if (out.length() >= FLUSH_CHARS) {
            flush(out, sink);
          }
        }
      }
      if (problems.size() > before && writing) {
        writing = false;
        out.setLength(0);
        sink.cancel();
      }
      if ((rows & 1023) == 0) {
        long now = System.nanoTime();
        if (now - lastReport >= REPORT_NANOS) {
          lastReport = now;
          listener.progress(
              new ImportProgress(
                  ImportProgress.Phase.READING,
                  rows,
                  counting.count,
                  totalBytes,
                  Duration.ofNanos(now - started)));
        }
      }
    }
    if (writing) {
      flush(out, sink);
    }
    boolean complete = problems.isEmpty();
    if (complete) {
      while (reader.read(new char[8192]) >= 0) {
        // read to the end so that the hash covers the whole file
      }
    }
    return new Outcome(
        rows,
        counting.count,
        complete ? HexFormat.of().formatHex(counting.digest.digest()) : null,
        problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
  }

  private void checkHeader(List<String> headers, List<ImportProblem> problems) {
    for (String header : headers) {
      if (IncidentCsv.isIdentityColumn(header)) {
        problems.add(new ImportProblem(1, header, "incidents.import.error.identity-column"));
      } else if (blocked(header)) {
        problems.add(new ImportProblem(1, header, "incidents.import.error.personal-data"));
      }
    }
    for (String column :
        new String[] {
          mapping.timeColumn(),
          mapping.categoryColumn(),
          mapping.priorityColumn(),
          mapping.placeColumn(),
          mapping.latitudeColumn(),
          mapping.longitudeColumn()
        }) {
      if (column != null && !headers.contains(column)) {
        problems.add(new ImportProblem(1, column, "incidents.import.error.missing-column"));
      }
    }
  }

  private boolean blocked(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    if (cell.length() > 64) {
      return guard.check(cell).blocked();
    }
    Boolean known = blockedCache.get(cell);
    if (known == null) {
      known = guard.check(cell).blocked();
      blockedCache.put(cell, known);
    }
    return known;
  }

  /**
   * Whether a cell of a typed column is written in the plain form of its type (an ISO local time, a
   * priority digit, a decimal degree), which cannot hold an identity number, phone number, e-mail
   * address or name: such cells skip the privacy guard, which would otherwise cost more than
   * everything else an import does per row. Every other cell passes the guard.
   */
  static boolean plainTyped(
      int column, String cell, int time, int priority, int latitude, int longitude) {
    if (column == time) {
      return IncidentCsv.TimeParser.isoLocal(cell) != null;
    }
    if (column == priority) {
      return cell.length() == 1 && cell.charAt(0) >= '1' && cell.charAt(0) <= '3';
    }
    if (column == latitude || column == longitude) {
      return plainDecimal(cell);
    }
    return false;
  }

  /** An optional minus, one to three digits, a point or comma, one to ten digits. */
  static boolean plainDecimal(String cell) {
    int i = cell.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < cell.length() && Character.isDigit(cell.charAt(i)) && cell.charAt(i) < 128) {
      i++;
    }
    int whole = i - start;
    if (whole < 1
        || whole > 3
        || i >= cell.length()
        || (cell.charAt(i) != '.' && cell.charAt(i) != ',')) {
      return false;
    }
    int fraction = cell.length() - i - 1;
    if (fraction < 1 || fraction > 10) {
      return false;
    }
    for (int j = i + 1; j < cell.length(); j++) {
      if (cell.charAt(j) < '0' || cell.charAt(j) > '9') {
        return false;
      }
    }
    return true;
  }

  private Long category(String raw) {
    if (raw.isEmpty()) {
      return null;
    }
    Long id = categoryByRawText.get(SourceMapping.rawKey(raw));
    return id != null ? id : defaultCategory;
  }

  /** Latitude and longitude in WGS84 (a decimal comma is accepted), or null if invalid. */
  private static double[] coordinates(String lat, String lon) {
    try {
      double latitude = Double.parseDouble(lat.replace(',', '.'));
      double longitude = Double.parseDouble(lon.replace(',', '.'));
      if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
        return null;
      }
      return new double[] {latitude, longitude};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int index(List<String> headers, String column) {
    return column == null ? -1 : headers.indexOf(column);
  }

  private static void flush(StringBuilder out, Sink sink) throws IOException {
    if (out.length() > 0) {
      byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
      sink.write(bytes, bytes.length);
      out.setLength(0);
    }
  }

  /** Counts and hashes the bytes as they are read. */
  private static final class Counting extends FilterInputStream {
    final MessageDigest digest;
    long count;

    Counting(InputStream in) {
      super(in);
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        digest.update((byte) b);
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        digest.update(buffer, offset, n);
        count += n;
      }
      return n;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
