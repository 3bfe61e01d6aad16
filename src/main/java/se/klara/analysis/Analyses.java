package se.klara.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.incidents.IncidentCategory;
import se.klara.incidents.IncidentCells;
import se.klara.incidents.IncidentStatistics;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.shared.DateRange;
import se.klara.shared.Sweref99Tm;
import se.klara.shared.WeekHourMatrix;

/**
 * The analyses on an area's own incidents: Gi* hot spots on a SWEREF 99 TM grid, displacement (WDQ,
 * TNE, WDD) between sets of places, and temporal displacement of a category.
 */
@Service
@Transactional(readOnly = true)
public class Analyses {
  /** The largest grid one request computes (cells per side). */
  public static final int MAX_CELLS_PER_SIDE = 400;

  private final IncidentCells cells;
  private final IncidentStatistics incidents;
  private final Places places;

  Analyses(IncidentCells cells, IncidentStatistics incidents, Places places) {
    this.cells = cells;
    this.incidents = incidents;
    this.places = places;
  }

  public List<IncidentCategory> categories(Area area) {
    return incidents.categories(area);
  }

  private Long categoryId(Area area, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return incidents.categories(area).stream()
        .filter(c -> c.code().equals(code))
        .map(IncidentCategory::id)
        .findFirst()
        .orElseThrow(() -> new AnalysisInputException("category", "analysis.error.category"));
  }

  // ---------------------------------------------------------------- hot spots

  /** One grid cell: its outline in WGS 84, count, z, p and class. */
  public record HotSpotCell(
      int row,
      int col,
      double south,
      double west,
      double north,
      double east,
      long count,
      double z,
      double p,
      HotSpotClass hotSpotClass) {}

  /** The Gi* map of a period: the hot and cold cells (90 % or more), the ones worth drawing. */
  public record HotSpotMap(
      DateRange range,
      String category,
      int cellMetres,
      GridWeights weights,
      boolean falseDiscoveryRate,
      int rows,
      int cols,
      long located,
      long unlocated,
      List<HotSpotCell> cells) {
    public long count(HotSpotClass c) {
      return cells.stream().filter(cell -> cell.hotSpotClass() == c).count();
    }
  }

  public HotSpotMap hotSpots(
      Area area,
      DateRange range,
      String categoryCode,
      int cellMetres,
      GridWeights weights,
      boolean falseDiscoveryRate) {
    CellCounts counted = cellCounts(area, range, categoryCode, cellMetres, null);
    if (counted.isEmpty()) {
      return new HotSpotMap(
          range,
          categoryCode,
          cellMetres,
          weights,
          falseDiscoveryRate,
          0,
          0,
          0,
          counted.unlocated(),
          List.of());
    }
    CellCounts.Grid grid = counted.grid(MAX_CELLS_PER_SIDE);
    double[] counts = grid.counts(counted);
    GiStatistics gi = GetisOrd.onGrid(grid.rows(), grid.cols(), counts, null, weights, true);
    HotSpotClass[] classes = gi.classes(falseDiscoveryRate);
    List<HotSpotCell> cells = new ArrayList<>();
    for (int r = 0; r < grid.rows(); r++) {
      for (int c = 0; c < grid.cols(); c++) {
        int i = r * grid.cols() + c;
        if (classes[i].level() == 0) {
          continue;
        }
        double[] outline = grid.outline(r, c);
        cells.add(
            new HotSpotCell(
                r,
                c,
                outline[0],
                outline[1],
                outline[2],
                outline[3],
                (long) counts[i],
                gi.z(i),
                gi.p(i),
                classes[i]));
      }
    }
    return new HotSpotMap(
        range,
        categoryCode,
        cellMetres,
        weights,
        falseDiscoveryRate,
        grid.rows(),
        grid.cols(),
        counted.located(),
        counted.unlocated(),
        cells);
  }

