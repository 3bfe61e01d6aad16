package se.klara.analysis;

import org.apache.commons.math3.special.Erf;

/**
 * Getis-Ord local statistics with binary weights: Gi* (Ord &amp; Getis 1995, the unit itself in its
 * neighbourhood) or Gi (without the unit itself: its mean and variance are taken over the other
 * units). The z-score is the statistic standardised by its expectation and variance under
 * randomisation, exactly as spdep's {@code localG} computes it.
 */
public final class GetisOrd {
  private GetisOrd() {}

  /**
   * Gi* or Gi for areal units with a neighbour list.
   *
   * @param values one value per unit
   * @param neighbours for every unit the indices of its neighbours (without itself; duplicates and
   *     the unit itself are ignored)
   * @param includeSelf true for Gi*, false for Gi
   */
  public static GiStatistics ofNeighbours(
      double[] values, int[][] neighbours, boolean includeSelf) {
    int n = values.length;
    if (neighbours.length != n) {
      throw new IllegalArgumentException("one neighbour list per value");
    }
    double[] lag = new double[n];
    double[] weight = new double[n];
    boolean[] seen = new boolean[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      int count = 0;
      if (includeSelf) {
        sum += values[i];
        count++;
      }
      seen[i] = true;
      for (int j : neighbours[i]) {
        if (!seen[j]) {
          seen[j] = true;
          sum += values[j];
          count++;
        }
      }
      seen[i] = false;
      for (int j : neighbours[i]) {
        seen[j] = false;
      }
      lag[i] = sum;
      weight[i] = count;
    }
    return standardise(values, lag, weight, includeSelf);
  }

  /**
   * Gi* or Gi on a regular grid held row-major ({@code values[row * cols + col]}). Cells where
   * {@code present} is false (may be null: all present) are not units: they count neither as n nor
   * as neighbours, and their z is NaN.
   */
  public static GiStatistics onGrid(
      int rows,
      int cols,
      double[] values,
      boolean[] present,
      GridWeights weights,
      boolean includeSelf) {
    if (values.length != rows * cols || (present != null && present.length != values.length)) {
      throw new IllegalArgumentException("rows × cols values");
    }
    int[][] offsets = weights.offsets();
    int reach = 0;
    int[] delta = new int[offsets.length];
    for (int k = 0; k < offsets.length; k++) {
      reach = Math.max(reach, Math.max(Math.abs(offsets[k][0]), Math.abs(offsets[k][1])));
      delta[k] = offsets[k][0] * cols + offsets[k][1];
    }
    double[] lag = new double[values.length];
    double[] weight = new double[values.length];
    for (int r = 0; r < rows; r++) {
      boolean innerRow = r >= reach && r < rows - reach;
      for (int c = 0; c < cols; c++) {
        int i = r * cols + c;
        if (present != null && !present[i]) {
          continue;
        }
        double sum = includeSelf ? values[i] : 0;
        int count = includeSelf ? 1 : 0;
        if (present == null && innerRow && c >= reach && c < cols - reach) {
          // Away from the edges every neighbour exists: no bounds checks.
          for (int d : delta) {
            sum += values[i + d];
          }
          count += delta.length;
        } else {
          for (int[] o : offsets) {
            int rr = r + o[0];
            int cc = c + o[1];
            if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) {
              int j = rr * cols + cc;
              if (present == null || present[j]) {
                sum += values[j];
                count++;
              }
            }
          }
        }
        lag[i] = sum;
        weight[i] = count;
      }
    }
    if (present == null) {
      return standardise(values, lag, weight, includeSelf);
    }
    int n = 0;
    for (boolean p : present) {
      n += p ? 1 : 0;
    }
    double[] v = new double[n];
    double[] l = new double[n];
    double[] w = new double[n];
    int k = 0;
    for (int i = 0; i < values.length; i++) {
      if (present[i]) {
        v[k] = values[i];
        l[k] = lag[i];
        w[k] = weight[i];
        k++;
      }
    }
    GiStatistics compact = standardise(v, l, w, includeSelf);
    double[] z = new double[values.length];
    k = 0;
    for (int i = 0; i < values.length; i++) {
      z[i] = present[i] ? compact.z(k++) : Double.NaN;
    }
    return new GiStatistics(z);
  }

  /** Two-sided p-value of a standard normal z. */
  public static double twoSidedP(double z) {
    return Double.isNaN(z) ? Double.NaN : Erf.erfc(Math.abs(z) / Math.sqrt(2));
  }

  private static GiStatistics standardise(
      double[] x, double[] lag, double[] weight, boolean includeSelf) {
    int n = x.length;
    double[] z = new double[n];
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double mean = sum / n;
    double centred = 0;
    int atMin = 0;
    int atMax = 0;
    for (double v : x) {
      centred += (v - mean) * (v - mean);
      atMin += v == min ? 1 : 0;
      atMax += v == max ? 1 : 0;
    }
    for (int i = 0; i < n; i++) {
      double w = weight[i];
      double s1 = w; // binary weights: the sum of squared weights equals the sum of weights
      double expectedMean;
      double variance;
      double factor;
      boolean constant;
      if (includeSelf) {
        expectedMean = mean;
        variance = centred / n;
        factor = (n * s1 - w * w) / (n - 1);
        constant = min == max;
      } else {
        double ci = x[i] - mean;
        expectedMean = (sum - x[i]) / (n - 1);
        double shift = ci / (n - 1);
        variance = (centred - ci * ci) / (n - 1) - shift * shift;
        factor = ((n - 1) * s1 - w * w) / (n - 2);
        constant = min == max || (atMin == n - 1 && x[i] == max) || (atMax == n - 1 && x[i] == min);
      }
      if (constant || n < 3 || w == 0 || !(factor > 0) || !(variance > 0)) {
        z[i] = Double.NaN;
        continue;
      }
      z[i] = (lag[i] - w * expectedMean) / Math.sqrt(variance * factor);
    }
    return new GiStatistics(z);
  }
}
