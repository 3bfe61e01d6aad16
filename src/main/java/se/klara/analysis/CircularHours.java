package se.klara.analysis;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Circular statistics of clock times (decimal hours in [0, 24), 24 h = 2π): mean hour, mean
 * resultant length, Rayleigh's test, Watson's two-sample U², Kuiper's two-sample V and a χ² test on
 * hour bins. Unlike Kolmogorov–Smirnov these do not depend on where the day is taken to start.
 */
public final class CircularHours {
  private CircularHours() {}

  /** One period's sample: its size, circular mean hour, mean resultant length and Rayleigh test. */
  public record Summary(
      int n, double meanHour, double resultantLength, double rayleighZ, double rayleighP) {}

  /** A two-sample statistic and its p-value. */
  public record Test(double statistic, double p) {}

  /** χ² on the 24 hour bins (bins empty in both samples left out), with a low-expected warning. */
  public record ChiSquare(double statistic, int df, double p, boolean lowExpected) {}

  /** Both periods compared. */
  public record Comparison(
      Summary before,
      Summary after,
      Test watsonU2,
      Test kuiperV,
      ChiSquare chiSquare,
      double shiftHours) {}

  public static Comparison compare(double[] before, double[] after) {
    Summary b = summary(before);
    Summary a = summary(after);
    return new Comparison(
        b,
        a,
        watsonU2(before, after),
        kuiperV(before, after),
        chiSquare(before, after),
        shift(b.meanHour(), a.meanHour()));
  }

  /** Hours from the before mean to the after mean, in (−12, 12]; negative means earlier. */
  public static double shift(double fromHour, double toHour) {
    double d = toHour - fromHour;
    while (d <= -12) {
      d += 24;
    }
    while (d > 12) {
      d -= 24;
    }
    return d;
  }

  static double angle(double hour) {
    return hour * Math.PI / 12;
  }

