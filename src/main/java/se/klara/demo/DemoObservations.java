package se.klara.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import se.klara.accounts.Account;
import se.klara.accounts.Accounts;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.observations.AgeBand;
import se.klara.observations.Gender;
import se.klara.observations.GroupCounts;
import se.klara.observations.Intensity;
import se.klara.observations.NewFaces;
import se.klara.observations.Observations;
import se.klara.observations.OriginCount;
import se.klara.observations.SyntheticObservation;

/**
 * Six weeks of synthetic observations in Klara, filed by the demo accounts {@code field}, {@code
 * coordinator} and {@code partner}, with the seed's time-of-day patterns: drug dealing at Plattan
 * and Sergels torg from early morning until lunch, youth groups in the evenings, homelessness at
 * night around Centralstationen. Most youth-group observations and some of the morning drug-scene
 * ones say where some of the people met came from (home municipality or city district, counts
 * only). Deterministic (fixed seed), stored marked as synthetic with a note prefix, loaded once
 * (after the demo area; a restart adds nothing).
 */
@Component
@ConditionalOnBooleanProperty("klara.demo.enabled")
class DemoObservations implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(DemoObservations.class);
  static final String NOTE_PREFIX = "[Syntetisk demodata] ";
  static final int WEEKS = 6;
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private final DemoDataLoader loader;
  private final Areas areas;
  private final Accounts accounts;
  private final Observations observations;
  private final Clock clock;

  DemoObservations(
      DemoDataLoader loader,
      Areas areas,
      Accounts accounts,
      Observations observations,
      Clock clock) {
    this.loader = loader;
    this.areas = areas;
    this.accounts = accounts;
    this.observations = observations;
    this.clock = clock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (areas.bySlug("klara").isEmpty() || accounts.byUsername("partner").isEmpty()) {
      loader.load(); // adds only what is missing
    }
    load();
  }

  /** A pattern: where, what, from which hour for how long, by whom. */
  record Pattern(String place, List<String> phenomena, int startHour, int hours, String author) {}

  private static final List<Pattern> PATTERNS =
      List.of(
          new Pattern("plattan", List.of("drug-dealing", "lookouts"), 6, 6, "field"),
          new Pattern("sergels-torg", List.of("drug-dealing", "drug-use"), 7, 5, "field"),
          new Pattern("plattan", List.of("youth-groups", "disorder"), 18, 4, "coordinator"),
          new Pattern("kulturhuset-entre", List.of("youth-groups"), 17, 4, "coordinator"),
          new Pattern("centralstationen", List.of("homelessness-vulnerability"), 22, 4, "field"),
          new Pattern(
              "vasagatan-24", List.of("unsafe-environment", "graffiti-damage"), 9, 3, "partner"),
          new Pattern("klara-kyrkogard", List.of("drug-use"), 20, 3, "field"),
          new Pattern("brunkebergs-torg", List.of("positive-activity"), 12, 3, "coordinator"));

  /**
   * Home municipalities and city districts of the people met, skewed so that a few dominate
   * (weights): youths met in the evenings by the city district's field workers, and people met by
   * the police at the morning drug scene.
   */
  static final Map<String, Integer> YOUTH_ORIGINS =
      weights(
          "Rinkeby-Kista",
          10,
          "Skärholmen",
          7,
          "Botkyrka",
          6,
          "Järfälla",
          5,
          "Sundbyberg",
          4,
          "Solna",
          4,
          "Huddinge",
          3,
          "Farsta",
          3,
          "Södertälje",
          2,
          "Haninge",
          2,
          "Södermalm",
          2,
          "Norrmalm",
          2,
          "Nacka",
          1);

  static final Map<String, Integer> DRUG_SCENE_ORIGINS =
      weights(
          "Södertälje",
          6,
          "Botkyrka",
          5,
          "Huddinge",
          5,
          "Rinkeby-Kista",
          4,
          "Haninge",
          3,
          "Södermalm",
          3,
          "Norrmalm",
          2,
          "Solna",
          2,
          "Sundbyberg",
          2,
          "Järfälla",
          2,
          "Nacka",
          2,
          "Farsta",
          2,
          "Skärholmen",
          2);

  private static Map<String, Integer> weights(Object... pairs) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      weights.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(weights);
  }

  /**
   * The origins of some of the people an observation counted: on most youth-group observations and
   * on some of the morning drug-scene ones, for one to all of the people counted.
   */
  static List<OriginCount> origins(Pattern pattern, int people, Random random) {
    Map<String, Integer> weights;
    if (pattern.phenomena().contains("youth-groups")) {
      weights = YOUTH_ORIGINS;
    } else if (pattern.phenomena().contains("drug-dealing")) {
      weights = DRUG_SCENE_ORIGINS;
    } else {
      return List.of();
    }
    boolean known = random.nextInt(10) < (weights == YOUTH_ORIGINS ? 6 : 4);
    if (!known || people == 0) {
      return List.of();
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int person = 1 + random.nextInt(people); person > 0; person--) {
      counts.merge(pick(weights, random), 1, Integer::sum);
    }
    return counts.entrySet().stream().map(e -> new OriginCount(e.getKey(), e.getValue())).toList();
  }

  /** One origin, drawn with the chances of the weights. */
  static String pick(Map<String, Integer> weights, Random random) {
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    int pick = random.nextInt(total);
    for (Map.Entry<String, Integer> weight : weights.entrySet()) {
      pick -= weight.getValue();
      if (pick < 0) {
        return weight.getKey();
      }
    }
    throw new IllegalStateException("weights must be positive");
  }

  void load() {
    Area klara = areas.bySlug("klara").orElseThrow();
    observations.addStandardVocabulary(klara);
    if (observations.hasSynthetic(klara)) {
      return;
    }
    Random random = new Random(20191016L);
    // A random sequence of its own, so that the other demo values stay as they were.
    Random originRandom = new Random(20191217L);
    LocalDate today = LocalDate.ofInstant(clock.instant(), STOCKHOLM);
    List<SyntheticObservation> batch = new ArrayList<>();
    for (int day = WEEKS * 7; day >= 1; day--) {
      LocalDate date = today.minusDays(day);
      for (Pattern pattern : PATTERNS) {
        if (random.nextInt(10) < 3) {
          continue; // not every pattern is seen every day
        }
        Account author = accounts.byUsername(pattern.author()).orElseThrow();
        ZonedDateTime from =
            date.atTime(pattern.startHour(), random.nextInt(4) * 15).atZone(STOCKHOLM);
        ZonedDateTime to = from.plus(Duration.ofHours(pattern.hours()));
        boolean many = random.nextInt(3) == 0;
        GroupCounts counts = GroupCounts.none();
        int total = 0;
        if (!pattern.phenomena().contains("unsafe-environment")) {
          boolean youth = pattern.phenomena().contains("youth-groups");
          AgeBand main = youth ? AgeBand.AGE_15_17 : AgeBand.AGE_25_PLUS;
          AgeBand second = youth ? AgeBand.UNDER_15 : AgeBand.AGE_18_24;
          int men = 1 + random.nextInt(many ? 12 : 4);
          int women = random.nextInt(many ? 5 : 2);
          int young = random.nextInt(3);
          counts =
              counts
                  .with(Gender.MALE, main, men)
                  .with(Gender.FEMALE, main, women)
                  .with(Gender.UNKNOWN, second, young);
          total = men + women + young + random.nextInt(3);
        }
        batch.add(
            new SyntheticObservation(
                pattern.place(),
                author.id(),
                author.organisationId(),
                from.toInstant(),
                to.toInstant(),
                pattern.phenomena(),
                total == 0 ? Intensity.NONE : many ? Intensity.MANY : Intensity.FEW,
                total == 0 ? null : total,
                counts,
                NewFaces.values()[random.nextInt(3)],
                NOTE_PREFIX + "Mönster enligt Vision Klara 2019.",
                origins(pattern, total, originRandom)));
      }
    }
    int stored = observations.recordSynthetic(klara, batch);
    log.info("Demo observations loaded: {} synthetic observations in Klara", stored);
  }
}
