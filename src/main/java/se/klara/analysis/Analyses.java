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
import se.klara.incidents.IncidentStatistics;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.shared.DateRange;
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

  private final AnalysisReads reads;
  private final IncidentStatistics incidents;
  private final Places places;

  Analyses(AnalysisReads reads, IncidentStatistics incidents, Places places) {
    this.reads = reads;
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
    if (cellMetres < 10 || cellMetres > 1000) {
      throw new AnalysisInputException("cell", "analysis.error.cell-size");
    }
    Long category = categoryId(area, categoryCode);
    Map<Long, Place> placeById = new HashMap<>();
    double minN = Double.POSITIVE_INFINITY;
    double minE = Double.POSITIVE_INFINITY;
    double maxN = Double.NEGATIVE_INFINITY;
    double maxE = Double.NEGATIVE_INFINITY;
    for (Place p : places.inArea(area.id())) {
      placeById.put(p.id(), p);
      if (p.latitude() != null) {
        double[] ne = Sweref99Tm.project(p.latitude(), p.longitude());
        minN = Math.min(minN, ne[0]);
        maxN = Math.max(maxN, ne[0]);
        minE = Math.min(minE, ne[1]);
        maxE = Math.max(maxE, ne[1]);
      }
    }
    double[][] buffer = {new double[4096]};
    int[] size = {0};
    double[] box = {minN, maxN, minE, maxE};
    reads.points(
        area.id(),
        range,
        category,
        (lat, lon) -> add(buffer, size, box, Sweref99Tm.project(lat, lon), 1));
    long unlocated = 0;
    for (Map.Entry<Long, Long> e : reads.withoutPoint(area.id(), range, category).entrySet()) {
      Place p = e.getKey() == null ? null : placeById.get(e.getKey());
      if (p == null || p.latitude() == null) {
        unlocated += e.getValue();
      } else {
        add(buffer, size, box, Sweref99Tm.project(p.latitude(), p.longitude()), e.getValue());
      }
    }
    minN = box[0];
    maxN = box[1];
    minE = box[2];
    maxE = box[3];
    double[] pts = buffer[0];
    if (size[0] == 0) {
      return new HotSpotMap(
          range,
          categoryCode,
          cellMetres,
          weights,
          falseDiscoveryRate,
          0,
          0,
          0,
          unlocated,
          List.of());
    }
    // The grid covers the area's places and the incidents, two cells of margin on every side.
    double originN = Math.floor(minN / cellMetres) * cellMetres - 2.0 * cellMetres;
    double originE = Math.floor(minE / cellMetres) * cellMetres - 2.0 * cellMetres;
    int rows = (int) Math.floor((maxN - originN) / cellMetres) + 3;
    int cols = (int) Math.floor((maxE - originE) / cellMetres) + 3;
    if (rows > MAX_CELLS_PER_SIDE || cols > MAX_CELLS_PER_SIDE) {
      throw new AnalysisInputException("cell", "analysis.error.grid-too-large-web");
    }
    double[] counts = new double[rows * cols];
    long located = 0;
    for (int k = 0; k < size[0]; k += 3) {
      int r = (int) Math.floor((pts[k] - originN) / cellMetres);
      int c = (int) Math.floor((pts[k + 1] - originE) / cellMetres);
      counts[r * cols + c] += pts[k + 2];
      located += (long) pts[k + 2];
    }
    GiStatistics gi = GetisOrd.onGrid(rows, cols, counts, null, weights, true);
    HotSpotClass[] classes = gi.classes(falseDiscoveryRate);
    List<HotSpotCell> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int i = r * cols + c;
        if (classes[i].level() == 0) {
          continue;
        }
        double[] sw = Sweref99Tm.unproject(originN + r * cellMetres, originE + c * cellMetres);
        double[] ne =
            Sweref99Tm.unproject(originN + (r + 1) * cellMetres, originE + (c + 1) * cellMetres);
        cells.add(
            new HotSpotCell(
                r, c, sw[0], sw[1], ne[0], ne[1], (long) counts[i], gi.z(i), gi.p(i), classes[i]));
      }
    }
    return new HotSpotMap(
        range,
        categoryCode,
        cellMetres,
        weights,
        falseDiscoveryRate,
        rows,
        cols,
        located,
        unlocated,
        cells);
  }

  /** Appends a projected point with its count and widens the bounding box. */
  private static void add(double[][] buffer, int[] size, double[] box, double[] ne, double count) {
    if (size[0] + 3 > buffer[0].length) {
      buffer[0] = java.util.Arrays.copyOf(buffer[0], buffer[0].length * 2);
    }
    buffer[0][size[0]++] = ne[0];
    buffer[0][size[0]++] = ne[1];
    buffer[0][size[0]++] = count;
    box[0] = Math.min(box[0], ne[0]);
    box[1] = Math.max(box[1], ne[0]);
    box[2] = Math.min(box[2], ne[1]);
    box[3] = Math.max(box[3], ne[1]);
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
    Map<Long, Long> first = reads.byPlace(area.id(), before, category);
    Map<Long, Long> second = reads.byPlace(area.id(), after, category);
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