  /**
   * The incidents of a period counted per cell of {@code cellMetres} whose lines lie on multiples
   * of the cell size in SWEREF 99 TM, from the incidents' cell rollup. Those without a point count
   * at their named place's point, else not at all. The bounding box also covers the area's places
   * and, if given, the cells of another period, so that both periods get the same grid.
   */
  private CellCounts cellCounts(
      Area area, DateRange range, String categoryCode, int cellMetres, CellCounts other) {
    if (cellMetres < IncidentCells.CELL_METRES
        || cellMetres > 1000
        || cellMetres % IncidentCells.CELL_METRES != 0) {
      throw new AnalysisInputException("cell", "analysis.error.cell-size");
    }
    Long category = categoryId(area, categoryCode);
    CellCounts counted = new CellCounts(cellMetres);
    Map<Long, Place> placeById = new HashMap<>();
    for (Place p : places.inArea(area.id())) {
      placeById.put(p.id(), p);
      if (p.latitude() != null) {
        counted.include(Sweref99Tm.project(p.latitude(), p.longitude()));
      }
    }
    if (other != null) {
      counted.include(other);
    }
    int finest = cellMetres / IncidentCells.CELL_METRES;
    cells.cells(
        area.id(),
        range,
        category,
        (north, east, count) ->
            counted.add(Math.floorDiv(north, finest), Math.floorDiv(east, finest), count));
    for (Map.Entry<Long, Long> e : cells.withoutPoint(area.id(), range, category).entrySet()) {
      Place p = e.getKey() == null ? null : placeById.get(e.getKey());
      if (p == null || p.latitude() == null) {
        counted.addUnlocated(e.getValue());
      } else {
        counted.add(Sweref99Tm.project(p.latitude(), p.longitude()), e.getValue());
      }
    }
    return counted;
  }

  // ---------------------------------------------------------------- map accuracy

  /** A candidate hot-spot map: which cells of the first period it marks. */
  public enum CandidateMap {
    /** Gi* hot spots at 99 %. */
    GI_99(3),
    /** Gi* hot spots at 95 % or more. */
    GI_95(2),
    /** Gi* hot spots at 90 % or more. */
    GI_90(1),
    /** The cells with most incidents, at most as many as the Gi* map at 95 % marks, none empty. */
    MOST_INCIDENTS(0);

    /** The lowest {@link HotSpotClass#level()} a Gi* map marks; 0 for the count map. */
    private final int minimumLevel;

    CandidateMap(int minimumLevel) {
      this.minimumLevel = minimumLevel;
    }