  public static Summary summary(double[] hours) {
    int n = hours.length;
    if (n == 0) {
      return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double s = 0;
    double c = 0;
    for (double h : hours) {
      s += Math.sin(angle(h));
      c += Math.cos(angle(h));
    }
    double rbar = Math.sqrt(s * s + c * c) / n;
    double mean = Double.NaN;
    if (rbar > 1e-12) {
      mean = Math.atan2(s, c) * 12 / Math.PI;
      if (mean < 0) {
        mean += 24;
      }
      if (mean >= 24) {
        mean -= 24;
      }
    }
    double z = n * rbar * rbar;
    // Rayleigh's p as R's circular::rayleigh.test computes it (with the small-sample correction).
    double p = Math.exp(-z);
    if (n < 50) {
      p *=
          1
              + (2 * z - z * z) / (4 * n)
              - (24 * z - 132 * z * z + 76 * z * z * z - 9 * z * z * z * z) / (288.0 * n * n);
    }
    p = Math.min(Math.max(p, 0), 1);
    return new Summary(n, mean, rbar, z, p);
  }

  /**
   * Watson's two-sample U² = n₁n₂/N² Σ (d_k − d̄)², d the difference of the two empirical
   * distribution functions after each of the N pooled observations (ties: after the tied group).
   * The p-value is the asymptotic one, P(U² &gt; u) = 2 Σ (−1)^(k−1) exp(−2k²π²u).
   */
  public static Test watsonU2(double[] x, double[] y) {
    int n1 = x.length;
    int n2 = y.length;
    if (n1 == 0 || n2 == 0) {
      return new Test(Double.NaN, Double.NaN);
    }
    double[][] d = stepDifferences(x, y);
    double[] diff = d[0];
    double[] weight = d[1];
    int total = n1 + n2;
    double mean = 0;
    for (int k = 0; k < diff.length; k++) {
      mean += weight[k] * diff[k];
    }
    mean /= total;
    double ss = 0;
    for (int k = 0; k < diff.length; k++) {
      ss += weight[k] * (diff[k] - mean) * (diff[k] - mean);
    }
    double u2 = (double) n1 * n2 / ((double) total * total) * ss;
    return new Test(u2, watsonP(u2));
  }

  static double watsonP(double u2) {
    double sum = 0;
    for (int k = 1; k <= 1000; k++) {
      double term = Math.exp(-2.0 * k * k * Math.PI * Math.PI * u2);
      sum += (k % 2 == 1 ? term : -term);
      if (term < 1e-17) {
        break;
      }
    }
    return Math.min(Math.max(2 * sum, 0), 1);
  }

  /**
   * Kuiper's two-sample V = max(F₁ − F₂) + max(F₂ − F₁) with the asymptotic p-value (Stephens'
   * correction for the effective sample size n₁n₂/(n₁+n₂)).
   */
  public static Test kuiperV(double[] x, double[] y) {
    if (x.length == 0 || y.length == 0) {
      return new Test(Double.NaN, Double.NaN);
    }
    double[] diff = stepDifferences(x, y)[0];
    double max = 0;
    double min = 0;
    for (double v : diff) {
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    double v = max - min;
    double ne = (double) x.length * y.length / (x.length + y.length);
    double root = Math.sqrt(ne);
    double lambda = (root + 0.155 + 0.24 / root) * v;
    return new Test(v, kuiperP(lambda));
  }

  static double kuiperP(double lambda) {
    if (lambda < 0.4) {
      return 1;
    }
    double sum = 0;
    for (int j = 1; j <= 100; j++) {
      double a = 2.0 * j * j * lambda * lambda;
      double term = (4.0 * j * j * lambda * lambda - 1) * Math.exp(-a);
      sum += term;
      if (Math.abs(term) < 1e-17) {
        break;
      }
    }
    return Math.min(Math.max(2 * sum, 0), 1);
  }

  /**
   * Differences F₂ − F₁ of the empirical distribution functions (angles mod 2π) after each distinct
   * pooled value, and how many observations share that value: {diff[], weight[]}.
   */
  private static double[][] stepDifferences(double[] x, double[] y) {
    int n1 = x.length;
    int n2 = y.length;
    double[] a = Arrays.stream(x).map(CircularHours::wrap).sorted().toArray();
    double[] b = Arrays.stream(y).map(CircularHours::wrap).sorted().toArray();
    double[] diff = new double[n1 + n2];
    double[] weight = new double[n1 + n2];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < n1 || j < n2) {
      double value =
          Math.min(
              i < n1 ? a[i] : Double.POSITIVE_INFINITY, j < n2 ? b[j] : Double.POSITIVE_INFINITY);
      int count = 0;
      while (i < n1 && a[i] == value) {
        i++;
        count++;
      }
      while (j < n2 && b[j] == value) {
        j++;
        count++;
      }
      diff[k] = (double) j / n2 - (double) i / n1;
      weight[k] = count;
      k++;
    }
    return new double[][] {Arrays.copyOf(diff, k), Arrays.copyOf(weight, k)};
  }

  private static double wrap(double hour) {
    double h = hour % 24;
    return h < 0 ? h + 24 : h;
  }

  /** Counts per whole hour 0–23. */
  public static long[] hourBins(double[] hours) {
    long[] bins = new long[24];
    for (double h : hours) {
      bins[(int) Math.floor(wrap(h)) % 24]++;
    }
    return bins;
  }

  public static ChiSquare chiSquare(double[] before, double[] after) {
    return chiSquare(hourBins(before), hourBins(after));
  }

  /** Pearson's χ² for homogeneity of two rows of hour counts (no continuity correction). */
  public static ChiSquare chiSquare(long[] before, long[] after) {
    long n1 = Arrays.stream(before).sum();
    long n2 = Arrays.stream(after).sum();
    long total = n1 + n2;
    if (n1 == 0 || n2 == 0) {
      return new ChiSquare(Double.NaN, 0, Double.NaN, true);
    }
    double chi = 0;
    int bins = 0;
    boolean low = false;
    for (int h = 0; h < before.length; h++) {
      long column = before[h] + after[h];
      if (column == 0) {
        continue;
      }
      bins++;
      double e1 = (double) n1 * column / total;
      double e2 = (double) n2 * column / total;
      low |= e1 < 5 || e2 < 5;
      chi += (before[h] - e1) * (before[h] - e1) / e1 + (after[h] - e2) * (after[h] - e2) / e2;
    }
    int df = bins - 1;
    double p = df < 1 ? Double.NaN : 1 - new ChiSquaredDistribution(df).cumulativeProbability(chi);
    return new ChiSquare(chi, df, p, low);
  }
}
