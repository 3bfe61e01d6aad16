package se.klara.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.klara.KlaraApplication;
import se.klara.accounts.Accounts;
import se.klara.accounts.NewAccount;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.incidents.ImportProgress;
import se.klara.incidents.ImportResult;
import se.klara.incidents.IncidentImports;
import se.klara.incidents.IncidentSources;
import se.klara.incidents.IncidentVocabulary;
import se.klara.incidents.SourceKind;
import se.klara.incidents.SourceMapping;
import se.klara.shared.Role;

/**
 * The whole web request of the Gi* map for an area and a year (issue #9, docs/performance.md): a
 * fresh database {@code klara_bench_analysis} on the PostgreSQL at 127.0.0.1:5432 (or
 * KLARA_TEST_PG), 1 000 000 incidents in one year around 50 hot places over about 15 × 15 km
 * (stored in time order, as imports of successive files leave them), Klara started with its web
 * server, a coordinator signed in over HTTP, then {@code GET /api/v1/areas/bench/analysis/hotspots}
 * for the year with 50 m cells, median of 11 after 3 warm-ups; the same run times the SQL that
 * reads the year's points on its own.
 */
public final class GiStarWebBenchmark {
  static final String DATABASE = "klara_bench_analysis";
  static final String PASSWORD = "benchmark-password-long-enough";

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String server = System.getenv().getOrDefault("KLARA_TEST_PG", "127.0.0.1:5432");
    String url = "jdbc:postgresql://" + server + "/";
    try (Connection c = DriverManager.getConnection(url + "postgres", "postgres", null);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + DATABASE + " with (force)");
      s.execute("create database " + DATABASE);
    }
    Map.of(
            "klara.db.url", url + DATABASE,
            "klara.db.user", "postgres",
            "klara.demo.enabled", "false",
            "server.port", "0",
            "logging.level.root", "WARN")
        .forEach(System::setProperty);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(KlaraApplication.class)
            .web(WebApplicationType.SERVLET)
            .bannerMode(Banner.Mode.OFF)
            .run()) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      Area area =
          context.getBean(Areas.class).register("bench", "Benchmark", "Gi* benchmark", null);
      long organisation =
          jdbc.sql(
                  "insert into organisation (slug, name, kind) values ('bench', 'Bench', 'OTHER')"
                      + " returning id")
              .query(Long.class)
              .single();
      context
          .getBean(Accounts.class)
          .create(
              new NewAccount(
                  "bench-coordinator",
                  "Bench",
                  organisation,
                  Role.COORDINATOR,
                  PASSWORD.toCharArray(),
                  List.of(area.id()),
                  false));
      context.getBean(IncidentVocabulary.class).addStandard(area);
      context
          .getBean(IncidentSources.class)
          .save(
              area,
              "bench",
              new SourceMapping(
                  SourceKind.POLICE_INCIDENT_REPORTS,
                  "Tid",
                  null,
                  "Händelse",
                  null,
                  "Lat",
                  "Lon",
                  null,
                  Map.of("Narkotika", "drug-dealing"),
                  null),
              Optional.empty());
      Path file = Path.of("target/bench/gistar-incidents.csv");
      writeIncidents(file, rows);
      long t0 = System.nanoTime();
      ImportResult imported =
          context
              .getBean(IncidentImports.class)
              .importFile(
                  area, "bench", file, Optional.empty(), true, ImportProgress.Listener.NONE);
      if (!imported.problems().isEmpty()) {
        throw new IllegalStateException("import failed: " + imported.problems());
      }
      jdbc.sql("analyze").update();
      double importSeconds = (System.nanoTime() - t0) / 1e9;

      int port =
          Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "8080"));
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
              .build();
      String base = "http://127.0.0.1:" + port;
      String login =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
      if (!csrf.find()) {
        throw new IllegalStateException("no CSRF token on /login");
      }
      String form =
          "username=bench-coordinator&password="
              + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
              + "&_csrf="
              + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
      client.send(
          HttpRequest.newBuilder(URI.create(base + "/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      String path =
          "/api/v1/areas/bench/analysis/hotspots?from=2025-01-01&to=2025-12-31&cell=50&weights=queen";
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Accept", "application/json")
              .build();
      int runs = 11;
      double[] times = new double[runs];
      String body = "";
      for (int i = -3; i < runs; i++) {
        long s = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - s) / 1e6;
        if (response.statusCode() != 200) {
          throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        body = response.body();
        if (i >= 0) {
          times[i] = ms;
        }
      }
      double[] sqlTimes = new double[5];
      for (int i = 0; i < sqlTimes.length; i++) {
        long s = System.nanoTime();
        double[] sink = new double[1];
        jdbc.sql(
                "select latitude, longitude from incident where area_id = ?"
                    + " and occurred_at >= timestamptz '2025-01-01 00:00+01'"
                    + " and occurred_at < timestamptz '2026-01-01 00:00+01'"
                    + " and latitude is not null")
            .param(area.id())
            .query(
                (org.springframework.jdbc.core.RowCallbackHandler)
                    rs -> sink[0] += rs.getDouble(1) + rs.getDouble(2));
        sqlTimes[i] = (System.nanoTime() - s) / 1e6;
      }
      Matcher grid =
          Pattern.compile("\"rows\":(\\d+),\"cols\":(\\d+),\"located\":(\\d+)").matcher(body);
      grid.find();
      String table =
          String.format(
              Locale.ROOT,
              "| whole web request: GET the Gi* map of an area for a year (%s incidents, %s × %s"
                  + " cells of 50 m, %d kB JSON), median of %d | %.0f ms | the SQL that reads the"
                  + " year's points alone: %.0f ms (median of 5) | target ≤ 1 s: **%s** |%n",
              grid.group(3),
              grid.group(1),
              grid.group(2),
              body.length() / 1024,
              runs,
              median(times),
              median(sqlTimes),
              median(times) <= 1000 ? "met" : "not met");
      System.out.printf(
          Locale.ROOT,
          "(imported %d incidents through IncidentImports, rollups included, in %.1f s)%n",
          rows,
          importSeconds);
      System.out.print(table);
      Files.createDirectories(Path.of("target/bench"));
      Files.writeString(Path.of("target/bench/gistar-web.md"), table);
    }
  }

  /**
   * One year (2025) of drug-dealing incidents in time order: 50 hot places on a 15 × 15 km square
   * south-west of 59.40 N 18.00 E with Zipf-like weights, points about 100 m around them; 20 %
   * anywhere in the square. Fixed seed.
   */
  private static void writeIncidents(Path file, int rows) throws java.io.IOException {
    Random random = new Random(20251231L);
    long[] minutes = new long[rows];
    for (int i = 0; i < rows; i++) {
      minutes[i] = random.nextInt(365 * 24 * 60);
    }
    Arrays.sort(minutes);
    LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
    Files.createDirectories(file.getParent());
    try (java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Tid,Händelse,Lat,Lon\n");
      for (int i = 0; i < rows; i++) {
        double latitude;
        double longitude;
        if (random.nextDouble() < 0.2) {
          latitude = 59.265 + random.nextDouble() * 0.135;
          longitude = 17.86 + random.nextDouble() * 0.265;
        } else {
          int k = (int) Math.floor(Math.pow(random.nextDouble(), 2) * 49);
          latitude = 59.28 + (k % 7) * 0.016 + (triangle(random)) * 0.0018;
          longitude = 17.89 + (k / 7) * 0.03 + (triangle(random)) * 0.0035;
        }
        LocalDateTime time = start.plusMinutes(minutes[i]);
        out.write(
            String.format(
                Locale.ROOT,
                "%s %s,Narkotika,%.6f,%.6f%n",
                time.toLocalDate(),
                time.toLocalTime(),
                latitude,
                longitude));
      }
    }
  }

  /** A sum of three uniforms, centred: roughly normal on [-1.5, 1.5]. */
  private static double triangle(Random random) {
    return random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
