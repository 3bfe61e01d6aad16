package se.klara.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.privacy.PrivacyGuard;
import se.klara.privacy.Verdict;
import se.klara.shared.Actor;
import se.klara.shared.InputException;
import se.klara.shared.NotFoundException;

/**
 * Goals and their follow-up: reading the vision, goals, indicators and measurements, changing a
 * measurement, a population or a checklist, confirming a goal's assessment, and laying out the
 * follow-up of a year.
 */
@Service
public class Goals {
  private final GoalRepository repository;
  private final AuditLog audit;
  private final PrivacyGuard privacy;
  private final MessageSource messages;

  Goals(GoalRepository repository, AuditLog audit, PrivacyGuard privacy, MessageSource messages) {
    this.repository = repository;
    this.audit = audit;
    this.privacy = privacy;
    this.messages = messages;
  }

  // ---- reading ------------------------------------------------------------------------------

  public Optional<String> vision(Area area) {
    return repository.vision(area.id());
  }

  public List<Goal> goals(Area area) {
    return repository.goals(area.id());
  }

  public Goal goal(Area area, int number) {
    return goals(area).stream()
        .filter(g -> g.number() == number)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("goal"));
  }

  public List<Indicator> indicators(Area area) {
    return repository.indicators(area.id());
  }

  public Indicator indicator(Area area, String code) {
    return indicators(area).stream()
        .filter(i -> i.code().equalsIgnoreCase(code))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("indicator"));
  }

  public List<Geography> geographies(Area area) {
    return repository.geographies(area.id());
  }

  public List<Population> populations(Area area) {
    return repository.populations(area.id());
  }

  public List<Measurement> measurements(Area area) {
    return repository.measurements(area.id());
  }

  public List<Measurement> measurements(Area area, Indicator indicator) {
    return measurements(area).stream().filter(m -> m.indicatorId() == indicator.id()).toList();
  }

  public List<Assessment> assessments(Area area, Goal goal) {
    return repository.assessments(area.id()).stream().filter(a -> a.goalId() == goal.id()).toList();
  }

  /** The latest year with a measurement, or the given fallback. */
  public int latestYear(Area area, int fallback) {
    return measurements(area).stream().mapToInt(m -> m.period().year()).max().orElse(fallback);
  }

  /**
   * An indicator's values for its own geography, total gender, up to and including {@code year},
   * oldest first; a rate is computed from the count and the population of its year.
   */
  public List<Point> points(Area area, Indicator indicator, int year) {
    return points(indicator, measurements(area, indicator), populationIndex(area), year);
  }

  private static List<Point> points(
      Indicator indicator,
      List<Measurement> measurements,
      Map<String, Integer> populations,
      int year) {
    return measurements.stream()
        .filter(m -> m.indicatorId() == indicator.id())
        .filter(m -> m.geography().equals(indicator.geography()) && m.gender() == Gender.T)
        .filter(m -> m.period().year() <= year)
        .sorted(Comparator.comparing(Measurement::period))
        .map(m -> point(indicator, m, populations))
        .toList();
  }

  private static Point point(Indicator indicator, Measurement m, Map<String, Integer> populations) {
    if (!indicator.rate()) {
      return new Point(m.period(), m.value(), null, null);
    }
    long count = m.value().longValue();
    Integer population = populations.get(populationKey(m.geography(), m.period().year()));
    return new Point(
        m.period(),
        population == null ? null : Rates.per100k(count, population),
        count,
        population);
  }

  private Map<String, Integer> populationIndex(Area area) {
    return populations(area).stream()
        .collect(
            Collectors.toMap(p -> populationKey(p.geography(), p.year()), Population::population));
  }

  private static String populationKey(String geography, int year) {
    return geography + "/" + year;
  }

  /** The open-drug-scene checklist of a place (geography) and year, answered or not. */
  public Checklist checklist(Area area, String geography, int year) {
    Geography place = geography(area, geography);
    List<Indicator> items = odsItems(area);
    Map<Long, Measurement> answers =
        measurements(area).stream()
            .filter(m -> m.geography().equals(place.code()) && m.gender() == Gender.T)
            .filter(m -> m.period().equals(Period.ofYear(year)))
            .collect(Collectors.toMap(Measurement::indicatorId, Function.identity()));
    return checklist(place, year, items, answers);
  }

  private static Checklist checklist(
      Geography place, int year, List<Indicator> items, Map<Long, Measurement> answers) {
    List<Checklist.Item> list = new ArrayList<>();
    for (Indicator item : items) {
      Measurement m = answers.get(item.id());
      list.add(
          new Checklist.Item(
              item.odsItem(),
              item.code(),
              item.statement(),
              m == null ? null : m.value().signum() != 0,
              m == null ? "" : m.comment(),
              m == null ? null : m.grade()));
    }
    return new Checklist(place, year, list);
  }

  /** The area's checklist indicators, one per item 1–7, in item order. */
  public List<Indicator> odsItems(Area area) {
    Map<Integer, Indicator> byItem = new LinkedHashMap<>();
    indicators(area).stream()
        .filter(Indicator::odsChecklistItem)
        .sorted(Comparator.comparing(Indicator::odsItem))
        .forEach(i -> byItem.putIfAbsent(i.odsItem(), i));
    return List.copyOf(byItem.values());
  }

  public Geography geography(Area area, String code) {
    return geographies(area).stream()
        .filter(g -> g.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("geography"));
  }

  // ---- the follow-up of a year --------------------------------------------------------------

  public FollowUp followUp(Area area, int year, Locale locale) {
    List<Indicator> indicators = indicators(area);
    List<Measurement> measurements = measurements(area);
    Map<String, Integer> populations = populationIndex(area);
    Map<String, String> geographyNames =
        geographies(area).stream().collect(Collectors.toMap(Geography::code, Geography::name));
    Map<Long, List<Assessment>> assessments =
        repository.assessments(area.id()).stream()
            .filter(a -> a.year() == year)
            .collect(Collectors.groupingBy(Assessment::goalId));
    List<FollowUp.GoalFollowUp> goals = new ArrayList<>();
    for (Goal goal : goals(area)) {
      List<Indicator> ofGoal = indicators.stream().filter(i -> i.goalId() == goal.id()).toList();
      Map<String, List<Indicator>> byTable = new LinkedHashMap<>();
      for (Indicator indicator : ofGoal) {
        byTable.computeIfAbsent(indicator.tableTitle(), t -> new ArrayList<>()).add(indicator);
      }
      List<FollowUp.IndicatorTable> tables = new ArrayList<>();
      List<FollowUp.Chart> charts = new ArrayList<>();
      List<IndicatorResult> results = new ArrayList<>();
      for (Map.Entry<String, List<Indicator>> table : byTable.entrySet()) {
        Map<Long, List<Point>> series = new LinkedHashMap<>();
        for (Indicator indicator : table.getValue()) {
          series.put(indicator.id(), points(indicator, measurements, populations, year));
        }
        List<Period> columns = columns(series.values(), year);
        List<FollowUp.Row> rows = new ArrayList<>();
        for (Indicator indicator : table.getValue()) {
          List<Point> points = series.get(indicator.id());
          IndicatorResult result = AssessmentRules.assess(indicator, points);
          results.add(result);
          Map<Period, Point> at =
              points.stream().collect(Collectors.toMap(Point::period, Function.identity()));
          rows.add(
              new FollowUp.Row(
                  indicator.code(),
                  indicator.measurementName(),
                  indicator.statement(),
                  indicator.source(),
                  columns.stream()
                      .map(
                          p ->
                              at.containsKey(p)
                                  ? Values.format(indicator.kind(), at.get(p).value(), locale)
                                  : "–")
                      .toList(),
                  target(indicator, locale),
                  result,
                  false));
          if (indicator.rate()) {
            String where =
                geographyNames.getOrDefault(indicator.geography(), indicator.geography());
            rows.add(
                derived(
                    indicator,
                    text("goals.rate.count-row", locale, where),
                    columns.stream()
                        .map(p -> at.containsKey(p) ? Long.toString(at.get(p).count()) : "–")
                        .toList()));
            rows.add(
                derived(
                    indicator,
                    text("goals.rate.population-row", locale, where),
                    columns.stream()
                        .map(
                            p ->
                                at.containsKey(p) && at.get(p).population() != null
                                    ? Integer.toString(at.get(p).population())
                                    : "–")
                        .toList()));
          }
          if (indicator.kind() != IndicatorKind.YES_NO) {
            charts.add(chart(indicator, points, locale));
          }
        }
        if (table.getValue().stream().anyMatch(i -> i.kind() == IndicatorKind.YES_NO)) {
          charts.add(yesCountChart(table.getKey(), table.getValue(), series, columns, locale));
        }
        tables.add(
            new FollowUp.IndicatorTable(
                table.getKey(), columns.stream().map(p -> p.label(locale)).toList(), rows));
      }
      List<Assessment> confirmed = assessments.getOrDefault(goal.id(), List.of());
      goals.add(
          new FollowUp.GoalFollowUp(
              goal,
              tables,
              charts,
              AssessmentRules.propose(results),
              confirmed.isEmpty() ? null : confirmed.get(confirmed.size() - 1)));
    }
    List<Indicator> items = odsItems(area);
    List<Checklist> checklists = new ArrayList<>();
    for (Geography place : geographies(area)) {
      Map<Long, Measurement> answers =
          measurements.stream()
              .filter(m -> m.geography().equals(place.code()) && m.gender() == Gender.T)
              .filter(m -> m.period().equals(Period.ofYear(year)))
              .filter(m -> items.stream().anyMatch(i -> i.id() == m.indicatorId()))
              .collect(Collectors.toMap(Measurement::indicatorId, Function.identity()));
      if (!answers.isEmpty()) {
        checklists.add(checklist(place, year, items, answers));
      }
    }
    return new FollowUp(area, year, vision(area).orElse(""), goals, checklists);
  }

  /** Yearly tables show every year from the first value to the report year; dated ones, theirs. */
  private static List<Period> columns(java.util.Collection<List<Point>> series, int year) {
    TreeSet<Period> periods = new TreeSet<>();
    series.forEach(points -> points.forEach(p -> periods.add(p.period())));
    if (!periods.isEmpty() && periods.stream().noneMatch(Period::dated)) {
      for (int y = periods.first().year(); y <= year; y++) {
        periods.add(Period.ofYear(y));
      }
    }
    return List.copyOf(periods);
  }

  private static FollowUp.Row derived(Indicator indicator, String statement, List<String> cells) {
    return new FollowUp.Row(
        indicator.code(),
        indicator.measurementName(),
        statement,
        indicator.source(),
        cells,
        "",
        null,
        true);
  }

  private String target(Indicator indicator, Locale locale) {
    if (indicator.targetValue() != null) {
      IndicatorKind kind = indicator.rate() ? IndicatorKind.COUNT : indicator.kind();
      String value = Values.format(kind, indicator.targetValue(), locale);
      return kind == IndicatorKind.YES_NO
          ? Character.toUpperCase(value.charAt(0)) + value.substring(1)
          : value;
    }
    return text("goals.direction." + indicator.direction().name(), locale);
  }

  private FollowUp.Chart chart(Indicator indicator, List<Point> points, Locale locale) {
    List<BigDecimal> values = points.stream().map(Point::value).toList();
    BigDecimal min = BigDecimal.ZERO;
    BigDecimal max =
        switch (indicator.kind()) {
          case SHARE -> BigDecimal.valueOf(100);
          case INDEX -> indicator.scaleMax();
          default -> null;
        };
    if (indicator.kind() == IndicatorKind.INDEX) {
      min = indicator.scaleMin();
    }
    return new FollowUp.Chart(
        indicator.code(),
        indicator.statement(),
        points.stream().map(p -> p.period().label(locale)).toList(),
        values,
        indicator.rate() ? null : indicator.targetValue(),
        min,
        max,
        indicator.kind());
  }

  private FollowUp.Chart yesCountChart(
      String title,
      List<Indicator> indicators,
      Map<Long, List<Point>> series,
      List<Period> columns,
      Locale locale) {
    List<BigDecimal> counts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Period period : columns) {
      long answered = 0;
      long yes = 0;
      for (Indicator indicator : indicators) {
        if (indicator.kind() != IndicatorKind.YES_NO) {
          continue;
        }
        for (Point p : series.get(indicator.id())) {
          if (p.period().equals(period) && p.value() != null) {
            answered++;
            yes += p.value().signum() != 0 ? 1 : 0;
          }
        }
      }
      if (answered > 0) {
        labels.add(period.label(locale));
        counts.add(BigDecimal.valueOf(yes));
      }
    }
    long items = indicators.stream().filter(i -> i.kind() == IndicatorKind.YES_NO).count();
    return new FollowUp.Chart(
        "yes-count",
        text("goals.chart.yes-count", locale, title),
        labels,
        counts,
        null,
        BigDecimal.ZERO,
        BigDecimal.valueOf(items),
        IndicatorKind.COUNT);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  // ---- changing -----------------------------------------------------------------------------

  /** Sets (or replaces) one measurement as typed in the web form. */
  @Transactional
  public Measurement setMeasurement(
      Actor actor,
      Area area,
      String indicatorCode,
      String geography,
      String period,
      String gender,
      String value,
      String comment) {
    Indicator indicator = indicator(area, indicatorCode);
    String where =
        geography == null || geography.isBlank() ? indicator.geography() : geography.trim();
    geography(area, where);
    Period when =
        Period.parse(period)
            .orElseThrow(() -> new InputException("period", "goals.error.period", period));
    Gender who =
        Gender.parse(gender)
            .orElseThrow(() -> new InputException("gender", "goals.error.gender", gender));
    BigDecimal parsed = Values.parse(indicator, value);
    if (indicator.rate() && populationIndex(area).get(populationKey(where, when.year())) == null) {
      throw new InputException("value", "goals.error.no-population", where, when.year());
    }
    String note = checkText("comment", comment);
    Measurement measurement =
        new Measurement(indicator.id(), where, when, who, parsed, note, null, "");
    repository.saveMeasurement(measurement, actor.userId());
    audit.record(
        AuditEntry.of("MEASUREMENT_SET", "indicator", indicator.code())
            .inArea(area.id())
            .withDetail(when.code()));
    return measurement;
  }

  /**
   * Saves the checklist of a place and year: per item yes/no (null = unanswered), comment, grade.
   */
  @Transactional
  public void saveChecklist(
      Actor actor,
      Area area,
      String geography,
      int year,
      Map<Integer, Boolean> answers,
      Map<Integer, String> comments,
      Map<Integer, Integer> grades) {
    Geography place = geography(area, geography);
    for (Integer number : answers.keySet()) {
      if (number < 1 || number > Checklist.ITEMS) {
        throw new InputException("item" + number, "goals.error.ods-item", number);
      }
    }
    for (Indicator item : odsItems(area)) {
      int n = item.odsItem();
      Boolean yes = answers.get(n);
      Integer grade = grades.get(n);
      if (grade != null && (grade < 0 || grade > 3)) {
        throw new InputException("grade" + n, "goals.error.grade");
      }
      if (yes == null) {
        repository.deleteMeasurement(item.id(), place.code(), Period.ofYear(year), Gender.T);
        continue;
      }
      repository.saveMeasurement(
          new Measurement(
              item.id(),
              place.code(),
              Period.ofYear(year),
              Gender.T,
              yes ? BigDecimal.ONE : BigDecimal.ZERO,
              checkText("comment" + n, comments.get(n)),
              grade,
              ""),
          actor.userId());
    }
    audit.record(
        AuditEntry.of("ODS_CHECKLIST_SAVED", "geography", place.code())
            .inArea(area.id())
            .withDetail(Integer.toString(year)));
  }

  @Transactional
  public void setPopulation(Actor actor, Area area, String geography, int year, int population) {
    geography(area, geography);
    if (year < 1900 || year > 2200) {
      throw new InputException("year", "goals.error.year");
    }
    if (population <= 0) {
      throw new InputException("population", "goals.error.population");
    }
    repository.savePopulation(area.id(), geography, year, population);
    audit.record(
        AuditEntry.of("POPULATION_SET", "geography", geography)
            .inArea(area.id())
            .withDetail(Integer.toString(year)));
  }

  /** Confirms (or overrides) a goal's status for a year with the analysis text. */
  @Transactional
  public Assessment confirm(
      Actor actor,
      Area area,
      int goalNumber,
      int year,
      GoalStatus status,
      String analysis,
      Locale locale) {
    Goal goal = goal(area, goalNumber);
    if (status == null) {
      throw new InputException("status", "goals.error.status");
    }
    String text = checkText("analysis", analysis);
    GoalStatus proposed =
        followUp(area, year, locale).goals().stream()
            .filter(g -> g.goal().id() == goal.id())
            .findFirst()
            .orElseThrow()
            .proposed();
    long id = repository.addAssessment(goal.id(), year, proposed, status, text, actor.userId());
    audit.record(
        AuditEntry.of("GOAL_ASSESSED", "goal", goal.id())
            .inArea(area.id())
            .withDetail(year + " " + status.name()));
    return assessments(area, goal).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
  }

  /** Changes the vision's text (coordinators; the privacy guard applies). */
  @Transactional
  public void changeVision(Actor actor, Area area, String text) {
    String t = checkText("vision", text);
    if (t.isEmpty() || t.length() > 2000) {
      throw new InputException("vision", "goals.error.vision");
    }
    repository.saveVision(area.id(), t);
    audit.record(AuditEntry.of("VISION_CHANGED", "area", area.id()).inArea(area.id()));
  }

  /** Changes a goal's title and text (coordinators; the privacy guard applies). */
  @Transactional
  public void changeGoal(Actor actor, Area area, int number, String title, String description) {
    Goal goal = goal(area, number);
    String t = checkText("title", title);
    if (t.isEmpty() || t.length() > 400) {
      throw new InputException("title", "goals.error.title");
    }
    String d = checkText("description", description);
    if (d.length() > 4000) {
      throw new InputException("description", "goals.error.description");
    }
    repository.updateGoal(goal.id(), t, d);
    audit.record(AuditEntry.of("GOAL_CHANGED", "goal", goal.id()).inArea(area.id()));
  }

  private String checkText(String field, String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return t;
    }
    Verdict verdict = privacy.check(t);
    if (verdict.blocked()) {
      throw new InputException(field, "goals.error.privacy");
    }
    return t;
  }

  // ---- setting up (the demo and coordinators' tools) ----------------------------------------

  @Transactional
  public void saveVision(Area area, String text) {
    repository.saveVision(area.id(), text);
  }

  /** A population set up without an actor (the demo). */
  @Transactional
  public void setPopulationForSetup(Area area, String geography, int year, int population) {
    repository.savePopulation(area.id(), geography, year, population);
  }

  @Transactional
  public Goal addGoal(Area area, int number, String title, String description) {
    repository.addGoal(area.id(), number, title, description);
    return goal(area, number);
  }

  @Transactional
  public void saveGeography(Area area, String code, String name) {
    repository.saveGeography(area.id(), code, name);
  }

  @Transactional
  public Indicator addIndicator(Area area, Goal goal, IndicatorDraft draft) {
    int position = (int) indicators(area).stream().filter(i -> i.goalId() == goal.id()).count();
    repository.addIndicator(area.id(), goal.id(), position, draft);
    return indicator(area, draft.code());
  }

  /** Stores measurements as they are (the demo and the import, which check them first). */
  void store(List<Measurement> measurements, Long userId) {
    measurements.forEach(m -> repository.saveMeasurement(m, userId));
  }

  /** Stores the demo's values and the seed's confirmed assessments (no audit: no actor). */
  @Transactional
  public void loadSeedData(
      Area area, List<Measurement> measurements, List<Assessment> seedAssessments) {
    store(measurements, null);
    for (Assessment a : seedAssessments) {
      repository.addAssessment(a.goalId(), a.year(), a.proposed(), a.status(), a.analysis(), null);
    }
  }
}
