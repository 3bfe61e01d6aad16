package se.klara.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A small CSV file with a header row, read whole and checked column by column. */
public final class AnalysisCsv {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");

  /** One data row with its line number in the file (the header is line 1). */
  public record Row(long line, Map<String, String> cells) {
    public String text(String column) {
      String value = cells.get(column);
      if (value == null || value.isEmpty()) {
        throw new AnalysisInputException(line, column, "analysis.error.empty-value");
      }
      return value;
    }

    public double number(String column) {
      String value = text(column);
      if (!NUMBER.matcher(value).matches()) {
        throw new AnalysisInputException(line, column, "analysis.error.not-a-number");
      }
      double d = Double.parseDouble(value);
      if (!Double.isFinite(d)) {
        throw new AnalysisInputException(line, column, "analysis.error.not-a-number");
      }
      return d;
    }

    public int integer(String column) {
      String value = text(column);
      if (!INTEGER.matcher(value).matches()) {
        throw new AnalysisInputException(line, column, "analysis.error.not-an-integer");
      }
      return Integer.parseInt(value);
    }
  }

  private AnalysisCsv() {}

  /** Reads a UTF-8 file. */
  public static List<Row> read(Path file, String... columns) throws IOException {
    return read(Files.readAllLines(file, StandardCharsets.UTF_8), columns);
  }

  /**
   * Checks the header (every column present, none twice) and splits the rows; empty lines are
   * skipped but keep their line numbers.
   */
  public static List<Row> read(List<String> fileLines, String... columns) {
    List<String> lines = new ArrayList<>(fileLines);
    if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
      lines.set(0, lines.get(0).substring(1));
    }
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new AnalysisInputException(1, columns[0], "analysis.error.empty-file");
    }
    List<String> header = split(1, columns[0], lines.get(0));
    for (String column : columns) {
      if (!header.contains(column)) {
        throw new AnalysisInputException(1, column, "analysis.error.missing-column");
      }
    }
    if (new java.util.HashSet<>(header).size() != header.size()) {
      throw new AnalysisInputException(1, columns[0], "analysis.error.duplicate-column");
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      long line = i + 1;
      List<String> values = split(line, columns[0], text);
      if (values.size() != header.size()) {
        throw new AnalysisInputException(line, columns[0], "analysis.error.column-count");
      }
      Map<String, String> cells = new java.util.HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        cells.put(header.get(c), values.get(c));
      }
      rows.add(new Row(line, cells));
    }
    if (rows.isEmpty()) {
      throw new AnalysisInputException(2, columns[0], "analysis.error.no-rows");
    }
    return rows;
  }

  private static final CSVFormat LINE = CSVFormat.DEFAULT.builder().setTrim(true).get();

  private static List<String> split(long line, String column, String text) {
    try (CSVParser parser = CSVParser.parse(text, LINE)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new AnalysisInputException(line, column, "analysis.error.unreadable");
      }
      List<String> values = new ArrayList<>();
      records.get(0).forEach(values::add);
      return values;
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new AnalysisInputException(line, column, "analysis.error.unreadable");
    }
  }
}
