package se.klara.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.observations.ObservationStatistics;
import se.klara.observations.OriginNames;
import se.klara.privacy.PrivacyGuard;
import se.klara.privacy.Verdict;
import se.klara.shared.Actor;
import se.klara.shared.DateRange;

/**
 * Where the people met come from, as aggregates only: counts per day, group (youths met by the
 * youth team, people arrested for drug offences …) and home municipality or city district, from two
 * sources: uploaded aggregates and the origins field observations carry (their group being the
 * observing organisation). The seed uses the most represented municipalities to start dialogues
 * with them.
 */
@Service
public class Origins {
  /** Columns of the upload: {@code date,group,origin,count}. */
  public static final String[] COLUMNS = {"date", "group", "origin", "count"};

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ObservationStatistics statistics;
  private final PrivacyGuard guard;

  Origins(JdbcClient jdbc, AuditLog audit, ObservationStatistics statistics) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.statistics = statistics;
    this.guard = new PrivacyGuard();
  }

  /** One origin's total in a period with its share of the group. */
  public record OriginTotal(String origin, long count, double share) {}

  /**
   * Adds the rows of an uploaded CSV file, all or nothing; a problem names the line and column.
   *
   * @return the number of rows added
   */
  @Transactional
  public int upload(Optional<Actor> actor, Area area, List<String> lines) {
    List<AnalysisCsv.Row> rows = AnalysisCsv.read(lines, COLUMNS);
    List<Object[]> values = new ArrayList<>();
    for (AnalysisCsv.Row r : rows) {
      LocalDate day;
      try {
        day = LocalDate.parse(r.text("date"));
      } catch (DateTimeParseException e) {
        throw new AnalysisInputException(r.line(), "date", "analysis.error.date");
      }
      String group = text(r, "group");
      String origin = OriginNames.normalise(text(r, "origin"));
      int count = r.integer("count");
      if (count <= 0) {
        throw new AnalysisInputException(r.line(), "count", "analysis.error.positive-count");
      }
      values.add(new Object[] {day, group, origin, count});
    }
    for (Object[] v : values) {
      jdbc.sql(
              "insert into origin_count (area_id, day, group_name, origin, count)"
                  + " values (?, ?, ?, ?, ?)")
          .params(area.id(), v[0], v[1], v[2], v[3])
          .update();
    }
    audit.record(
        actor,
        AuditEntry.of("ORIGIN_COUNTS_UPLOADED", "area", area.id())
            .inArea(area.id())
            .withDetail(values.size() + " rows"));
    return values.size();
  }

  private String text(AnalysisCsv.Row r, String column) {
    String value = r.text(column).trim();
    if (value.length() > 100) {
      throw new AnalysisInputException(r.line(), column, "analysis.error.too-long");
    }
    if (guard.check(value).action() == Verdict.Action.BLOCK) {
      throw new AnalysisInputException(r.line(), column, "analysis.error.personal-data");
    }
    return value;
  }

  /** The groups the area has counts for. */
  @Transactional(readOnly = true)
  public List<String> groups(Area area) {
    return jdbc.sql(
            "select distinct group_name from origin_count where area_id = ? order by group_name")
        .param(area.id())
        .query(String.class)
        .list();
  }

  /**
   * The organisations whose field observations say where the people met came from: each is a group
   * of its own (e.g. the youths the city district's field workers met).
   */
  @Transactional(readOnly = true)
  public List<String> observers(Area area) {
    return statistics.organisationsWithOrigins(area);
  }

  /**
   * Origins of one group (all groups when null or blank) in the period, most represented first
   * (ties by origin). A group is both the uploaded counts of that name and the origins in the field
   * observations of the organisation of that name; the same origin in both adds up.
   */
  @Transactional(readOnly = true)
  public List<OriginTotal> totals(Area area, DateRange range, String group) {
    String name = group == null || group.isBlank() ? null : group;
    Map<String, Long> merged = new HashMap<>();
    jdbc.sql(
            """
            select origin, sum(count) from origin_count
            where area_id = :area and day between :first and :last
              and (cast(:group as text) is null or group_name = :group)
            group by origin
            """)
        .param("area", area.id())
        .param("first", range.first())
        .param("last", range.last())
        .param("group", name, java.sql.Types.VARCHAR)
        .query(
            (rs, n) ->
                merged.merge(OriginNames.normalise(rs.getString(1)), rs.getLong(2), Long::sum))
        .list();
    statistics
        .origins(area, range, name)
        .forEach((origin, count) -> merged.merge(OriginNames.normalise(origin), count, Long::sum));
    long all = merged.values().stream().mapToLong(Long::longValue).sum();
    return merged.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new OriginTotal(e.getKey(), e.getValue(), (double) e.getValue() / all))
        .toList();
  }
}
