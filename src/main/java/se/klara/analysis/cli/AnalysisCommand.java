package se.klara.analysis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.klara.analysis.AnalysisCsv;
import se.klara.analysis.AnalysisInputException;
import se.klara.analysis.CircularHours;
import se.klara.analysis.Displacement;
import se.klara.analysis.GetisOrd;
import se.klara.analysis.GiStatistics;
import se.klara.analysis.GridWeights;
import se.klara.analysis.KnoxTest;
import se.klara.analysis.MapAccuracy;

/**
 * {@code klara analysis ...}: the analysis methods on analysts' own files, without starting the
 * application or its database. Output goes to standard output only when the whole input was
 * accepted; a problem prints one line naming the file, line and column, and exits with 1.
 */
@Command(
    name = "analysis",
    description =
        "Hot spots, displacement, temporal displacement, near repeats and map accuracy on your"
            + " own data.",
    mixinStandardHelpOptions = true,
    subcommands = {
      AnalysisCommand.GiStar.class,
      AnalysisCommand.Wdq.class,
      AnalysisCommand.Temporal.class,
      AnalysisCommand.Knox.class,
      AnalysisCommand.Accuracy.class
    })
public class AnalysisCommand {

  /** Runs a task; a problem with the input becomes one line on standard error and exit 1. */
  abstract static class Task implements Callable<Integer> {
    @Spec CommandSpec spec;
    final CliText text = new CliText();
    String currentFile;

    abstract String run() throws IOException;

    @Override
    public Integer call() {
      String output;
      try {
        output = run();
      } catch (AnalysisInputException e) {
        spec.commandLine().getErr().println("klara: " + text.problem(currentFile, e));
        return 1;
      } catch (NoSuchFileException e) {
        spec.commandLine()
            .getErr()
            .println("klara: " + e.getFile() + ": " + text.text("analysis.error.no-file"));
        return 1;
      } catch (IOException | java.io.UncheckedIOException e) {
        spec.commandLine()
            .getErr()
            .println("klara: " + currentFile + ": " + text.text("analysis.error.unreadable"));
        return 1;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(output);
      out.flush();
      return 0;
    }

    List<AnalysisCsv.Row> read(Path file, String... columns) throws IOException {
      currentFile = file.toString();
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
      return AnalysisCsv.read(file, columns);
    }
  }

  @Command(
      name = "gistar",
      description = {
        "Getis-Ord Gi* (or Gi with --exclude-self) with binary weights.",
        "Prints id,value,z,p (two-sided p); an undefined z and p are left empty."
      },
      mixinStandardHelpOptions = true)
  static class GiStar extends Task {
    static class Input {
      @ArgGroup(exclusive = false, multiplicity = "1")
      GridInput grid;

      @ArgGroup(exclusive = false, multiplicity = "1")
      AreaInput area;
    }

    static class GridInput {
      @Option(
          names = "--grid",
          required = true,
          paramLabel = "cells.csv",
          description = "Grid cells with columns id,row,col,value.")
      Path file;

      @Option(
          names = "--weights",
          required = true,
          paramLabel = "queen|rook|distance:D",
          description = "Neighbours: queen, rook, or every cell within D cell widths.")
      String weights;
    }

    static class AreaInput {
      @Option(
          names = "--values",
          required = true,
          paramLabel = "values.csv",
          description = "Areal units with columns id,value.")
      Path file;

      @Option(
          names = "--neighbours",
          required = true,
          paramLabel = "neighbours.csv",
          description = "Binary neighbour list with columns id,neighbour.")
      Path neighbours;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--exclude-self", description = "Gi: leave the unit itself out.")
    boolean excludeSelf;

    @Override
    String run() throws IOException {
      return input.grid != null ? grid(input.grid) : areas(input.area);
    }

