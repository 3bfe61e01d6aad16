package se.klara.analysis;

import java.util.Arrays;

/**
 * z-scores and two-sided p-values of Getis-Ord Gi* (or Gi), one per unit in input order. An
 * undefined value (all values equal, a unit without neighbours, or a unit whose neighbourhood is
 * every unit) is {@code NaN}. The p-values are computed when first asked for.
 */
public final class GiStatistics {
  private final double[] z;
  private double[] p;

  GiStatistics(double[] z) {
    this.z = z;
  }

  public GiStatistics(double[] z, double[] p) {
    this.z = z.clone();
    this.p = p.clone();
  }

  /** The two-sided p-values, computed when first asked for. */
  private double[] pValues() {
    if (p == null) {
      double[] values = new double[z.length];
      for (int i = 0; i < z.length; i++) {
        values[i] = GetisOrd.twoSidedP(z[i]);
      }
      p = values;
    }
    return p;
  }

  public int size() {
    return z.length;
  }

  public double z(int i) {
    return z[i];
  }

  public double p(int i) {
    return pValues()[i];
  }

  public boolean defined(int i) {
    return !Double.isNaN(z[i]);
  }

  public double[] z() {
    return z.clone();
  }

  public double[] p() {
    return pValues().clone();
  }

  /** Classes at 90/95/99 % confidence, optionally with the Benjamini–Hochberg correction. */
  public HotSpotClass[] classes(boolean falseDiscoveryRate) {
    return HotSpotClass.classify(z, pValues(), falseDiscoveryRate);
  }

  /** The median of the defined z-scores (NaN when none). */
  public double medianZ() {
    double[] defined = Arrays.stream(z).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (defined.length == 0) {
      return Double.NaN;
    }
    int m = defined.length / 2;
    return defined.length % 2 == 1 ? defined[m] : (defined[m - 1] + defined[m]) / 2;
  }
}
