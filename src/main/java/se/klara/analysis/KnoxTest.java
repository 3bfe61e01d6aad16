package se.klara.analysis;

import java.util.SplittableRandom;

/**
 * The Knox test for near repeats as in Ratcliffe's Near Repeat Calculator: every pair of events is
 * counted in its spatial band × temporal band (bands half-open [lo, hi)); the expected count is
 * exact under a random permutation of the dates over the fixed locations (spatial pairs in the band
 * × date pairs in the band ÷ all pairs), and a seeded Monte Carlo permutation of the dates gives p
 * = (1 + simulations with at least the observed count) / (1 + permutations).
 */
public final class KnoxTest {
  private KnoxTest() {}

  public enum Distance {
    MANHATTAN,
    EUCLIDEAN
  }

  /** One spatial × temporal band. p is NaN without permutations. */
  public record Cell(
      int spatialBand,
      int temporalBand,
      long observed,
      double expected,
      double knoxRatio,
      double p) {}

  /** All cells, spatial band major, and the band limits used. */
  public record Result(double[] spaceBands, double[] timeBands, Cell[] cells) {}

  public static Result run(
      double[] x,
      double[] y,
      double[] day,
      double[] spaceBands,
      double[] timeBands,
      Distance distance,
      int permutations,
      long seed) {
    int n = x.length;
    if (y.length != n || day.length != n) {
      throw new IllegalArgumentException("x, y and day need the same length");
    }
    checkBands("space-bands", spaceBands);
    checkBands("time-bands", timeBands);
    if (permutations < 0) {
      throw new AnalysisInputException("permutations", "analysis.error.permutations");
    }
    int s = spaceBands.length - 1;
    int t = timeBands.length - 1;
    long pairs = (long) n * (n - 1) / 2;
    // The spatial band of every pair that falls in one (-1 otherwise), fixed under permutation.
    int[] pairI = new int[1024];
    int[] pairJ = new int[1024];
    byte[] pairBand = new byte[1024];
    int inBand = 0;
    long[] spatialPairs = new long[s];
    long[] temporalPairs = new long[t];
    long[] observed = new long[s * t];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double dx = Math.abs(x[i] - x[j]);
        double dy = Math.abs(y[i] - y[j]);
        double d = distance == Distance.MANHATTAN ? dx + dy : Math.sqrt(dx * dx + dy * dy);
        int sb = band(spaceBands, d);
        int tb = band(timeBands, Math.abs(day[i] - day[j]));
        if (tb >= 0) {
          temporalPairs[tb]++;
        }
        if (sb >= 0) {
          spatialPairs[sb]++;
          if (inBand == pairI.length) {
            int grown = Math.min(Integer.MAX_VALUE - 8, pairI.length * 2);
            pairI = java.util.Arrays.copyOf(pairI, grown);
            pairJ = java.util.Arrays.copyOf(pairJ, grown);
            pairBand = java.util.Arrays.copyOf(pairBand, grown);
          }
          pairI[inBand] = i;
          pairJ[inBand] = j;
          pairBand[inBand] = (byte) sb;
          inBand++;
          if (tb >= 0) {
            observed[sb * t + tb]++;
          }
        }
      }
    }
    long[] atLeast = new long[s * t];
    if (permutations > 0) {
      SplittableRandom random = new SplittableRandom(seed);
      double[] shuffled = day.clone();
      long[] simulated = new long[s * t];
      for (int p = 0; p < permutations; p++) {
        for (int i = n - 1; i > 0; i--) {
          int k = random.nextInt(i + 1);
          double swap = shuffled[i];
          shuffled[i] = shuffled[k];
          shuffled[k] = swap;
        }
        java.util.Arrays.fill(simulated, 0);
        for (int q = 0; q < inBand; q++) {
          int tb = band(timeBands, Math.abs(shuffled[pairI[q]] - shuffled[pairJ[q]]));
          if (tb >= 0) {
            simulated[pairBand[q] * t + tb]++;
          }
        }
        for (int c = 0; c < simulated.length; c++) {
          if (simulated[c] >= observed[c]) {
            atLeast[c]++;
          }
        }
      }
    }
    Cell[] cells = new Cell[s * t];
    for (int a = 0; a < s; a++) {
      for (int b = 0; b < t; b++) {
        int c = a * t + b;
        double expected =
            pairs == 0 ? Double.NaN : (double) spatialPairs[a] * temporalPairs[b] / pairs;
        double ratio = expected > 0 ? observed[c] / expected : Double.NaN;
        double p = permutations > 0 ? (1.0 + atLeast[c]) / (1.0 + permutations) : Double.NaN;
        cells[c] = new Cell(a, b, observed[c], expected, ratio, p);
      }
    }
    return new Result(spaceBands.clone(), timeBands.clone(), cells);
  }

  /** The index of the band [lo, hi) holding v, or −1. */
  static int band(double[] limits, double v) {
    if (v < limits[0] || v >= limits[limits.length - 1]) {
      return -1;
    }
    int lo = 0;
    int hi = limits.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (v >= limits[mid]) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Band limits from text such as {@code 0,1,101,201}: increasing, not negative, 2 to 101. */
  public static double[] parseBands(String field, String text) {
    String[] parts = text.split(",", -1);
    double[] limits = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        limits[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new AnalysisInputException(field, "analysis.error.bands");
      }
    }
    checkBands(field, limits);
    return limits;
  }

  private static void checkBands(String field, double[] limits) {
    if (limits.length < 2 || limits.length > 101) {
      throw new AnalysisInputException(field, "analysis.error.bands");
    }
    for (int i = 0; i < limits.length; i++) {
      if (!Double.isFinite(limits[i]) || limits[i] < 0 || (i > 0 && limits[i] <= limits[i - 1])) {
        throw new AnalysisInputException(field, "analysis.error.bands");
      }
    }
  }
}
