package se.klara.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.incidents.ImportProgress;
import se.klara.incidents.ImportResult;
import se.klara.incidents.IncidentImports;
import se.klara.incidents.IncidentSources;
import se.klara.incidents.IncidentVocabulary;
import se.klara.incidents.SourceKind;
import se.klara.incidents.SourceMapping;
import se.klara.shared.DateRange;

/**
 * The Klara area's incident categories, three sources as the seed names them (police incident
 * reports, reported crimes, the station's guard log) and clearly labelled synthetic incidents for
 * the last eight weeks and the same weeks a year earlier, loaded through the real import path
 * (generated CSV files, imports marked synthetic). The patterns follow the seed: drug crime at
 * Sergels torg and Plattan from early morning until lunch (a year earlier later in the day, before
 * dealing moved to the mornings), youth disorder and violence in the evenings, more at weekends.
 * Deterministic (fixed seed); loaded once (a restart adds nothing).
 */
@Component
@ConditionalOnBooleanProperty("klara.demo.enabled")
class DemoIncidents implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(DemoIncidents.class);
  static final int WEEKS = 8;

  static final String POLICE_REPORTS = "polisen-handelserapporter";
  static final String REPORTED_CRIMES = "polisen-anmalda-brott";
  static final String GUARD_LOG = "jernhusen-vaktlogg";

  /** The sources and how their (synthetic) files are laid out. */
  static final Map<String, SourceMapping> SOURCES =
      Map.of(
          POLICE_REPORTS,
          new SourceMapping(
              SourceKind.POLICE_INCIDENT_REPORTS,
              "Tidpunkt",
              "Prioritet",
              "Händelsetyp",
              "Plats",
              "Latitud",
              "Longitud",
              null,
              Map.of(
                  "Misshandel", "assault",
                  "Rån", "robbery",
                  "Narkotikabrott", "drug-possession",
                  "Ordningsstörning", "public-disorder",
                  "Bråk", "fight",
                  "Fylleri/LOB", "drunkenness",
                  "Hot", "threat",
                  "Stöld", "theft"),
              "other"),
          REPORTED_CRIMES,
          new SourceMapping(
              SourceKind.REPORTED_CRIMES,
              "Anmäld tidpunkt",
              null,
              "Brottskategori",
              "Brottsplats",
              null,
              null,
              null,
              Map.of(
                  "Våldsbrott", "violent-crime",
                  "Narkotikabrott, eget bruk", "drug-possession",
                  "Narkotikabrott, överlåtelse", "drug-dealing",
                  "Ficktjuveri", "pickpocketing",
                  "Skadegörelse", "vandalism",
                  "Klotter", "graffiti"),
              "other"),
          GUARD_LOG,
          new SourceMapping(
              SourceKind.GUARD_LOG,
              "Tid",
              null,
              "Händelse",
              "Plats",
              null,
              null,
              null,
              Map.of(
                  "Omhändertagande LOB", "drunkenness",
                  "Person i behov av hjälp", "person-in-need",
                  "Ordningsstörning", "public-disorder",
                  "Bråk", "fight",
                  "Narkotika", "drug-possession"),
              "other"));

  /**
   * A pattern: in which source, what raw text, where, from which hour for how many hours, how many
   * a day on average (weekends more), and from which hour a year earlier.
   */
  record Pattern(
      String source,
      String text,
      String place,
      int startHour,
      int hours,
      double perDay,
      int startHourLastYear) {}

  static final List<Pattern> PATTERNS =
      List.of(
          new Pattern(POLICE_REPORTS, "Narkotikabrott", "Plattan", 6, 7, 2.2, 11),
          new Pattern(POLICE_REPORTS, "Narkotikabrott", "Sergels torg", 7, 6, 1.4, 11),
          new Pattern(POLICE_REPORTS, "Bråk", "Plattan", 18, 5, 1.2, 18),
          new Pattern(POLICE_REPORTS, "Misshandel", "Kulturhusets entré", 19, 4, 0.7, 19),
          new Pattern(POLICE_REPORTS, "Ordningsstörning", "T-Centralen södra", 17, 6, 1.0, 17),
          new Pattern(POLICE_REPORTS, "Rån", "Trappan till Klarabergsgatan", 20, 4, 0.3, 20),
          new Pattern(POLICE_REPORTS, "Fylleri/LOB", "", 22, 5, 0.8, 22),
          new Pattern(POLICE_REPORTS, "Stöld", "Drottninggatan", 11, 8, 0.8, 11),
          new Pattern(REPORTED_CRIMES, "Narkotikabrott, överlåtelse", "Plattan", 6, 7, 1.3, 11),
          new Pattern(REPORTED_CRIMES, "Narkotikabrott, eget bruk", "Sergels torg", 7, 7, 1.6, 12),
          new Pattern(REPORTED_CRIMES, "Våldsbrott", "Plattan", 18, 5, 0.9, 18),
          new Pattern(REPORTED_CRIMES, "Ficktjuveri", "Hötorget", 12, 7, 0.8, 12),
          new Pattern(REPORTED_CRIMES, "Klotter", "Vasagatan 24", 0, 5, 0.3, 0),
          new Pattern(GUARD_LOG, "Omhändertagande LOB", "Centralstationen", 21, 6, 1.0, 21),
          new Pattern(GUARD_LOG, "Person i behov av hjälp", "Centralstationen", 0, 6, 0.8, 0),
          new Pattern(GUARD_LOG, "Ordningsstörning", "Cityterminalen", 16, 6, 0.6, 16),
          new Pattern(GUARD_LOG, "Narkotika", "Vasagatan 7, entrén", 7, 5, 0.5, 10),
          new Pattern(GUARD_LOG, "Avvisning", "Centralstationen", 18, 6, 0.7, 18));

  /** Points of the places police reports give coordinates for instead of a name. */
  private static final Map<String, double[]> POINTS =
      Map.of("T-Centralen södra", new double[] {59.33120, 18.06150});

  private final DemoDataLoader loader;
  private final Areas areas;
  private final IncidentVocabulary vocabulary;
  private final IncidentSources sources;
  private final IncidentImports imports;
  private final Clock clock;

  DemoIncidents(
      DemoDataLoader loader,
      Areas areas,
      IncidentVocabulary vocabulary,
      IncidentSources sources,
      IncidentImports imports,
      Clock clock) {
    this.loader = loader;
    this.areas = areas;
    this.vocabulary = vocabulary;
    this.sources = sources;
    this.imports = imports;
    this.clock = clock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    loader.load(); // adds only what is missing: the area and its places come first
    load();
  }

  void load() {
    Area klara = areas.bySlug("klara").orElseThrow();
    vocabulary.addStandard(klara);
    SOURCES.forEach(
        (name, mapping) -> {
          if (sources.byName(klara.id(), name).isEmpty()) {
            sources.save(klara, name, mapping, Optional.empty());
          }
        });
    if (imports.hasSynthetic(klara.id())) {
      return;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), DateRange.ZONE);
    DateRange recent = DateRange.lastDays(today.minusDays(1), WEEKS * 7);
    long rows = 0;
    for (String source : List.of(POLICE_REPORTS, REPORTED_CRIMES, GUARD_LOG)) {
      rows += importSynthetic(klara, source, recent);
    }
    log.info("Demo incidents loaded: {} synthetic incidents in Klara", rows);
  }

  private long importSynthetic(Area klara, String source, DateRange recent) {
    try {
      Path file = Files.createTempFile("klara-demo-" + source + "-", ".csv");
      try {
        write(file, source, recent);
        ImportResult result =
            imports.importFile(
                klara, source, file, Optional.empty(), true, ImportProgress.Listener.NONE);
        if (!result.succeeded()) {
          throw new IllegalStateException(
              "demo incidents of " + source + " were refused: " + result.problems());
        }
        return result.rows();
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV file in the source's own layout; reported crimes use semicolons as Excel writes them. */
  static void write(Path file, String source, DateRange recent) throws IOException {
    Random random = new Random(source.hashCode() * 31L + 2019);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      switch (source) {
        case POLICE_REPORTS -> out.write("Tidpunkt,Prioritet,Händelsetyp,Plats,Latitud,Longitud\n");
        case REPORTED_CRIMES -> out.write("Anmäld tidpunkt;Brottskategori;Brottsplats\n");
        default -> out.write("Tid,Händelse,Plats\n");
      }
      for (DateRange range : List.of(recent.sameLastYear(), recent)) {
        boolean lastYear = range.equals(recent.sameLastYear());
        for (LocalDate day = range.first(); !day.isAfter(range.last()); day = day.plusDays(1)) {
          boolean weekend =
              day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY;
          for (Pattern pattern : PATTERNS) {
            if (!pattern.source().equals(source)) {
              continue;
            }
            double mean = pattern.perDay() * (weekend ? 1.7 : 1.0) * (lastYear ? 1.15 : 1.0);
            int count = poisson(random, mean);
            for (int i = 0; i < count; i++) {
              int start = lastYear ? pattern.startHourLastYear() : pattern.startHour();
              LocalDateTime time =
                  day.atTime((start + random.nextInt(pattern.hours())) % 24, random.nextInt(60));
              out.write(row(source, pattern, time, random));
            }
          }
        }
      }
      if (source.equals(REPORTED_CRIMES)) {
        writeIntervention(out, random);
      }
    }
  }

  /**
   * Drug dealing around the "Sommar på Sergels torg" intervention (June–August 2019) and the same
   * summer a year earlier, per place and day: {place, per day 2018, per day 2019}. Sergels torg
   * (target) halves, the Vasagatan side (buffer) grows, Hötorget (control) stays: in expectation a
   * WDQ of about −0.27 (−0.43 with the seed used), displacement with a net benefit.
   */
  static final List<Object[]> INTERVENTION =
      List.of(
          new Object[] {"Plattan", 2.0, 0.9},
          new Object[] {"Sergels torg", 1.0, 0.6},
          new Object[] {"Vasagatan 24", 0.6, 0.9},
          new Object[] {"Trappan till Klarabergsgatan", 0.4, 0.5},
          new Object[] {"Hötorget", 1.5, 1.5});

  static final DateRange SUMMER_2019 =
      new DateRange(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 8, 31));

  private static void writeIntervention(Writer out, Random random) throws IOException {
    for (DateRange summer : List.of(SUMMER_2019.sameLastYear(), SUMMER_2019)) {
      boolean after = summer.equals(SUMMER_2019);
      for (LocalDate day = summer.first(); !day.isAfter(summer.last()); day = day.plusDays(1)) {
        for (Object[] place : INTERVENTION) {
          int count = poisson(random, (double) place[after ? 2 : 1]);
          for (int i = 0; i < count; i++) {
            LocalDateTime time = day.atTime(9 + random.nextInt(12), random.nextInt(60));
            out.write(
                String.join(
                        ";",
                        time.toLocalDate() + " " + time.toLocalTime(),
                        "Narkotikabrott, överlåtelse",
                        (String) place[0])
                    + "\n");
          }
        }
      }
    }
  }

  private static String row(String source, Pattern pattern, LocalDateTime time, Random random) {
    String when = time.toLocalDate() + " " + time.toLocalTime();
    return switch (source) {
      case POLICE_REPORTS -> {
        String priority =
            Integer.toString(pattern.text().equals("Misshandel") ? 1 : 2 + random.nextInt(2));
        double[] point = POINTS.get(pattern.place());
        if (point != null && random.nextBoolean()) {
          // About half the reports at these places carry coordinates instead of a name.
          yield String.join(
                  ",",
                  when,
                  priority,
                  pattern.text(),
                  "",
                  String.format(java.util.Locale.ROOT, "%.5f", point[0] + jitter(random)),
                  String.format(java.util.Locale.ROOT, "%.5f", point[1] + jitter(random)))
              + "\n";
        }
        yield String.join(",", when, priority, pattern.text(), quoted(pattern.place()), "", "")
            + "\n";
      }
      case REPORTED_CRIMES ->
          String.join(";", when, quoted(pattern.text()), pattern.place()) + "\n";
      default -> String.join(",", when, pattern.text(), quoted(pattern.place())) + "\n";
    };
  }

  /** Up to about 20 m. */
  private static double jitter(Random random) {
    return (random.nextDouble() - 0.5) * 0.0003;
  }

  private static String quoted(String text) {
    return text.contains(",") || text.contains(";") ? "\"" + text + "\"" : text;
  }

  private static int poisson(Random random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}