    private String grid(GridInput grid) throws IOException {
      GridWeights weights;
      try {
        weights = GridWeights.parse(grid.weights);
      } catch (IllegalArgumentException e) {
        throw new AnalysisInputException("weights", "analysis.error.weights");
      }
      List<AnalysisCsv.Row> rows = read(grid.file, "id", "row", "col", "value");
      int n = rows.size();
      String[] ids = new String[n];
      String[] shown = new String[n];
      int[] row = new int[n];
      int[] col = new int[n];
      double[] value = new double[n];
      Map<String, Long> seen = new HashMap<>();
      long minRow = Long.MAX_VALUE;
      long maxRow = Long.MIN_VALUE;
      long minCol = Long.MAX_VALUE;
      long maxCol = Long.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        AnalysisCsv.Row r = rows.get(i);
        ids[i] = r.text("id");
        if (seen.putIfAbsent(ids[i], r.line()) != null) {
          throw new AnalysisInputException(r.line(), "id", "analysis.error.duplicate-id");
        }
        row[i] = r.integer("row");
        col[i] = r.integer("col");
        value[i] = r.number("value");
        shown[i] = r.text("value");
        minRow = Math.min(minRow, row[i]);
        maxRow = Math.max(maxRow, row[i]);
        minCol = Math.min(minCol, col[i]);
        maxCol = Math.max(maxCol, col[i]);
      }
      long height = maxRow - minRow + 1;
      long width = maxCol - minCol + 1;
      if (height * width > 25_000_000L) {
        throw new AnalysisInputException(
            rows.get(0).line(), "row", "analysis.error.grid-too-large");
      }
      int h = (int) height;
      int w = (int) width;
      double[] dense = new double[h * w];
      boolean[] present = new boolean[h * w];
      int[] index = new int[n];
      for (int i = 0; i < n; i++) {
        int k = (int) ((row[i] - minRow) * w + (col[i] - minCol));
        if (present[k]) {
          throw new AnalysisInputException(
              rows.get(i).line(), "row", "analysis.error.duplicate-cell");
        }
        present[k] = true;
        dense[k] = value[i];
        index[i] = k;
      }
      GiStatistics gi = GetisOrd.onGrid(h, w, dense, present, weights, !excludeSelf);
      StringBuilder out = new StringBuilder("id,value,z,p\n");
      for (int i = 0; i < n; i++) {
        line(out, ids[i], shown[i], gi.z(index[i]), gi.p(index[i]));
      }
      return out.toString();
    }

    private String areas(AreaInput area) throws IOException {
      List<AnalysisCsv.Row> rows = read(area.file, "id", "value");
      int n = rows.size();
      Map<String, Integer> position = new HashMap<>();
      String[] ids = new String[n];
      String[] shown = new String[n];
      double[] value = new double[n];
      for (int i = 0; i < n; i++) {
        AnalysisCsv.Row r = rows.get(i);
        ids[i] = r.text("id");
        if (position.putIfAbsent(ids[i], i) != null) {
          throw new AnalysisInputException(r.line(), "id", "analysis.error.duplicate-id");
        }
        value[i] = r.number("value");
        shown[i] = r.text("value");
      }
      List<AnalysisCsv.Row> pairs = read(area.neighbours, "id", "neighbour");
      List<List<Integer>> lists = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        lists.add(new ArrayList<>());
      }
      for (AnalysisCsv.Row r : pairs) {
        Integer from = position.get(r.text("id"));
        if (from == null) {
          throw new AnalysisInputException(r.line(), "id", "analysis.error.unknown-id");
        }
        Integer to = position.get(r.text("neighbour"));
        if (to == null) {
          throw new AnalysisInputException(r.line(), "neighbour", "analysis.error.unknown-id");
        }
        lists.get(from).add(to);
      }
      int[][] neighbours = new int[n][];
      for (int i = 0; i < n; i++) {
        neighbours[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
      GiStatistics gi = GetisOrd.ofNeighbours(value, neighbours, !excludeSelf);
      StringBuilder out = new StringBuilder("id,value,z,p\n");
      for (int i = 0; i < n; i++) {
        line(out, ids[i], shown[i], gi.z(i), gi.p(i));
      }
      return out.toString();
    }

    private static void line(StringBuilder out, String id, String value, double z, double p) {
      out.append(Json.csvText(id))
          .append(',')
          .append(value)
          .append(',')
          .append(Json.csv(z))
          .append(',')
          .append(Json.csv(p))
          .append('\n');
    }
  }

  @Command(
      name = "wdq",
      description = {
        "Weighted displacement quotient and total net effect from counts in the target area (a),",
        "buffer (b) and control area (c) before and after. Prints one JSON object."
      },
      mixinStandardHelpOptions = true)
  static class Wdq extends Task {
    @Option(names = "--a-before", required = true, paramLabel = "N")
    long aBefore;

    @Option(names = "--a-after", required = true, paramLabel = "N")
    long aAfter;

    @Option(names = "--b-before", required = true, paramLabel = "N")
    long bBefore;

    @Option(names = "--b-after", required = true, paramLabel = "N")
    long bAfter;

    @Option(names = "--c-before", required = true, paramLabel = "N")
    long cBefore;

    @Option(names = "--c-after", required = true, paramLabel = "N")
    long cAfter;

