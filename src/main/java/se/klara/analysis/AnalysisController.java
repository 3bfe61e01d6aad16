package se.klara.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.shared.Actor;
import se.klara.shared.DateRange;

/** The analysis pages of an area and their JSON API (members who work with incidents). */
@Controller
class AnalysisController {
  static final int MAX_DAYS = 3 * 366;

  private final AreaAccess areaAccess;
  private final Analyses analyses;
  private final Places places;
  private final MessageSource messages;
  private final Clock clock;
  private final String tileUrl;
  private final String attribution;

  AnalysisController(
      AreaAccess areaAccess,
      Analyses analyses,
      Places places,
      MessageSource messages,
      Clock clock,
      @Value("${klara.map.tile-url}") String tileUrl,
      @Value("${klara.map.attribution}") String attribution) {
    this.areaAccess = areaAccess;
    this.analyses = analyses;
    this.places = places;
    this.messages = messages;
    this.clock = clock;
    this.tileUrl = tileUrl;
    this.attribution = attribution;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DateRange.ZONE));
  }

  /** A period from two query dates, or the default when both are missing. */
  static DateRange period(String fromField, String from, String to, DateRange fallback) {
    if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
      return fallback;
    }
    LocalDate first = date(fromField, from);
    LocalDate last = date(fromField.replace("from", "to"), to);
    if (last.isBefore(first)) {
      throw new AnalysisInputException(fromField, "analysis.error.period-order");
    }
    DateRange range = new DateRange(first, last);
    if (range.days() > MAX_DAYS) {
      throw new AnalysisInputException(fromField, "analysis.error.period-too-long");
    }
    return range;
  }

  private static LocalDate date(String field, String text) {
    try {
      if (text == null || text.isBlank()) {
        throw new AnalysisInputException(field, "analysis.error.date");
      }
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new AnalysisInputException(field, "analysis.error.date");
    }
  }

  private Set<Long> placeIds(Area area, String field, List<String> slugs) {
    Set<Long> ids = new LinkedHashSet<>();
    if (slugs == null) {
      return ids;
    }
    for (String slug : slugs) {
      if (slug == null || slug.isBlank()) {
        continue;
      }
      ids.add(
          places
              .bySlug(area.id(), slug.trim())
              .map(Place::id)
              .orElseThrow(
                  () -> new AnalysisInputException(field, "analysis.error.unknown-place")));
    }
    return ids;
  }

  private static int cell(String text) {
    try {
      return text == null || text.isBlank() ? 100 : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new AnalysisInputException("cell", "analysis.error.cell-size");
    }
  }

  private static GridWeights weights(String text) {
    try {
      return GridWeights.parse(text == null || text.isBlank() ? "queen" : text);
    } catch (IllegalArgumentException e) {
      throw new AnalysisInputException("weights", "analysis.error.weights");
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  private void common(Model model, Area area, Locale locale) {
    model.addAttribute("currentArea", area);
    Map<String, String> categories = new LinkedHashMap<>();
    analyses.categories(area).forEach(c -> categories.put(c.code(), c.name(locale)));
    model.addAttribute("categories", categories);
    model.addAttribute("places", places.inArea(area.id()));
  }

  private void problem(Model model, AnalysisInputException e, Locale locale) {
    model.addAttribute("problemField", e.field());
    model.addAttribute("problem", text(e.messageKey(), locale, e.arguments()));
  }

  // ------------------------------------------------------------ pages

  @GetMapping("/areas/{area}/analysis")
  String index(Actor actor, @PathVariable("area") String slug, Locale locale, Model model) {
    Area area = areaAccess.require(actor, slug);
    common(model, area, locale);
    return "analysis/index";
  }

  /** The query of a page or an API call: its parameters by name. */
  record Query(MultiValueMap<String, String> params) {
    String get(String name) {
      String value = params.getFirst(name);
      return value == null || value.isBlank() ? null : value;
    }

    List<String> all(String name) {
      List<String> values = params.get(name);
      return values == null ? List.of() : values;
    }

    boolean flag(String name) {
      String value = get(name);
      return "on".equals(value) || "true".equals(value);
    }
  }

  private Analyses.HotSpotMap hotSpotMap(Area area, Query q) {
    DateRange range = period("from", q.get("from"), q.get("to"), lastYear());
    return analyses.hotSpots(
        area,
        range,
        q.get("category"),
        cell(q.get("cell")),
        weights(q.get("weights")),
        q.flag("fdr"));
  }

  private Analyses.DisplacementReport displacementReport(Area area, Query q) {
    DateRange before = period("before-from", q.get("before-from"), q.get("before-to"), null);
    DateRange after = period("after-from", q.get("after-from"), q.get("after-to"), null);
    if (before == null) {
      throw new AnalysisInputException("before-from", "analysis.error.date");
    }
    if (after == null) {
      throw new AnalysisInputException("after-from", "analysis.error.date");
    }
    return analyses.displacement(
        area,
        placeIds(area, "target", q.all("target")),
        placeIds(area, "buffer", q.all("buffer")),
        placeIds(area, "control", q.all("control")),
        before,
        after,
        q.get("category"));
  }

  /** The default period of the maps: the last 365 days. */
  private DateRange lastYear() {
    return DateRange.lastDays(today(), 365);
  }

  /** The period of the same length just before another. */
  private static DateRange before(DateRange period) {
    return DateRange.lastDays(period.first().minusDays(1), (int) period.days());
  }

  /** The default periods: the last eight weeks against the same weeks a year earlier. */
  private DateRange recent() {
    return DateRange.lastDays(today().minusDays(1), 56);
  }

  private Analyses.TemporalReport temporalReport(Area area, Query q) {
    if (q.get("category") == null) {
      throw new AnalysisInputException("category", "analysis.error.category");
    }
    DateRange before =
        period("before-from", q.get("before-from"), q.get("before-to"), recent().sameLastYear());
    DateRange after = period("after-from", q.get("after-from"), q.get("after-to"), recent());
    return analyses.temporal(area, q.get("category"), before, after);
  }

  @GetMapping("/areas/{area}/analysis/hotspots")
  String hotSpots(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    common(model, area, locale);
    Query q = new Query(params);
    model.addAttribute("range", lastYear());
    model.addAttribute("category", q.get("category") == null ? "" : q.get("category"));
    model.addAttribute("cell", q.get("cell") == null ? "100" : q.get("cell"));
    model.addAttribute("weights", q.get("weights") == null ? "queen" : q.get("weights"));
    model.addAttribute("fdr", q.flag("fdr"));
    model.addAttribute("tileUrl", tileUrl);
    model.addAttribute("attribution", attribution);
    try {
      Analyses.HotSpotMap map = hotSpotMap(area, q);
      model.addAttribute("range", map.range());
      model.addAttribute("map", map);
      model.addAttribute("classes", HotSpotClass.values());
    } catch (AnalysisInputException e) {
      problem(model, e, locale);
    }
    return "analysis/hotspots";
  }

  /** The default comparison: the last 365 days against the 365 days before them. */
  private Analyses.AccuracyReport accuracyReport(Area area, Query q) {
    DateRange second = period("second-from", q.get("second-from"), q.get("second-to"), lastYear());
    DateRange first = period("first-from", q.get("first-from"), q.get("first-to"), before(second));
    return analyses.mapAccuracy(
        area,
        first,
        second,
        q.get("category"),
        cell(q.get("cell")),
        weights(q.get("weights")),
        q.flag("fdr"));
  }

  /** One row of the map accuracy table, formatted for the reader's language. */
  public record AccuracyRow(
      String label,
      boolean best,
      int cells,
      String areaShare,
      long hitsFirst,
      long hitsSecond,
      String paiFirst,
      String paiSecond,
      String rri) {}

  private static String decimal(double value, Locale locale) {
    return Double.isFinite(value) ? String.format(locale, "%.2f", value) : "–";
  }

  @GetMapping("/areas/{area}/analysis/accuracy")
  String accuracy(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    common(model, area, locale);
    Query q = new Query(params);
    DateRange second = lastYear();
    model.addAttribute("second", second);
    model.addAttribute("first", before(second));
    model.addAttribute("category", q.get("category") == null ? "" : q.get("category"));
    model.addAttribute("cell", q.get("cell") == null ? "100" : q.get("cell"));
    model.addAttribute("weights", q.get("weights") == null ? "queen" : q.get("weights"));
    model.addAttribute("fdr", q.flag("fdr"));
    try {
      Analyses.AccuracyReport report = accuracyReport(area, q);
      model.addAttribute("first", report.first());
      model.addAttribute("second", report.second());
      model.addAttribute("report", report);
      model.addAttribute(
          "summary",
          text(
              "analysis.accuracy.summary",
              locale,
              report.totalFirst(),
              report.totalSecond(),
              report.gridCells(),
              report.cellMetres(),
              String.format(locale, "%.2f", report.studyAreaSquareKilometres())));
      Analyses.CandidateMap best = report.best();
      model.addAttribute(
          "verdict",
          best == null
              ? null
              : text("analysis.accuracy.verdict", locale, text(best.messageKey(), locale)));
      List<AccuracyRow> rows = new ArrayList<>();
      for (Analyses.MapScore s : report.scores()) {
        rows.add(
            new AccuracyRow(
                text(s.map().messageKey(), locale),
                s.map() == best,
                s.cells(),
                String.format(locale, "%.1f %%", 100 * s.areaShare()),
                s.hitsFirst(),
                s.hitsSecond(),
                decimal(s.paiFirst(), locale),
                decimal(s.paiSecond(), locale),
                decimal(s.rri(), locale)));
      }
      model.addAttribute("rows", rows);
    } catch (AnalysisInputException e) {
      problem(model, e, locale);
    }
    return "analysis/accuracy";
  }

  private Analyses.NearRepeatReport nearRepeatReport(Area area, Query q) {
    DateRange range = period("from", q.get("from"), q.get("to"), lastYear());
    String space = q.get("space-bands");
    String time = q.get("time-bands");
    return analyses.nearRepeats(
        area,
        range,
        q.get("category"),
        KnoxTest.parseBands("space-bands", space == null ? DEFAULT_SPACE_BANDS : space),
        KnoxTest.parseBands("time-bands", time == null ? DEFAULT_TIME_BANDS : time),
        distance(q.get("distance")),
        whole("permutations", q.get("permutations"), 99),
        whole("seed", q.get("seed"), 1));
  }

  static final String DEFAULT_SPACE_BANDS = "0,1,101,201,301,401";
  static final String DEFAULT_TIME_BANDS = "0,8,15,22,29";

  private static KnoxTest.Distance distance(String text) {
    if (text == null) {
      return KnoxTest.Distance.MANHATTAN;
    }
    try {
      return KnoxTest.Distance.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new AnalysisInputException("distance", "analysis.error.distance");
    }
  }

  private static int whole(String field, String text, int fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new AnalysisInputException(field, "analysis.error.whole-number");
    }
  }

  /** One spatial band of the near-repeat table: its label and a cell per temporal band. */
  public record NearRepeatRow(String label, List<NearRepeatCell> cells) {}

  /** One band × band cell, formatted; {@code repeat}: more pairs than expected at p < 0.05. */
  public record NearRepeatCell(
      long observed, String expected, String ratio, String p, boolean repeat) {}

  /**
   * A band [lo, hi) as the Near Repeat Calculator words it: with whole-number limits the last value
   * inside ("0–7 days" for [0, 8)), and [0, 1) metres as "same location"; otherwise "lo to under
   * hi".
   */
  private String band(double[] limits, int i, String unit, Locale locale) {
    double lo = limits[i];
    double hi = limits[i + 1];
    boolean whole = lo == Math.rint(lo) && hi == Math.rint(hi);
    if (whole && lo == 0 && hi == 1 && "m".equals(unit)) {
      return text("analysis.near-repeats.same-location", locale);
    }
    if (whole && hi - lo == 1) {
      return String.format(locale, "%s %s", plain(lo), unit);
    }
    if (whole) {
      return String.format(locale, "%s–%s %s", plain(lo), plain(hi - 1), unit);
    }
    return text("analysis.near-repeats.band-under", locale, plain(lo), plain(hi), unit);
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  @GetMapping("/areas/{area}/analysis/near-repeats")
  String nearRepeats(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    common(model, area, locale);
    Query q = new Query(params);
    model.addAttribute("range", lastYear());
    model.addAttribute("category", q.get("category") == null ? "" : q.get("category"));
    model.addAttribute(
        "spaceBands", q.get("space-bands") == null ? DEFAULT_SPACE_BANDS : q.get("space-bands"));
    model.addAttribute(
        "timeBands", q.get("time-bands") == null ? DEFAULT_TIME_BANDS : q.get("time-bands"));
    model.addAttribute("distance", q.get("distance") == null ? "manhattan" : q.get("distance"));
    model.addAttribute(
        "permutations", q.get("permutations") == null ? "99" : q.get("permutations"));
    model.addAttribute("seed", q.get("seed") == null ? "1" : q.get("seed"));
    try {
      Analyses.NearRepeatReport report = nearRepeatReport(area, q);
      model.addAttribute("range", report.range());
      model.addAttribute("report", report);
      KnoxTest.Result r = report.result();
      List<String> columns = new ArrayList<>();
      for (int t = 0; t + 1 < r.timeBands().length; t++) {
        columns.add(band(r.timeBands(), t, text("analysis.near-repeats.days", locale), locale));
      }
      model.addAttribute("columns", columns);
      List<NearRepeatRow> rows = new ArrayList<>();
      int temporal = r.timeBands().length - 1;
      for (int s = 0; s + 1 < r.spaceBands().length; s++) {
        List<NearRepeatCell> cells = new ArrayList<>();
        for (int t = 0; t < temporal; t++) {
          KnoxTest.Cell c = r.cells()[s * temporal + t];
          cells.add(
              new NearRepeatCell(
                  c.observed(),
                  decimal(c.expected(), locale),
                  decimal(c.knoxRatio(), locale),
                  Double.isNaN(c.p()) ? "–" : String.format(locale, "%.3f", c.p()),
                  c.p() < 0.05 && c.knoxRatio() > 1));
        }
        rows.add(new NearRepeatRow(band(r.spaceBands(), s, "m", locale), cells));
      }
      model.addAttribute("rows", rows);
      model.addAttribute(
          "summary",
          text(
              "analysis.near-repeats.summary",
              locale,
              report.atPoints() + report.atPlaces(),
              report.atPoints(),
              report.atPlaces(),
              report.unlocated(),
              report.permutations()));
    } catch (AnalysisInputException e) {
      problem(model, e, locale);
    }
    return "analysis/near-repeats";
  }

  @GetMapping("/areas/{area}/analysis/displacement")
  String displacement(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    common(model, area, locale);
    Query q = new Query(params);
    for (String role : List.of("target", "buffer", "control")) {
      model.addAttribute(role, q.all(role));
    }
    model.addAttribute("category", q.get("category") == null ? "" : q.get("category"));
    model.addAttribute("beforeFrom", q.get("before-from"));
    model.addAttribute("beforeTo", q.get("before-to"));
    model.addAttribute("afterFrom", q.get("after-from"));
    model.addAttribute("afterTo", q.get("after-to"));
    if (q.all("target").isEmpty() && q.all("buffer").isEmpty() && q.all("control").isEmpty()) {
      return "analysis/displacement";
    }
    try {
      Analyses.DisplacementReport report = displacementReport(area, q);
      model.addAttribute("report", report);
      model.addAttribute("d", report.counts());
      model.addAttribute("wdd", report.counts().wdd());
      model.addAttribute(
          "interpretation", text(report.counts().interpretation().messageKey(), locale));
    } catch (AnalysisInputException e) {
      problem(model, e, locale);
    }
    return "analysis/displacement";
  }

  @GetMapping("/areas/{area}/analysis/temporal")
  String temporal(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    common(model, area, locale);
    Query q = new Query(params);
    model.addAttribute("category", q.get("category") == null ? "" : q.get("category"));
    model.addAttribute("before", recent().sameLastYear());
    model.addAttribute("after", recent());
    if (q.get("category") == null) {
      return "analysis/temporal";
    }
    try {
      Analyses.TemporalReport report = temporalReport(area, q);
      model.addAttribute("before", report.before());
      model.addAttribute("after", report.after());
      model.addAttribute("report", report);
      model.addAttribute("c", report.comparison());
      model.addAttribute("verdict", verdict(report.comparison(), locale));
      model.addAttribute("beforeValues", csv(report.beforeHours()));
      model.addAttribute("afterValues", csv(report.afterHours()));
    } catch (AnalysisInputException e) {
      problem(model, e, locale);
    }
    return "analysis/temporal";
  }

  private static String csv(long[] values) {
    StringBuilder s = new StringBuilder();
    for (long v : values) {
      if (!s.isEmpty()) {
        s.append(',');
      }
      s.append(v);
    }
    return s.toString();
  }

  /** "Activity has moved earlier by about 4 hours, p &lt; 0.01" (Watson's U² for p). */
  String verdict(CircularHours.Comparison c, Locale locale) {
    double p = c.watsonU2().p();
    String pText =
        p < 0.001
            ? "p < 0.001"
            : p < 0.01 ? "p < 0.01" : p < 0.05 ? "p < 0.05" : String.format(locale, "p = %.2f", p);
    double shift = c.shiftHours();
    if (Double.isNaN(shift)) {
      return text("analysis.temporal.verdict.no-direction", locale, pText);
    }
    double rounded =
        Math.abs(shift) >= 1
            ? Math.round(Math.abs(shift))
            : Math.round(Math.abs(shift) * 10) / 10.0;
    String hours =
        rounded == Math.rint(rounded)
            ? Long.toString((long) rounded)
            : String.format(locale, "%.1f", rounded);
    String key =
        p >= 0.05
            ? "analysis.temporal.verdict.not-significant"
            : Math.abs(shift) < 0.5
                ? "analysis.temporal.verdict.shape"
                : shift < 0
                    ? "analysis.temporal.verdict.earlier"
                    : "analysis.temporal.verdict.later";
    return text(key, locale, hours, pText);
  }

  // ------------------------------------------------------------ JSON API

  private static Double num(double v) {
    return Double.isFinite(v) ? v : null;
  }

  @GetMapping(value = "/api/v1/areas/{area}/analysis/hotspots", produces = "application/json")
  @ResponseBody
  ResponseEntity<?> hotSpotsJson(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    Analyses.HotSpotMap map = hotSpotMap(area, new Query(params));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", map.range().first().toString());
    body.put("to", map.range().last().toString());
    body.put("category", map.category());
    body.put("cell_metres", map.cellMetres());
    body.put("rows", map.rows());
    body.put("cols", map.cols());
    body.put("located", map.located());
    body.put("unlocated", map.unlocated());
    List<Map<String, Object>> cells = new ArrayList<>();
    for (Analyses.HotSpotCell c : map.cells()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("row", c.row());
      m.put("col", c.col());
      m.put("bounds", List.of(List.of(c.south(), c.west()), List.of(c.north(), c.east())));
      m.put("count", c.count());
      m.put("z", num(c.z()));
      m.put("p", num(c.p()));
      m.put("class", c.hotSpotClass().name());
      m.put("level", c.hotSpotClass().level());
      m.put("label", text(c.hotSpotClass().messageKey(), locale));
      cells.add(m);
    }
    body.put("cells", cells);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  @GetMapping(value = "/api/v1/areas/{area}/analysis/accuracy", produces = "application/json")
  @ResponseBody
  ResponseEntity<?> accuracyJson(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    Analyses.AccuracyReport r = accuracyReport(area, new Query(params));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("first_from", r.first().first().toString());
    body.put("first_to", r.first().last().toString());
    body.put("second_from", r.second().first().toString());
    body.put("second_to", r.second().last().toString());
    body.put("category", r.category());
    body.put("cell_metres", r.cellMetres());
    body.put("grid_cells", r.gridCells());
    body.put("study_area_km2", r.studyAreaSquareKilometres());
    body.put("total_first", r.totalFirst());
    body.put("total_second", r.totalSecond());
    body.put("best", r.best() == null ? null : r.best().name());
    List<Map<String, Object>> maps = new ArrayList<>();
    for (Analyses.MapScore s : r.scores()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("map", s.map().name());
      m.put("label", text(s.map().messageKey(), locale));
      m.put("cells", s.cells());
      m.put("area_share", s.areaShare());
      m.put("hits_first", s.hitsFirst());
      m.put("hits_second", s.hitsSecond());
      m.put("pai_first", num(s.paiFirst()));
      m.put("pai_second", num(s.paiSecond()));
      m.put("rri", num(s.rri()));
      maps.add(m);
    }
    body.put("maps", maps);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  @GetMapping(value = "/api/v1/areas/{area}/analysis/near-repeats", produces = "application/json")
  @ResponseBody
  ResponseEntity<?> nearRepeatsJson(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    Analyses.NearRepeatReport report = nearRepeatReport(area, new Query(params));
    KnoxTest.Result r = report.result();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", report.range().first().toString());
    body.put("to", report.range().last().toString());
    body.put("category", report.category());
    body.put("distance", report.distance().name().toLowerCase(Locale.ROOT));
    body.put("permutations", report.permutations());
    body.put("seed", report.seed());
    body.put("events", report.atPoints() + report.atPlaces());
    body.put("events_at_points", report.atPoints());
    body.put("events_at_places", report.atPlaces());
    body.put("left_out", report.unlocated());
    body.put("space_bands", r.spaceBands());
    body.put("time_bands", r.timeBands());
    List<Map<String, Object>> cells = new ArrayList<>();
    for (KnoxTest.Cell c : r.cells()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("spatial_band", c.spatialBand());
      m.put("temporal_band", c.temporalBand());
      m.put("observed", c.observed());
      m.put("expected", num(c.expected()));
      m.put("knox_ratio", num(c.knoxRatio()));
      m.put("p", num(c.p()));
      cells.add(m);
    }
    body.put("cells", cells);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  @GetMapping(value = "/api/v1/areas/{area}/analysis/displacement", produces = "application/json")
  @ResponseBody
  ResponseEntity<?> displacementJson(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    Displacement d = displacementReport(area, new Query(params)).counts();
    Displacement.Wdd wdd = d.wdd();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("a_before", d.aBefore());
    body.put("a_after", d.aAfter());
    body.put("b_before", d.bBefore());
    body.put("b_after", d.bAfter());
    body.put("c_before", d.cBefore());
    body.put("c_after", d.cAfter());
    body.put("success_measure", num(d.successMeasure()));
    body.put("buffer_displacement_measure", num(d.bufferDisplacementMeasure()));
    body.put("wdq", num(d.wdq()));
    body.put("gross_effect", num(d.grossEffect()));
    body.put("buffer_effect", num(d.bufferEffect()));
    body.put("tne", num(d.totalNetEffect()));
    body.put("interpretation", d.interpretation().code());
    body.put("wdd", num(wdd.estimate()));
    body.put("wdd_z", num(wdd.z()));
    body.put("wdd_p", num(wdd.p()));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  @GetMapping(value = "/api/v1/areas/{area}/analysis/temporal", produces = "application/json")
  @ResponseBody
  ResponseEntity<?> temporalJson(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    Analyses.TemporalReport r = temporalReport(area, new Query(params));
    CircularHours.Comparison c = r.comparison();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("before", summary(c.before(), r.beforeHours()));
    body.put("after", summary(c.after(), r.afterHours()));
    body.put("shift_hours", num(c.shiftHours()));
    body.put("watson_u2", num(c.watsonU2().statistic()));
    body.put("watson_u2_p", num(c.watsonU2().p()));
    body.put("kuiper_v", num(c.kuiperV().statistic()));
    body.put("kuiper_v_p", num(c.kuiperV().p()));
    body.put("chi_square", num(c.chiSquare().statistic()));
    body.put("chi_square_df", c.chiSquare().df());
    body.put("chi_square_p", num(c.chiSquare().p()));
    body.put("chi_square_low_expected", c.chiSquare().lowExpected());
    body.put("verdict", verdict(c, locale));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static Map<String, Object> summary(CircularHours.Summary s, long[] hours) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", s.n());
    m.put("mean_hour", num(s.meanHour()));
    m.put("resultant_length", num(s.resultantLength()));
    m.put("rayleigh_p", num(s.rayleighP()));
    m.put("hours", hours);
    return m;
  }
}
