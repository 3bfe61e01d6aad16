package se.klara.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import se.klara.analysis.Origins;
import se.klara.areas.Area;
import se.klara.areas.Areas;

/**
 * Synthetic aggregates of where the people arrested for drug offences in Klara in 2019 lived (home
 * municipality or city district, counts per day, never persons), loaded through the normal upload
 * of the origins view, as the seed's police would upload them. Skewed so that a few municipalities
 * dominate. Deterministic (fixed seed); loaded once (a restart adds nothing).
 */
@Component
@ConditionalOnBooleanProperty("klara.demo.enabled")
class DemoOrigins implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(DemoOrigins.class);
  static final String DRUG_ARRESTS = "Gripna för narkotikabrott";
  static final int YEAR = 2019;
  static final int ARRESTS = 360;

  private final DemoDataLoader loader;
  private final Areas areas;
  private final Origins origins;

  DemoOrigins(DemoDataLoader loader, Areas areas, Origins origins) {
    this.loader = loader;
    this.areas = areas;
    this.origins = origins;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (areas.bySlug("klara").isEmpty()) {
      loader.load(); // adds only what is missing
    }
    load();
  }

  void load() {
    Area klara = areas.bySlug("klara").orElseThrow();
    if (origins.groups(klara).contains(DRUG_ARRESTS)) {
      return;
    }
    List<String> lines = lines(new Random(20190101L));
    int rows = origins.upload(Optional.empty(), klara, lines);
    log.info("Demo origins loaded: {} rows of {} in {}", rows, DRUG_ARRESTS, YEAR);
  }

  /** The upload file: each arrest gets a day of the year and an origin, counted per day. */
  static List<String> lines(Random random) {
    LocalDate first = LocalDate.of(YEAR, 1, 1);
    int days = first.lengthOfYear();
    Map<LocalDate, Map<String, Integer>> counts = new TreeMap<>();
    for (int arrest = 0; arrest < ARRESTS; arrest++) {
      LocalDate day = first.plusDays(random.nextInt(days));
      String origin = DemoObservations.pick(DemoObservations.DRUG_SCENE_ORIGINS, random);
      counts.computeIfAbsent(day, d -> new TreeMap<>()).merge(origin, 1, Integer::sum);
    }
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", Origins.COLUMNS));
    counts.forEach(
        (day, byOrigin) ->
            byOrigin.forEach(
                (origin, count) ->
                    lines.add(day + "," + DRUG_ARRESTS + "," + origin + "," + count)));
    return lines;
  }
}
