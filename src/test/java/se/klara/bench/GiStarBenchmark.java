package se.klara.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import se.klara.analysis.GetisOrd;
import se.klara.analysis.GiStatistics;
import se.klara.analysis.GridWeights;

/**
 * The Gi* benchmark of issue #9 (docs/performance.md): 1 000 000 points binned into a 300 × 300
 * grid of 50 m cells and Gi* with queen weights (the cell itself included), median of many runs,
 * against R's spdep::localG on the same grid and weights in the same run (time, ratio, largest
 * |Δz|). Run by {@code bench/gistar.sh}.
 */
public final class GiStarBenchmark {
  static final int SIDE = 300;
  static final double CELL = 50;
  static final int POINTS = 1_000_000;

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 31;
    Path dir = Path.of("target/bench");
    Files.createDirectories(dir);
    double[][] points = points(POINTS, 20191);
    // Warm-up, then the timed runs: binning plus Gi*, each also on its own.
    double[] counts = null;
    GiStatistics gi = null;
    for (int i = 0; i < 10; i++) {
      counts = bin(points);
      gi = GetisOrd.onGrid(SIDE, SIDE, counts, null, GridWeights.queen(), true);
    }
    double[] total = new double[runs];
    double[] binning = new double[runs];
    double[] gistar = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      counts = bin(points);
      long t1 = System.nanoTime();
      gi = GetisOrd.onGrid(SIDE, SIDE, counts, null, GridWeights.queen(), true);
      long t2 = System.nanoTime();
      binning[i] = (t1 - t0) / 1e6;
      gistar[i] = (t2 - t1) / 1e6;
      total[i] = (t2 - t0) / 1e6;
    }
    // Two-sided p-values of all cells (computed on demand, e.g. for the map's classes).
    double[] pTimes = new double[5];
    double[] zs = gi.z();
    for (int i = 0; i < pTimes.length; i++) {
      long t0 = System.nanoTime();
      double sink = 0;
      for (double z : zs) {
        sink += GetisOrd.twoSidedP(z);
      }
      pTimes[i] = (System.nanoTime() - t0) / 1e6;
      if (sink == 42) {
        System.out.println();
      }
    }
    Path countsFile = dir.resolve("gistar-counts.txt");
    Path zFile = dir.resolve("gistar-java-z.txt");
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(countsFile))) {
      for (double c : counts) {
        out.println((long) c);
      }
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(zFile))) {
      for (double z : gi.z()) {
        out.println(String.format(Locale.ROOT, "%.17g", z));
      }
    }
    Map<String, String> r = runR(countsFile, zFile, Math.max(3, runs / 6));
    double java = median(total);
    double javaGi = median(gistar);
    double rMs = Double.parseDouble(r.get("r_localg_median_ms"));
    String table =
        String.format(
            Locale.ROOT,
            """
            | measure | Klara (Java) | R spdep::localG (same run) | result |
            |---|---|---|---|
            | 1,000,000 points → 300 × 300 grid, binning + Gi* (queen, self included), median of %d | %.1f ms (binning %.1f ms, Gi* %.1f ms) | localG alone: %.1f ms (median of %d; building the weights %.0f ms more) | target ≤ 50 ms: **%s**; R/Java (Gi* alone) = %.0f× |
            | two-sided p of all cells (on demand, for the classes) | %.1f ms | – | |
            | largest \\|Δz\\| over %s cells | | | %s (must be ≤ 1e-9): **%s** |
            """,
            runs,
            java,
            median(binning),
            javaGi,
            rMs,
            Math.max(3, runs / 6),
            Double.parseDouble(r.get("r_weights_ms")),
            java <= 50 ? "met" : "not met",
            rMs / javaGi,
            median(pTimes),
            r.get("cells"),
            r.get("max_abs_dz"),
            Double.parseDouble(r.get("max_abs_dz")) <= 1e-9 ? "met" : "not met");
    System.out.print(table);
    Files.writeString(dir.resolve("gistar.md"), table);
  }

  /** Points in metres: 40 Gaussian clusters of different weight and spread, 20 % background. */
  static double[][] points(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double extent = SIDE * CELL;
    double[][] centres = new double[40][3];
    for (double[] c : centres) {
      c[0] = extent * (0.1 + 0.8 * random.nextDouble());
      c[1] = extent * (0.1 + 0.8 * random.nextDouble());
      c[2] = 30 + 400 * random.nextDouble();
    }
    double[][] xy = new double[2][n];
    for (int i = 0; i < n; i++) {
      double x;
      double y;
      if (random.nextDouble() < 0.2) {
        x = extent * random.nextDouble();
        y = extent * random.nextDouble();
      } else {
        // Zipf-like: low-numbered clusters are busier.
        int k = (int) Math.min(39, Math.floor(Math.pow(random.nextDouble(), 2) * 40));
        double[] c = centres[k];
        x = c[0] + c[2] * gaussian(random);
        y = c[1] + c[2] * gaussian(random);
      }
      xy[0][i] = Math.min(extent - 1e-6, Math.max(0, x));
      xy[1][i] = Math.min(extent - 1e-6, Math.max(0, y));
    }
    return xy;
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  static double[] bin(double[][] xy) {
    double[] counts = new double[SIDE * SIDE];
    double[] x = xy[0];
    double[] y = xy[1];
    for (int i = 0; i < x.length; i++) {
      int row = (int) (y[i] / CELL);
      int col = (int) (x[i] / CELL);
      counts[row * SIDE + col]++;
    }
    return counts;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static Map<String, String> runR(Path counts, Path z, int runs)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                "Rscript", "bench/r/gistar-bench.R", counts.toString(), z.toString(), "" + runs)
            .redirectErrorStream(true)
            .start();
    Map<String, String> values = new LinkedHashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          values.put(line.substring(0, eq), line.substring(eq + 1));
        } else {
          System.err.println(line);
        }
      }
    }
    if (process.waitFor() != 0 || !values.containsKey("max_abs_dz")) {
      throw new IllegalStateException("Rscript failed: " + values);
    }
    return values;
  }
}
