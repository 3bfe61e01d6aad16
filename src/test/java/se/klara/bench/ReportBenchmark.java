package se.klara.bench;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.klara.KlaraApplication;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.reports.FollowUpReports;
import se.klara.reports.Report;
import se.klara.reports.SvgChart;

/**
 * The follow-up report benchmark of issue #8, run by {@code bench/report.sh}: on a fresh database
 * with the demo area it times the 2019 report of Klara (data, chapters, PDF) the first time in a
 * fresh JVM and then warm, against the fixed cost of openhtmltopdf for a one-page document with one
 * chart in the same run, and the command line end to end. The table goes to stdout and {@code
 * target/bench/report.md}.
 */
public final class ReportBenchmark {
  static final int RUNS = Integer.getInteger("runs", 20);
  private final List<String> report = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    String pg = System.getenv().getOrDefault("KLARA_TEST_PG", "127.0.0.1:5432");
    new ReportBenchmark().run(pg, "klara_bench_report");
  }

  void run(String pg, String database) throws Exception {
    String url = "jdbc:postgresql://" + pg + "/" + database;
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://" + pg + "/postgres", "postgres", null);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
    Map.of(
            "klara.db.url", url,
            "klara.db.user", "postgres",
            "klara.demo.enabled", "true",
            "klara.cli", "true",
            "logging.level.root", "WARN")
        .forEach(System::setProperty);
    Locale sv = Locale.forLanguageTag("sv");
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(KlaraApplication.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .profiles("cli")
            .run()) {
      FollowUpReports reports = context.getBean(FollowUpReports.class);
      Area klara = context.getBean(Areas.class).bySlug("klara").orElseThrow();

      // As on a server: the PDF warm-up started when the application was ready; wait for it.
      long w0 = System.nanoTime();
      for (Thread thread : Thread.getAllStackTraces().keySet()) {
        if (thread.getName().equals("report-pdf-warm-up")) {
          thread.join();
        }
      }
      double warmUpWait = ms(w0);
      long t0 = System.nanoTime();
      Report first = reports.build(klara, 2019, sv);
      byte[] firstPdf = reports.pdf(first, sv);
      double cold = ms(t0);
      Files.createDirectories(Path.of("target/bench"));
      Files.writeString(Path.of("target/bench/report.xhtml"), reports.document(first, sv));
      long b0 = System.nanoTime();
      baselinePdf();
      double baselineCold = ms(b0);

      double[] build = new double[RUNS];
      double[] pdf = new double[RUNS];
      double[] total = new double[RUNS];
      double[] baseline = new double[RUNS];
      double[] noCharts = new double[RUNS];
      int pages = 0;
      for (int i = 0; i < RUNS; i++) {
        long a = System.nanoTime();
        Report r = reports.build(klara, 2019, sv);
        build[i] = ms(a);
        long p = System.nanoTime();
        byte[] bytes = reports.pdf(r, sv);
        pdf[i] = ms(p);
        total[i] = ms(a);
        pages = countPages(bytes);
        long q = System.nanoTime();
        baselinePdf();
        baseline[i] = ms(q);
        String withoutCharts = reports.document(r, sv).replaceAll("(?s)<svg.*?</svg>", "");
        long n = System.nanoTime();
        reports.toPdf(withoutCharts);
        noCharts[i] = ms(n);
      }
      String load = Files.readString(Path.of("/proc/loadavg")).trim();
      System.out.println("load average before the runs: " + load);
      report.add("Load average (1, 5, 15 min) before the runs: " + load);
      report.add("");
      line("measure | Klara | baseline (same run) | result");
      line("---|---|---|---");
      line(
          "2019 report of the demo area, the first a server makes after start and warm-up (waited %.0f ms for the warm-up; data, %d chapters, PDF of %d pages, %d KB) | %.0f ms | openhtmltopdf, one page with one chart, first after that: %.0f ms | target < 3 s: %s",
          warmUpWait,
          first.parts().size(),
          pages,
          firstPdf.length / 1024,
          cold,
          baselineCold,
          cold < 3000 ? "met" : "NOT met");
      line(
          "the same, warm (median of %d; max) | %.0f ms (max %.0f ms) | one page with one chart: median %.0f ms | %.1f× the fixed cost; target < 3 s: %s",
          RUNS,
          median(total),
          max(total),
          median(baseline),
          median(total) / median(baseline),
          max(total) < 3000 ? "met" : "NOT met");
      line(
          "of which data and chapters (SQL, assessment, HTML of every section, SVG charts) | median %.0f ms | – | –",
          median(build));
      line("of which laying out the PDF | median %.0f ms | – | –", median(pdf));
      line(
          "laying out the same document without its charts | median %.0f ms | – | the charts cost %.0f ms",
          median(noCharts), median(pdf) - median(noCharts));
    }
    Path jar = Path.of("target/klara.jar");
    Files.createDirectories(Path.of("target/bench"));
    if (Files.exists(jar)) {
      Path out = Path.of("target/bench/report-cli.pdf");
      long c0 = System.nanoTime();
      ProcessBuilder command =
          new ProcessBuilder(
              "java",
              "-jar",
              jar.toString(),
              "report",
              "followup",
              "--area",
              "klara",
              "--year",
              "2019",
              "--out",
              out.toString());
      command.environment().put("KLARA_DB_URL", url);
      command.environment().put("KLARA_DB_USER", "postgres");
      Process process =
          command
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      int exit = process.waitFor();
      line(
          "`java -jar target/klara.jar report followup --area klara --year 2019 --out …`, end to end (JVM and Spring start included) | %.1f s (exit %d) | – | –",
          ms(c0) / 1000, exit);
    }
    Files.createDirectories(Path.of("target/bench"));
    Files.write(Path.of("target/bench/report.md"), report);
  }

  private static void baselinePdf() throws Exception {
    String svg =
        SvgChart.line(
            "baseline",
            List.of("2015", "2016", "2017"),
            List.of(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, java.math.BigDecimal.ONE),
            null,
            null,
            null,
            v -> v.toPlainString());
    String xhtml =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\" /><title>b</title></head><body><h1>Baseline</h1><div>"
            + svg
            + "</div></body></html>";
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withHtmlContent(xhtml, null);
    builder.toStream(new ByteArrayOutputStream());
    builder.run();
  }

  private static int countPages(byte[] pdf) throws Exception {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  private void line(String format, Object... args) {
    String text = "| " + String.format(Locale.ROOT, format, args) + " |";
    report.add(text);
    System.out.println(text);
  }

  private static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
