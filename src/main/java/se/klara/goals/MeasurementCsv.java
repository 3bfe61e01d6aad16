package se.klara.goals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.privacy.PrivacyGuard;
import se.klara.shared.Actor;
import se.klara.shared.InputException;

/**
 * Measurements as CSV shaped like Kolada's values: {@code kpi, municipality, period, gender, value}
 * (indicator code, geography code, period, T/K/M, value) and an optional {@code comment}. Import is
 * all or nothing with problems by line and column (docs/goals-and-report.md#measurement-csv).
 */
@Service
public class MeasurementCsv {
  static final List<String> COLUMNS = List.of("kpi", "municipality", "period", "gender", "value");
  static final String COMMENT = "comment";
  static final int MAX_PROBLEMS = 100;
  private static final Map<String, String> ALIASES =
      Map.of("indicator", "kpi", "geography", "municipality");
  private static final Pattern ODS_CODE = Pattern.compile("(?i)ods-?(\\d+)");

  private final Goals goals;
  private final AuditLog audit;
  private final PrivacyGuard privacy;

  MeasurementCsv(Goals goals, AuditLog audit, PrivacyGuard privacy) {
    this.goals = goals;
    this.audit = audit;
    this.privacy = privacy;
  }

  /** Writes every measurement of the area, ordered by indicator, geography, period, gender. */
  public String export(Area area) {
    Map<Long, String> codes =
        goals.indicators(area).stream().collect(Collectors.toMap(Indicator::id, Indicator::code));
    StringWriter out = new StringWriter();
    List<String> header = new ArrayList<>(COLUMNS);
    header.add(COMMENT);
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      printer.printRecord(header);
      for (Measurement m : goals.measurements(area)) {
        printer.printRecord(
            codes.get(m.indicatorId()),
            m.geography(),
            m.period().code(),
            m.gender().name(),
            Values.plain(m.value()),
            m.comment());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Reads and stores a file; nothing is stored when any line has a problem. */
  @Transactional
  public int importFile(Actor actor, Area area, Reader reader) {
    List<Measurement> rows = read(area, reader);
    goals.store(rows, actor == null ? null : actor.userId());
    audit.record(
        AuditEntry.of("MEASUREMENTS_IMPORTED", "area", area.id())
            .inArea(area.id())
            .withDetail(rows.size() + " rows"));
    return rows.size();
  }

  List<Measurement> read(Area area, Reader reader) {
    Map<String, Indicator> indicators = new HashMap<>();
    goals.indicators(area).forEach(i -> indicators.put(i.code().toLowerCase(Locale.ROOT), i));
    Set<String> geographies =
        goals.geographies(area).stream().map(Geography::code).collect(Collectors.toSet());
    Set<String> populations =
        goals.populations(area).stream()
            .map(p -> p.geography() + "/" + p.year())
            .collect(Collectors.toSet());
    List<MeasurementImportException.Problem> problems = new ArrayList<>();
    List<Measurement> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try {
      String text = readAll(reader);
      char delimiter = delimiter(text);
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(delimiter)
              .setIgnoreSurroundingSpaces(true)
              .get();
      try (CSVParser parser = CSVParser.parse(text, format)) {
        Map<String, Integer> header = null;
        for (CSVRecord record : parser) {
          int line = (int) record.getRecordNumber();
          if (header == null) {
            header = header(record, problems);
            if (!problems.isEmpty()) {
              break;
            }
            continue;
          }
          if (record.size() == 1 && record.get(0).isBlank()) {
            continue;
          }
          int before = problems.size();
          Row row = new Row(record, header, line, problems);
          String code = row.get("kpi");
          Indicator indicator = indicators.get(code.toLowerCase(Locale.ROOT));
          if (indicator == null) {
            Matcher ods = ODS_CODE.matcher(code);
            if (ods.matches() && Integer.parseInt(ods.group(1)) > Checklist.ITEMS) {
              row.problem("kpi", "goals.import.ods-item", code, Checklist.ITEMS);
            } else {
              row.problem("kpi", "goals.import.unknown-indicator", code);
            }
          }
          String geography = row.get("municipality");
          if (geography.isEmpty() && indicator != null) {
            geography = indicator.geography();
          }
          if (!geographies.contains(geography)) {
            row.problem("municipality", "goals.import.unknown-geography", geography);
          }
          Optional<Period> period = Period.parse(row.get("period"));
          if (period.isEmpty()) {
            row.problem("period", "goals.import.period", row.get("period"));
          }
          Optional<Gender> gender = Gender.parse(row.get("gender"));
          if (gender.isEmpty()) {
            row.problem("gender", "goals.import.gender", row.get("gender"));
          }
          BigDecimal value = null;
          if (indicator != null) {
            try {
              value = Values.parse(indicator, row.get("value"));
            } catch (InputException e) {
              row.problem("value", e.messageKey(), e.arguments());
            }
            if (indicator.rate()
                && period.isPresent()
                && !populations.contains(geography + "/" + period.get().year())) {
              row.problem("value", "goals.import.no-population", geography, period.get().year());
            }
          }
          String comment = header.containsKey(COMMENT) ? row.get(COMMENT) : "";
          if (!comment.isEmpty() && privacy.check(comment).blocked()) {
            row.problem(COMMENT, "goals.error.privacy");
          }
          if (problems.size() == before) {
            String key = indicator.id() + "|" + geography + "|" + period.get() + "|" + gender.get();
            if (!seen.add(key)) {
              row.problem("period", "goals.import.duplicate");
            } else {
              rows.add(
                  new Measurement(
                      indicator.id(),
                      geography,
                      period.get(),
                      gender.get(),
                      value,
                      comment,
                      null,
                      ""));
            }
          }
          if (problems.size() >= MAX_PROBLEMS) {
            break;
          }
        }
        if (header == null) {
          problems.add(
              new MeasurementImportException.Problem(1, "", "goals.import.empty", List.of()));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.add(
          new MeasurementImportException.Problem(0, "", "goals.import.unreadable", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new MeasurementImportException(
          problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }
    return rows;
  }

  private static Map<String, Integer> header(
      CSVRecord record, List<MeasurementImportException.Problem> problems) {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).strip().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\ufeff")) {
        name = name.substring(1);
      }
      header.put(ALIASES.getOrDefault(name, name), i);
    }
    for (String column : COLUMNS) {
      if (!header.containsKey(column)) {
        problems.add(
            new MeasurementImportException.Problem(
                1, column, "goals.import.missing-column", List.of(column)));
      }
    }
    return header;
  }

  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
        ? ';'
        : ',';
  }

  private static String readAll(Reader reader) throws IOException {
    StringWriter out = new StringWriter();
    reader.transferTo(out);
    return out.toString();
  }

  /** One data line: cells by column name, problems added with its line number. */
  private record Row(
      CSVRecord record,
      Map<String, Integer> header,
      int line,
      List<MeasurementImportException.Problem> problems) {
    String get(String column) {
      Integer index = header.get(column);
      return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    void problem(String column, String key, Object... arguments) {
      problems.add(new MeasurementImportException.Problem(line, column, key, List.of(arguments)));
    }
  }
}
