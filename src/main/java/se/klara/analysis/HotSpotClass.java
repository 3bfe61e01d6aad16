package se.klara.analysis;

import java.util.Arrays;

/** Hot and cold spots at 99, 95 and 90 % confidence, not significant, or undefined. */
public enum HotSpotClass {
  HOT_99(3),
  HOT_95(2),
  HOT_90(1),
  NOT_SIGNIFICANT(0),
  COLD_90(-1),
  COLD_95(-2),
  COLD_99(-3),
  UNDEFINED(0);

  private final int level;

  HotSpotClass(int level) {
    this.level = level;
  }

  /** 3, 2, 1 for hot spots at 99, 95, 90 %; negative for cold spots; 0 otherwise. */
  public int level() {
    return level;
  }

  /** Message key of the class name. */
  public String messageKey() {
    return "analysis.class." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static final double[] ALPHAS = {0.10, 0.05, 0.01};

  /**
   * The class of every unit from its two-sided p-value: significant at level α when p ≤ α, or, with
   * {@code falseDiscoveryRate}, when p is at most the Benjamini–Hochberg threshold at α over the
   * defined units.
   */
  static HotSpotClass[] classify(double[] z, double[] p, boolean falseDiscoveryRate) {
    double[] thresholds = ALPHAS.clone();
    if (falseDiscoveryRate) {
      double[] sorted = Arrays.stream(p).filter(v -> !Double.isNaN(v)).sorted().toArray();
      for (int a = 0; a < ALPHAS.length; a++) {
        thresholds[a] = benjaminiHochberg(sorted, ALPHAS[a]);
      }
    }
    HotSpotClass[] result = new HotSpotClass[z.length];
    for (int i = 0; i < z.length; i++) {
      if (Double.isNaN(z[i])) {
        result[i] = UNDEFINED;
        continue;
      }
      int level = 0;
      for (int a = 0; a < ALPHAS.length; a++) {
        if (p[i] <= thresholds[a]) {
          level = a + 1;
        }
      }
      result[i] = of(z[i] > 0 ? level : -level);
    }
    return result;
  }

  /** The largest p(k) with p(k) ≤ k·α/m, or −1 when no hypothesis is rejected. */
  static double benjaminiHochberg(double[] sortedP, double alpha) {
    int m = sortedP.length;
    for (int k = m; k >= 1; k--) {
      if (sortedP[k - 1] <= k * alpha / m) {
        return sortedP[k - 1];
      }
    }
    return -1;
  }

  private static HotSpotClass of(int level) {
    return switch (level) {
      case 3 -> HOT_99;
      case 2 -> HOT_95;
      case 1 -> HOT_90;
      case -1 -> COLD_90;
      case -2 -> COLD_95;
      case -3 -> COLD_99;
      default -> NOT_SIGNIFICANT;
    };
  }
}