    @Override
    String run() {
      Displacement d = new Displacement(aBefore, aAfter, bBefore, bAfter, cBefore, cAfter);
      Displacement.Wdd wdd = d.wdd();
      return "{\"success_measure\":"
          + Json.number(d.successMeasure())
          + ",\"buffer_displacement_measure\":"
          + Json.number(d.bufferDisplacementMeasure())
          + ",\"wdq\":"
          + Json.number(d.wdq())
          + ",\"gross_effect\":"
          + Json.number(d.grossEffect())
          + ",\"buffer_effect\":"
          + Json.number(d.bufferEffect())
          + ",\"tne\":"
          + Json.number(d.totalNetEffect())
          + ",\"interpretation\":\""
          + d.interpretation().code()
          + "\",\"wdd\":"
          + Json.number(wdd.estimate())
          + ",\"wdd_z\":"
          + Json.number(wdd.z())
          + ",\"wdd_p\":"
          + Json.number(wdd.p())
          + "}\n";
    }
  }

  @Command(
      name = "temporal",
      description = {
        "Compare the time of day before and after with circular statistics.",
        "events.csv has columns period,hour (period before or after, hour decimal in [0, 24)).",
        "Prints one JSON object."
      },
      mixinStandardHelpOptions = true)
  static class Temporal extends Task {
    @Option(names = "--events", required = true, paramLabel = "events.csv")
    Path events;

    @Override
    String run() throws IOException {
      List<AnalysisCsv.Row> rows = read(events, "period", "hour");
      double[] before = new double[rows.size()];
      double[] after = new double[rows.size()];
      int nb = 0;
      int na = 0;
      for (AnalysisCsv.Row r : rows) {
        String period = r.text("period");
        double hour = r.number("hour");
        if (hour < 0 || hour >= 24) {
          throw new AnalysisInputException(r.line(), "hour", "analysis.error.hour-range");
        }
        switch (period) {
          case "before" -> before[nb++] = hour;
          case "after" -> after[na++] = hour;
          default -> throw new AnalysisInputException(r.line(), "period", "analysis.error.period");
        }
      }
      if (nb == 0 || na == 0) {
        throw new AnalysisInputException("period", "analysis.error.period-empty");
      }
      CircularHours.Comparison c =
          CircularHours.compare(
              java.util.Arrays.copyOf(before, nb), java.util.Arrays.copyOf(after, na));
      if (c.chiSquare().lowExpected()) {
        spec.commandLine().getErr().println("klara: " + text.text("analysis.warning.low-expected"));
      }
      return "{\"before\":"
          + summary(c.before())
          + ",\"after\":"
          + summary(c.after())
          + ",\"shift_hours\":"
          + Json.number(c.shiftHours())
          + ",\"watson_u2\":"
          + Json.number(c.watsonU2().statistic())
          + ",\"watson_u2_p\":"
          + Json.number(c.watsonU2().p())
          + ",\"kuiper_v\":"
          + Json.number(c.kuiperV().statistic())
          + ",\"kuiper_v_p\":"
          + Json.number(c.kuiperV().p())
          + ",\"chi_square\":"
          + Json.number(c.chiSquare().statistic())
          + ",\"chi_square_df\":"
          + c.chiSquare().df()
          + ",\"chi_square_p\":"
          + Json.number(c.chiSquare().p())
          + ",\"chi_square_low_expected\":"
          + c.chiSquare().lowExpected()
          + "}\n";
    }

    private static String summary(CircularHours.Summary s) {
      return "{\"n\":"
          + s.n()
          + ",\"mean_hour\":"
          + Json.number(s.meanHour())
          + ",\"resultant_length\":"
          + Json.number(s.resultantLength())
          + ",\"rayleigh_z\":"
          + Json.number(s.rayleighZ())
          + ",\"rayleigh_p\":"
          + Json.number(s.rayleighP())
          + "}";
    }
  }

  @Command(
      name = "accuracy",
      description = {
        "Predictive Accuracy Index and Recapture Rate Index of a hot-spot map: incidents in its",
        "cells and in all in two periods, the area of its cells and of the whole study area (any",
        "one unit). Prints one JSON object."
      },
      mixinStandardHelpOptions = true)
  static class Accuracy extends Task {
    @Option(names = "--hits-first", required = true, paramLabel = "N")
    long hitsFirst;

    @Option(names = "--total-first", required = true, paramLabel = "N")
    long totalFirst;

    @Option(names = "--hits-second", required = true, paramLabel = "N")
    long hitsSecond;

    @Option(names = "--total-second", required = true, paramLabel = "N")
    long totalSecond;

    @Option(names = "--cells-area", required = true, paramLabel = "A")
    double cellsArea;

    @Option(names = "--total-area", required = true, paramLabel = "A")
    double totalArea;

