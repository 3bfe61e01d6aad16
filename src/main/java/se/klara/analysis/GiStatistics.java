package se.klara.analysis;

import java.util.Arrays;

/**
 * z-scores and two-sided p-values of Getis-Ord Gi* (or Gi), one per unit in input order. An
 * undefined value (all values equal, a unit without neighbours, or a unit whose neighbourhood is
 * every unit) is {@code NaN}.
 */
public record GiStatistics(double[] z, double[] p) {
  public GiStatistics {
    z = z.clone();
    p = p.clone();
  }

  public int size() {
    return z.length;
  }

  public double z(int i) {
    return z[i];
  }

  public double p(int i) {
    return p[i];
  }

  public boolean defined(int i) {
    return !Double.isNaN(z[i]);
  }

  @Override
  public double[] z() {
    return z.clone();
  }

  @Override
  public double[] p() {
    return p.clone();
  }

  /** Classes at 90/95/99 % confidence, optionally with the Benjamini–Hochberg correction. */
  public HotSpotClass[] classes(boolean falseDiscoveryRate) {
    return HotSpotClass.classify(z, p, falseDiscoveryRate);
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