    public String messageKey() {
      return "analysis.accuracy.map." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * How well one candidate map of the first period fits that period and predicts the second: the
   * share of the study area it covers, incidents in its cells in both periods, PAI of each period
   * and the RRI.
   */
  public record MapScore(
      CandidateMap map,
      int cells,
      double areaShare,
      long hitsFirst,
      long hitsSecond,
      double paiFirst,
      double paiSecond,
      double rri) {}

  /**
   * The accuracy of hot-spot maps made from one period when used on the next. The study area is the
   * grid over both periods (the area's places and both periods' incidents with two cells of
   * margin); totals count the incidents on it.
   */
  public record AccuracyReport(
      DateRange first,
      DateRange second,
      String category,
      int cellMetres,
      GridWeights weights,
      boolean falseDiscoveryRate,
      int gridCells,
      double studyAreaSquareKilometres,
      long totalFirst,
      long totalSecond,
      List<MapScore> scores) {
    /** The map whose cells held the largest share of the second period per area (highest PAI). */
    public CandidateMap best() {
      return scores.stream()
          .filter(s -> s.cells() > 0 && !Double.isNaN(s.paiSecond()))
          .max(java.util.Comparator.comparingDouble(MapScore::paiSecond))
          .map(MapScore::map)
          .orElse(null);
    }
  }

  public AccuracyReport mapAccuracy(
      Area area,
      DateRange first,
      DateRange second,
      String categoryCode,
      int cellMetres,
      GridWeights weights,
      boolean falseDiscoveryRate) {
    if (!second.first().isAfter(first.last())) {
      throw new AnalysisInputException("second-from", "analysis.error.accuracy-order");
    }
    CellCounts one = cellCounts(area, first, categoryCode, cellMetres, null);
    CellCounts two = cellCounts(area, second, categoryCode, cellMetres, one);
    List<MapScore> scores = new ArrayList<>();
    if (one.isEmpty() && two.isEmpty()) {
      return new AccuracyReport(
          first, second, categoryCode, cellMetres, weights, falseDiscoveryRate, 0, 0, 0, 0, scores);
    }
    CellCounts.Grid study = two.grid(MAX_CELLS_PER_SIDE);
    double[] firstCounts = study.counts(one);
    double[] secondCounts = study.counts(two);
    // The first period's map is its own Gi* map (on its own grid), as the hot-spot page shows it.
    int[] level = new int[study.rows() * study.cols()];
    if (!one.isEmpty()) {
      CellCounts.Grid own = one.grid(MAX_CELLS_PER_SIDE);
      double[] ownCounts = own.counts(one);
      HotSpotClass[] classes =
          GetisOrd.onGrid(own.rows(), own.cols(), ownCounts, null, weights, true)
              .classes(falseDiscoveryRate);
      for (int r = 0; r < own.rows(); r++) {
        for (int c = 0; c < own.cols(); c++) {
          int sr = r + own.firstRow() - study.firstRow();
          int sc = c + own.firstCol() - study.firstCol();
          level[sr * study.cols() + sc] = classes[r * own.cols() + c].level();
        }
      }
    }
    int mostCells = 0;
    for (CandidateMap map : CandidateMap.values()) {
      boolean[] marked = new boolean[level.length];
      if (map == CandidateMap.MOST_INCIDENTS) {
        markMostIncidents(firstCounts, mostCells, marked);
      } else {
        for (int i = 0; i < level.length; i++) {
          marked[i] = level[i] >= map.minimumLevel;
        }
      }
      int cells = 0;
      long hitsFirst = 0;
      long hitsSecond = 0;
      for (int i = 0; i < marked.length; i++) {
        if (marked[i]) {
          cells++;
          hitsFirst += (long) firstCounts[i];
          hitsSecond += (long) secondCounts[i];
        }
      }
      if (map == CandidateMap.GI_95) {
        mostCells = cells;
      }
      double cellsArea = (double) cells * cellMetres * cellMetres;
      scores.add(
          new MapScore(
              map,
              cells,
              (double) cells / level.length,
              hitsFirst,
              hitsSecond,
              MapAccuracy.pai(hitsFirst, one.located(), cellsArea, study.squareMetres()),
              MapAccuracy.pai(hitsSecond, two.located(), cellsArea, study.squareMetres()),
              MapAccuracy.rri(hitsFirst, hitsSecond, one.located(), two.located())));
    }
    return new AccuracyReport(
        first,
        second,
        categoryCode,
        cellMetres,
        weights,
        falseDiscoveryRate,
        level.length,
        study.squareMetres() / 1e6,
        one.located(),
        two.located(),
        scores);
  }

  /** Marks the {@code n} cells with most incidents (ties: the first in row order), none empty. */
  private static void markMostIncidents(double[] counts, int n, boolean[] marked) {
    Integer[] order = new Integer[counts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(counts[b], counts[a]));
    for (int k = 0; k < n && k < order.length && counts[order[k]] > 0; k++) {
      marked[order[k]] = true;
    }
  }

  // ---------------------------------------------------------------- near repeats

  /** The most incidents one near-repeat request compares pairwise. */
  public static final int MAX_NEAR_REPEAT_EVENTS = 5_000;

  /** The most permutations one near-repeat request runs. */
  public static final int MAX_NEAR_REPEAT_PERMUTATIONS = 999;

  /** The Knox test of a period's incidents, with how many were placed by point and by place. */
  public record NearRepeatReport(
      DateRange range,
      String category,
      KnoxTest.Distance distance,
      int permutations,
      long seed,
      int atPoints,
      int atPlaces,
      long unlocated,
      KnoxTest.Result result) {}

  /**
   * Near repeats (Knox test) among the incidents of a period: an incident with a point sits at the
   * centre of its 10 m cell of the cell rollup, one without at its named place's point (so repeats
   * at one place are at distance 0); incidents with neither are left out.
   */
  public NearRepeatReport nearRepeats(
      Area area,
      DateRange range,
      String categoryCode,
      double[] spaceBands,
      double[] timeBands,
      KnoxTest.Distance distance,
      int permutations,
      long seed) {
    if (permutations < 0 || permutations > MAX_NEAR_REPEAT_PERMUTATIONS) {
      throw new AnalysisInputException(
          "permutations", "analysis.error.permutations-web", MAX_NEAR_REPEAT_PERMUTATIONS);
    }
    Long category = categoryId(area, categoryCode);
    Map<Long, double[]> placePoints = new HashMap<>();
    for (Place p : places.inArea(area.id())) {
      if (p.latitude() != null) {
        placePoints.put(p.id(), Sweref99Tm.project(p.latitude(), p.longitude()));
      }
    }
    NearRepeatEvents events = new NearRepeatEvents(MAX_NEAR_REPEAT_EVENTS);
    double half = IncidentCells.CELL_METRES / 2.0;
    cells.cellDays(
        area.id(),
        range,
        category,
        (day, north, east, count) ->
            events.add(
                (double) east * IncidentCells.CELL_METRES + half,
                (double) north * IncidentCells.CELL_METRES + half,
                day.toEpochDay(),
                count,
                true));
    long[] unlocated = {0};
    cells.withoutPointByDay(
        area.id(),
        range,
        category,
        (day, placeId, count) -> {
          double[] ne = placeId == null ? null : placePoints.get(placeId);
          if (ne == null) {
            unlocated[0] += count;
          } else {
            events.add(ne[1], ne[0], day.toEpochDay(), count, false);
          }
        });
    KnoxTest.Result result =
        KnoxTest.run(
            events.x(),
            events.y(),
            events.day(),
            spaceBands,
            timeBands,
            distance,
            permutations,
            seed);
    return new NearRepeatReport(
        range,
        categoryCode,
        distance,
        permutations,
        seed,
        events.atPoints(),
        events.atPlaces(),
        unlocated[0],
        result);
  }

  /** Events for the Knox test: x (easting), y (northing) in metres and the day, at most a limit. */
  private static final class NearRepeatEvents {
    private final int limit;
    private double[] x = new double[256];
    private double[] y = new double[256];
    private double[] day = new double[256];
    private int size;
    private int atPoints;

    NearRepeatEvents(int limit) {
      this.limit = limit;
    }

    void add(double east, double north, long epochDay, long count, boolean atPoint) {
      if (size + count > limit) {
        throw new AnalysisInputException("from", "analysis.error.too-many-events-web", limit);
      }
      for (long k = 0; k < count; k++) {
        if (size == x.length) {
          x = java.util.Arrays.copyOf(x, size * 2);
          y = java.util.Arrays.copyOf(y, size * 2);
          day = java.util.Arrays.copyOf(day, size * 2);
        }
        x[size] = east;
        y[size] = north;
        day[size++] = epochDay;
      }
      if (atPoint) {
        atPoints += (int) count;
      }
    }

    double[] x() {
      return java.util.Arrays.copyOf(x, size);
    }

    double[] y() {
      return java.util.Arrays.copyOf(y, size);
    }

    double[] day() {
      return java.util.Arrays.copyOf(day, size);
    }

    int atPoints() {
      return atPoints;
    }

    int atPlaces() {
      return size - atPoints;
    }
  }

  // ---------------------------------------------------------------- displacement

  /** Counts of the three areas before and after, and what they mean. */
  public record DisplacementReport(
      DateRange before, DateRange after, String category, Displacement counts) {}

  /**
   * WDQ and TNE between a target, a buffer and a control area, each a set of places (a place
   * includes the places within it); counts from the daily rollup.
   */
  public DisplacementReport displacement(
      Area area,
      Set<Long> target,
      Set<Long> buffer,
      Set<Long> control,
      DateRange before,
      DateRange after,
      String categoryCode) {
    if (target.isEmpty()) {
      throw new AnalysisInputException("target", "analysis.error.no-places");
    }
    if (buffer.isEmpty()) {
      throw new AnalysisInputException("buffer", "analysis.error.no-places");
    }
    if (control.isEmpty()) {
      throw new AnalysisInputException("control", "analysis.error.no-places");
    }
    if (!before.endExclusive().isAfter(before.first()) || !after.first().isAfter(before.last())) {
      throw new AnalysisInputException("after-from", "analysis.error.periods-order");
    }
    Long category = categoryId(area, categoryCode);
    List<Place> all = places.inArea(area.id());
    Set<Long> a = withDescendants(all, target);
    Set<Long> b = withDescendants(all, buffer);
    Set<Long> c = withDescendants(all, control);
    if (overlaps(a, b) || overlaps(a, c)) {
      throw new AnalysisInputException("buffer", "analysis.error.overlap");
    }
    if (overlaps(b, c)) {
      throw new AnalysisInputException("control", "analysis.error.overlap");
    }
    Map<Long, Long> first = incidents.byPlace(area, before, category);
    Map<Long, Long> second = incidents.byPlace(area, after, category);
    return new DisplacementReport(
        before,
        after,
        categoryCode,
        new Displacement(
            sum(first, a),
            sum(second, a),
            sum(first, b),
            sum(second, b),
            sum(first, c),
            sum(second, c)));
  }

  private static boolean overlaps(Set<Long> x, Set<Long> y) {
    return x.stream().anyMatch(y::contains);
  }

  private static long sum(Map<Long, Long> counts, Set<Long> ids) {
    return ids.stream().mapToLong(id -> counts.getOrDefault(id, 0L)).sum();
  }

  private static Set<Long> withDescendants(List<Place> all, Set<Long> roots) {
    Set<Long> result = new HashSet<>();
    for (Long id : roots) {
      if (all.stream().noneMatch(p -> p.id() == id)) {
        throw new AnalysisInputException("target", "analysis.error.unknown-place");
      }
      result.add(id);
    }
    boolean grown = true;
    while (grown) {
      grown = false;
      for (Place p : all) {
        if (p.parentId() != null && result.contains(p.parentId()) && result.add(p.id())) {
          grown = true;
        }
      }
    }
    return result;
  }

  // ---------------------------------------------------------------- temporal displacement

  /** Hour counts of both periods and their circular comparison. */
  public record TemporalReport(
      String category,
      DateRange before,
      DateRange after,
      long[] beforeHours,
      long[] afterHours,
      CircularHours.Comparison comparison) {}

  /**
   * When a category happens in two periods (hour rollup of the whole area). Every incident counts
   * at the middle of its hour (07:30 for 07:00–07:59); the tests handle the ties this makes.
   */
  public TemporalReport temporal(
      Area area, String categoryCode, DateRange before, DateRange after) {
    categoryId(area, categoryCode);
    long[] b = hours(incidents.weekHours(area, before, categoryCode));
    long[] a = hours(incidents.weekHours(area, after, categoryCode));
    if (java.util.Arrays.stream(b).sum() == 0) {
      throw new AnalysisInputException("before-from", "analysis.error.period-empty-web");
    }
    if (java.util.Arrays.stream(a).sum() == 0) {
      throw new AnalysisInputException("after-from", "analysis.error.period-empty-web");
    }
    return new TemporalReport(
        categoryCode, before, after, b, a, CircularHours.compare(expand(b), expand(a)));
  }

  private static long[] hours(WeekHourMatrix matrix) {
    long[] hours = new long[24];
    for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
      for (int h = 0; h < 24; h++) {
        hours[h] += matrix.get(day, h);
      }
    }
    return hours;
  }

  static double[] expand(long[] hours) {
    double[] values = new double[(int) java.util.Arrays.stream(hours).sum()];
    int k = 0;
    for (int h = 0; h < 24; h++) {
      for (long i = 0; i < hours[h]; i++) {
        values[k++] = h + 0.5;
      }
    }
    return values;
  }
}