    @Override
    String run() {
      long[] counts = {hitsFirst, totalFirst, hitsSecond, totalSecond};
      String[] names = {"hits-first", "total-first", "hits-second", "total-second"};
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] < 0) {
          throw new AnalysisInputException(names[i], "analysis.error.negative-count");
        }
      }
      if (hitsFirst > totalFirst) {
        throw new AnalysisInputException("hits-first", "analysis.error.hits-above-total");
      }
      if (hitsSecond > totalSecond) {
        throw new AnalysisInputException("hits-second", "analysis.error.hits-above-total");
      }
      if (!(cellsArea > 0) || !(totalArea >= cellsArea) || Double.isInfinite(totalArea)) {
        throw new AnalysisInputException("cells-area", "analysis.error.areas");
      }
      return "{\"pai_first\":"
          + Json.number(MapAccuracy.pai(hitsFirst, totalFirst, cellsArea, totalArea))
          + ",\"pai_second\":"
          + Json.number(MapAccuracy.pai(hitsSecond, totalSecond, cellsArea, totalArea))
          + ",\"rri\":"
          + Json.number(MapAccuracy.rri(hitsFirst, hitsSecond, totalFirst, totalSecond))
          + ",\"area_share\":"
          + Json.number(cellsArea / totalArea)
          + "}\n";
    }
  }

  @Command(
      name = "knox",
      description = {
        "Knox test for near repeats. events.csv has columns id,x_m,y_m,day (day a number of",
        "days or a date yyyy-mm-dd). Bands are half-open [lo, hi). Prints CSV",
        "spatial_band,temporal_band,observed,expected,knox_ratio,p."
      },
      mixinStandardHelpOptions = true)
  static class Knox extends Task {
    @Option(names = "--events", required = true, paramLabel = "events.csv")
    Path events;

    @Option(
        names = "--space-bands",
        required = true,
        paramLabel = "0,1,101,...",
        description = "Limits of the spatial bands in metres.")
    String spaceBands;

    @Option(
        names = "--time-bands",
        required = true,
        paramLabel = "0,8,15,...",
        description = "Limits of the temporal bands in days.")
    String timeBands;

    @Option(
        names = "--distance",
        defaultValue = "manhattan",
        paramLabel = "manhattan|euclidean",
        description = "Distance between events (default: ${DEFAULT-VALUE}).")
    KnoxTest.Distance distance;

    @Option(
        names = "--permutations",
        defaultValue = "999",
        paramLabel = "N",
        description = "Monte Carlo permutations of the dates (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(
        names = "--seed",
        defaultValue = "1",
        paramLabel = "S",
        description = "Seed of the permutations (default: ${DEFAULT-VALUE}).")
    long seed;

    static final int MAX_EVENTS = 20_000;

    @Override
    String run() throws IOException {
      double[] space = KnoxTest.parseBands("space-bands", spaceBands);
      double[] time = KnoxTest.parseBands("time-bands", timeBands);
      if (permutations < 0 || permutations > 99_999) {
        throw new AnalysisInputException("permutations", "analysis.error.permutations");
      }
      List<AnalysisCsv.Row> rows = read(events, "id", "x_m", "y_m", "day");
      if (rows.size() > MAX_EVENTS) {
        throw new AnalysisInputException(
            rows.get(MAX_EVENTS).line(), "id", "analysis.error.too-many-events", MAX_EVENTS);
      }
      int n = rows.size();
      double[] x = new double[n];
      double[] y = new double[n];
      double[] day = new double[n];
      Map<String, Boolean> ids = new HashMap<>();
      for (int i = 0; i < n; i++) {
        AnalysisCsv.Row r = rows.get(i);
        if (ids.putIfAbsent(r.text("id"), Boolean.TRUE) != null) {
          throw new AnalysisInputException(r.line(), "id", "analysis.error.duplicate-id");
        }
        x[i] = r.number("x_m");
        y[i] = r.number("y_m");
        String d = r.text("day");
        if (d.length() == 10 && d.charAt(4) == '-') {
          try {
            day[i] = LocalDate.parse(d).toEpochDay();
          } catch (DateTimeParseException e) {
            throw new AnalysisInputException(r.line(), "day", "analysis.error.not-a-number");
          }
        } else {
          day[i] = r.number("day");
        }
      }
      KnoxTest.Result result = KnoxTest.run(x, y, day, space, time, distance, permutations, seed);
      StringBuilder out =
          new StringBuilder("spatial_band,temporal_band,observed,expected,knox_ratio,p\n");
      for (KnoxTest.Cell c : result.cells()) {
        out.append(label(space, c.spatialBand()))
            .append(',')
            .append(label(time, c.temporalBand()))
            .append(',')
            .append(c.observed())
            .append(',')
            .append(Json.csv(c.expected()))
            .append(',')
            .append(Json.csv(c.knoxRatio()))
            .append(',')
            .append(Json.csv(c.p()))
            .append('\n');
      }
      return out.toString();
    }

    private static String label(double[] limits, int band) {
      return Json.csv(limits[band]) + "-" + Json.csv(limits[band + 1]);
    }
  }
}
