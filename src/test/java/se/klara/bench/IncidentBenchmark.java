package se.klara.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.klara.KlaraApplication;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.incidents.IncidentSources;
import se.klara.incidents.IncidentStatistics;
import se.klara.incidents.IncidentVocabulary;
import se.klara.incidents.SourceMappingJson;
import se.klara.shared.DateRange;

/**
 * The incident benchmark of issue #5, run by {@code bench/incidents.sh}: on a fresh database on the
 * machine's PostgreSQL it generates an incident file, loads it once with {@code psql \copy} (the
 * baseline) and once with Klara's importer in its own JVM limited to a 512 MB heap, then times the
 * situation picture's queries against plain SQL on the raw table. Every figure is printed with its
 * baseline from the same run; the Markdown table goes to stdout and to {@code
 * target/bench/incidents.md}.
 */
public final class IncidentBenchmark {
  static final String AREA = "bench";
  static final String SOURCE = "bench";
  static final ZoneId ZONE = DateRange.ZONE;

  private final String host;
  private final int port;
  private final String database;
  private final long rows;
  private final Path file;
  private final Path jar;
  private final List<String> report = new ArrayList<>();

  IncidentBenchmark(String host, int port, String database, long rows, Path file, Path jar) {
    this.host = host;
    this.port = port;
    this.database = database;
    this.rows = rows;
    this.file = file;
    this.jar = jar;
  }

  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    Path file = Path.of(args.length > 1 ? args[1] : "target/bench/incidents-" + rows + ".csv");
    String pg = System.getenv().getOrDefault("KLARA_TEST_PG", "127.0.0.1:5432");
    new IncidentBenchmark(
            pg.substring(0, pg.indexOf(':')),
            Integer.parseInt(pg.substring(pg.indexOf(':') + 1)),
            "klara_bench",
            rows,
            file,
            Path.of("target/klara.jar"))
        .run();
  }

  String url(String db) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + db;
  }

  void run() throws Exception {
    Files.createDirectories(file.toAbsolutePath().getParent());
    if (!Files.exists(file)) {
      System.out.println("Generating " + rows + " rows into " + file);
      IncidentFileGenerator.write(
          rows, file, LocalDate.of(2026, 12, 1).minusYears(10), 10, 20191231L);
    }
    recreateDatabase();
    try (ConfigurableApplicationContext context = start()) {
      Area area = setUp(context);
      double copySeconds = baselineCopy();
      Import klara = klaraImport();
      line(
          "Import of %,d rows, end to end | %.1f s (%,.0f rows/s) | `psql \\copy` into a table of the same shape with the same indexes: %.1f s (%,.0f rows/s) | **%.2f** of the copy's throughput (target ≥ 0.50)",
          rows,
          klara.seconds,
          rows / klara.seconds,
          copySeconds,
          rows / copySeconds,
          copySeconds / klara.seconds);
      line(
          "Heap while importing | largest heap in use %d MB (`-Xmx512m`, G1 log) | – | target < 512 MB",
          klara.peakHeapMb);
      queries(context, area);
    }
    Path out = Path.of("target/bench/incidents.md");
    List<String> table = new ArrayList<>();
    table.add("| measure | Klara | baseline (same run) | result |");
    table.add("|---|---|---|---|");
    table.addAll(report);
    Files.write(out, table, StandardCharsets.UTF_8);
    System.out.println();
    table.forEach(System.out::println);
  }

  private void line(String format, Object... args) {
    String text = "| " + String.format(Locale.ROOT, format, args) + " |";
    report.add(text);
    System.out.println(text);
  }

  private void recreateDatabase() throws SQLException {
    try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", null);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
  }

  private ConfigurableApplicationContext start() {
    // System properties: they win over application.properties (default properties would not).
    Map.of(
            "klara.db.url", url(database),
            "klara.db.user", "postgres",
            "klara.demo.enabled", "false",
            "klara.cli", "true",
            "logging.level.root", "WARN")
        .forEach(System::setProperty);
    return new SpringApplicationBuilder(KlaraApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .profiles("cli")
        .run();
  }

  /** The bench area: 50 hot places, the standard categories, the source with its mapping. */
  private Area setUp(ConfigurableApplicationContext context) throws IOException {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    Area area =
        context
            .getBean(Areas.class)
            .register(AREA, "Benchmark", "Synthetic incidents for the benchmark", null);
    for (int i = 0; i < IncidentFileGenerator.PLACES; i++) {
      double[] centre = IncidentFileGenerator.placeCentre(i);
      jdbc.sql(
              "insert into place (area_id, slug, name, latitude, longitude) values (?, ?, ?, ?, ?)")
          .params(
              area.id(),
              String.format(Locale.ROOT, "plats-%02d", i + 1),
              IncidentFileGenerator.placeName(i),
              centre[0],
              centre[1])
          .update();
    }
    context.getBean(IncidentVocabulary.class).addStandard(area);
    String mapping = Files.readString(Path.of("bench/incident-mapping.json"));
    context
        .getBean(IncidentSources.class)
        .save(area, SOURCE, SourceMappingJson.read(mapping), java.util.Optional.empty());
    return area;
  }

  /** {@code psql \copy} of the same file into a table of its shape with the incident indexes. */
  private double baselineCopy() throws Exception {
    try (Connection c = DriverManager.getConnection(url(database), "postgres", null);
        Statement s = c.createStatement()) {
      s.execute(
          """
          create table incident_copy_baseline (
              id bigint generated always as identity primary key,
              tid timestamp not null, prioritet smallint, kategori text not null, plats text,
              lat double precision, lon double precision)
          """);
      s.execute("create index on incident_copy_baseline (kategori, tid)");
      s.execute("create index on incident_copy_baseline using brin (id)");
    }
    String copy =
        "\\copy incident_copy_baseline (tid, prioritet, kategori, plats, lat, lon) from '"
            + file.toAbsolutePath()
            + "' with (format csv, header true, delimiter ';')";
    long started = System.nanoTime();
    Process psql =
        new ProcessBuilder(
                "psql",
                "-h",
                host,
                "-p",
                String.valueOf(port),
                "-U",
                "postgres",
                "-d",
                database,
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                copy)
            .inheritIO()
            .start();
    if (psql.waitFor() != 0) {
      throw new IllegalStateException("psql \\copy failed");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    try (Connection c = DriverManager.getConnection(url(database), "postgres", null);
        Statement s = c.createStatement()) {
      s.execute("drop table incident_copy_baseline");
      s.execute("checkpoint");
    }
    return seconds;
  }

  record Import(double seconds, long peakHeapMb) {}

  /** Klara's CLI import in its own JVM with a 512 MB heap, its G1 log read for the peak. */
  private Import klaraImport() throws Exception {
    Path gcLog = Path.of("target/bench/import-gc.log").toAbsolutePath();
    Files.deleteIfExists(gcLog);
    ProcessBuilder builder =
        new ProcessBuilder(
                "java",
                "-Xmx512m",
                "-Xlog:gc:file=" + gcLog,
                "-jar",
                jar.toString(),
                "import",
                "incidents",
                "--area",
                AREA,
                "--source",
                SOURCE,
                "--file",
                file.toString())
            .inheritIO();
    builder.environment().put("KLARA_DB_URL", url(database));
    builder.environment().put("KLARA_DB_USER", "postgres");
    builder.environment().put("KLARA_DEMO_ENABLED", "false");
    long started = System.nanoTime();
    Process process = builder.start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("Klara's import failed");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long peak = 0;
    Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(Files.readString(gcLog));
    while (m.find()) {
      peak = Math.max(peak, Long.parseLong(m.group(1)));
    }
    return new Import(seconds, peak);
  }

  private void queries(ConfigurableApplicationContext context, Area area) throws SQLException {
    IncidentStatistics statistics = context.getBean(IncidentStatistics.class);
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    long stored =
        jdbc.sql("select count(*) from incident where area_id = ?")
            .param(area.id())
            .query(Long.class)
            .single();
    if (stored != rows) {
      throw new IllegalStateException("expected " + rows + " incidents, found " + stored);
    }
    jdbc.sql("vacuum analyze incident").update();
    LocalDate last = LocalDate.of(2026, 11, 30);
    DateRange month = DateRange.lastDays(last, 30);
    long rollupTotal = statistics.weekHours(area, null, month).total();
    String rawHeatMap =
        """
        select extract(isodow from occurred_at at time zone 'Europe/Stockholm') as d,
               extract(hour from occurred_at at time zone 'Europe/Stockholm') as h, count(*)
          from incident
         where area_id = ? and occurred_at >= ? and occurred_at < ?
         group by 1, 2
        """;
    java.sql.Timestamp from = java.sql.Timestamp.from(month.first().atStartOfDay(ZONE).toInstant());
    java.sql.Timestamp to =
        java.sql.Timestamp.from(month.endExclusive().atStartOfDay(ZONE).toInstant());
    long rawTotal =
        jdbc
            .sql(rawHeatMap)
            .params(area.id(), from, to)
            .query((rs, n) -> rs.getLong(3))
            .list()
            .stream()
            .mapToLong(Long::longValue)
            .sum();
    if (rawTotal != rollupTotal) {
      throw new IllegalStateException("heat map: rollups " + rollupTotal + " vs raw " + rawTotal);
    }
    double heat = median(200, () -> statistics.weekHours(area, null, month));
    double heatRaw =
        median(30, () -> jdbc.sql(rawHeatMap).params(area.id(), from, to).query().listOfRows());
    line(
        "30-day weekday × hour heat map, one area (%,d incidents in the 30 days) | median %.2f ms | plain SQL GROUP BY on the raw table (btree on area, time): median %.2f ms | **%.1f×** faster; target ≤ 10 ms",
        rollupTotal, heat, heatRaw, heatRaw / heat);

    LocalDate first = LocalDate.of(2016, 12, 1);
    long weeklyTotal =
        statistics.weekly(area, first, last).stream().mapToLong(c -> c.count()).sum();
    String rawWeekly =
        """
        select category_id, date_trunc('week', occurred_at at time zone 'Europe/Stockholm'), count(*)
          from incident where area_id = ? group by 1, 2
        """;
    double weekly = median(100, () -> statistics.weekly(area, first, last));
    double weeklyRaw = median(3, () -> jdbc.sql(rawWeekly).param(area.id()).query().listOfRows());
    line(
        "10-year weekly counts by category (%,d incidents, %d categories) | median %.2f ms | plain SQL on the raw table: median %.0f ms | **%.0f×** faster; target ≤ 50 ms and ≥ 50×",
        weeklyTotal, statistics.categories(area).size(), weekly, weeklyRaw, weeklyRaw / weekly);
  }

  private static double median(int runs, Supplier<?> query) {
    for (int i = 0; i < Math.max(2, runs / 10); i++) {
      query.get();
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      query.get();
      times[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(times);
    return times[runs / 2];
  }
}
