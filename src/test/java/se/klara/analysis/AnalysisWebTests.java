package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klara.shared.Sweref99Tm;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis pages and API on the demo area: the summer-2019 intervention at Sergels torg as a
 * WDQ, the move of drug dealing to the mornings, and Gi* hot spots from the incidents.
 */
class AnalysisWebTests extends IntegrationTest {
  static final String SUMMER_2019 =
      "target=sergels-torg&buffer=vasagatan-24&buffer=vasagatan-7&buffer=trappan-klarabergsgatan"
          + "&control=hotorget&category=drug-dealing&before-from=2018-06-01&before-to=2018-08-31"
          + "&after-from=2019-06-01&after-to=2019-08-31";

  @Test
  void theSummer2019InterventionDisplacedSomeDealingButWithANetBenefit() {
    WebSession session = signedInAs("coordinator");
    WebSession.Response json =
        session.getJson("/api/v1/areas/klara/analysis/displacement?" + SUMMER_2019);
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body())
        .contains("\"interpretation\":\"displacement_with_net_benefit\"")
        .contains("\"wdq\":-0.");
    // Target halved (about 3 a day to 1.5), buffer grew, control steady.
    long aBefore = number(json.body(), "a_before");
    long aAfter = number(json.body(), "a_after");
    long bBefore = number(json.body(), "b_before");
    long bAfter = number(json.body(), "b_after");
    assertThat(aBefore).isBetween(230L, 330L);
    assertThat(aAfter).isLessThan(aBefore * 2 / 3);
    assertThat(bAfter).isGreaterThan(bBefore);
    WebSession.Response page = session.get("/areas/klara/analysis/displacement?" + SUMMER_2019);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Omfördelning till buffertzonen, men nettoeffekten är positiv.")
        .contains("Total nettoeffekt (TNE)");
  }

  @Test
  void drugDealingMovedToTheMornings() {
    WebSession session = signedInAs("field");
    WebSession.Response json =
        session.getJson("/api/v1/areas/klara/analysis/temporal?category=drug-dealing&lang=en");
    // The language chosen stays with the session.
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body())
        .contains("\"verdict\":\"Activity has moved earlier in the day by about");
    assertThat(json.body()).contains("p < 0.001");
    WebSession.Response page = session.get("/areas/klara/analysis/temporal?category=drug-dealing");
    assertThat(page.status()).isEqualTo(200);
    // The default periods end today and the demo's incidents are drawn around today, so the size
    // of the planted shift (about five hours) varies a little with the day the test runs.
    assertThat(page.body())
        .containsPattern(
            "Activity has moved earlier in the day by about [4-7] hours, p &lt; 0\\.001\\.")
        .contains("class=\"rose\"");
  }

  @Test
  void hotSpotsOfDrugDealingLieAtSergelsTorg() {
    WebSession session = signedInAs("coordinator");
    WebSession.Response json =
        session.getJson(
            "/api/v1/areas/klara/analysis/hotspots?category=drug-dealing&cell=100&weights=queen");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body()).contains("\"class\":\"HOT_99\"").contains("\"cell_metres\":100");
    WebSession.Response page = session.get("/areas/klara/analysis/hotspots?category=drug-dealing");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"hotspot-map\"").contains("Het punkt, 99 %");
  }

  @Test
  void theHotSpotMapCountsEveryIncidentOfTheYearInItsCellAsTheRawPointsDo() {
    WebSession session = signedInAs("coordinator");
    WebSession.Response json =
        session.getJson(
            "/api/v1/areas/klara/analysis/hotspots?category=drug-dealing&cell=100"
                + "&from=2019-01-01&to=2019-12-31");
    assertThat(json.status()).isEqualTo(200);
    JsonNode map = JsonMapper.builder().build().readTree(json.body());

    // The same year binned here from the raw incidents: a point's cell, else its place's point.
    Map<List<Long>, Long> expected = rawDrugDealingCells(2019);
    long[] located = {expected.values().stream().mapToLong(Long::longValue).sum()};
    assertThat(map.get("located").asLong()).isEqualTo(located[0]).isGreaterThan(300);
    assertThat(map.get("cells").size()).isGreaterThan(3);
    for (JsonNode cell : map.get("cells")) {
      List<Long> key = key(cell);
      assertThat(cell.get("count").asLong())
          .as("cell %s", key)
          .isEqualTo(expected.getOrDefault(key, 0L));
    }
  }

  @Test
  void badInputIsA400NamingTheFieldAndAnotherRoleOrAreaIsRefused() {
    WebSession session = signedInAs("coordinator");
    WebSession.Response bad =
        session.getJson(
            "/api/v1/areas/klara/analysis/displacement?"
                + SUMMER_2019.replace("control=hotorget", "control=sergels-torg"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"buffer\"").contains("analysis.error.overlap");
    WebSession.Response cell = session.getJson("/api/v1/areas/klara/analysis/hotspots?cell=abc");
    assertThat(cell.status()).isEqualTo(400);
    assertThat(cell.body()).contains("\"field\":\"cell\"");
    WebSession.Response page = session.get("/areas/klara/analysis/temporal?category=nope");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Kategorin finns inte i området.");
    assertThat(signedInAs("partner").get("/areas/klara/analysis").status()).isEqualTo(403);
    assertThat(session.get("/areas/nowhere/analysis").status()).isEqualTo(404);
    assertThat(session.get("/areas/klara").body()).contains("/areas/klara/analysis");
  }

  /** The 100 m SWEREF 99 TM cell of a hot-spot cell in the JSON (from its outline's centre). */
  private static List<Long> key(JsonNode cell) {
    JsonNode south = cell.get("bounds").get(0);
    JsonNode north = cell.get("bounds").get(1);
    double[] ne =
        Sweref99Tm.project(
            (south.get(0).asDouble() + north.get(0).asDouble()) / 2,
            (south.get(1).asDouble() + north.get(1).asDouble()) / 2);
    return List.of((long) Math.floor(ne[0] / 100), (long) Math.floor(ne[1] / 100));
  }

  /** The demo's drug dealing of a year per 100 m cell, from the raw incidents. */
  private Map<List<Long>, Long> rawDrugDealingCells(int year) {
    Map<List<Long>, Long> cells = new HashMap<>();
    jdbc.sql(
            """
            select coalesce(i.latitude, p.latitude), coalesce(i.longitude, p.longitude)
            from incident i
            join area a on a.id = i.area_id and a.slug = 'klara'
            join incident_category c on c.id = i.category_id and c.code = 'drug-dealing'
            left join place p on p.id = i.place_id
            where i.occurred_at >= make_timestamptz(?, 1, 1, 0, 0, 0, 'Europe/Stockholm')
              and i.occurred_at < make_timestamptz(?, 1, 1, 0, 0, 0, 'Europe/Stockholm')
              and coalesce(i.latitude, p.latitude) is not null
            """)
        .params(year, year + 1)
        .query(
            (rs, n) -> {
              double[] ne = Sweref99Tm.project(rs.getDouble(1), rs.getDouble(2));
              return cells.merge(
                  List.of((long) Math.floor(ne[0] / 100), (long) Math.floor(ne[1] / 100)),
                  1L,
                  Long::sum);
            })
        .list();
    return cells;
  }

  @Test
  void theDrugMapOf2018IsScoredOn2019WithPaiAndRri() {
    WebSession session = signedInAs("coordinator");
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode map2018 =
        mapper.readTree(
            session
                .getJson(
                    "/api/v1/areas/klara/analysis/hotspots?category=drug-dealing&cell=100"
                        + "&from=2018-01-01&to=2018-12-31")
                .body());
    WebSession.Response response =
        session.getJson(
            "/api/v1/areas/klara/analysis/accuracy?category=drug-dealing&cell=100"
                + "&first-from=2018-01-01&first-to=2018-12-31"
                + "&second-from=2019-01-01&second-to=2019-12-31");
    assertThat(response.status()).isEqualTo(200);
    JsonNode report = mapper.readTree(response.body());

    Map<List<Long>, Long> raw2018 = rawDrugDealingCells(2018);
    Map<List<Long>, Long> raw2019 = rawDrugDealingCells(2019);
    long total2018 = raw2018.values().stream().mapToLong(Long::longValue).sum();
    long total2019 = raw2019.values().stream().mapToLong(Long::longValue).sum();
    assertThat(report.get("total_first").asLong()).isEqualTo(total2018).isPositive();
    assertThat(report.get("total_second").asLong()).isEqualTo(total2019).isPositive();
    long gridCells = report.get("grid_cells").asLong();

    // The Gi* 95 % map is the 2018 hot-spot page's cells at 95 % or more; its hits are counted
    // here from the raw incidents of both years in those cells.
    long cells = 0;
    long hits2018 = 0;
    long hits2019 = 0;
    for (JsonNode cell : map2018.get("cells")) {
      if (cell.get("level").asInt() >= 2) {
        cells++;
        hits2018 += raw2018.getOrDefault(key(cell), 0L);
        hits2019 += raw2019.getOrDefault(key(cell), 0L);
      }
    }
    JsonNode gi95 = report.get("maps").get(1);
    assertThat(gi95.get("map").asString()).isEqualTo("GI_95");
    assertThat(gi95.get("cells").asLong()).isEqualTo(cells).isPositive();
    assertThat(gi95.get("hits_first").asLong()).isEqualTo(hits2018);
    assertThat(gi95.get("hits_second").asLong()).isEqualTo(hits2019);
    assertThat(gi95.get("pai_first").asDouble())
        .isCloseTo(((double) hits2018 / total2018) / ((double) cells / gridCells), within(1e-9))
        .isGreaterThan(5);
    assertThat(gi95.get("pai_second").asDouble())
        .isCloseTo(((double) hits2019 / total2019) / ((double) cells / gridCells), within(1e-9));
    assertThat(gi95.get("rri").asDouble())
        .isCloseTo(((double) hits2019 / hits2018) / ((double) total2019 / total2018), within(1e-9));
    // As many cells with most incidents as the Gi* 95 % map has, never an empty one.
    assertThat(report.get("maps").get(3).get("cells").asLong())
        .isEqualTo(Math.min(cells, raw2018.size()));
    String best = report.get("best").asString();
    double bestPai = 0;
    for (JsonNode m : report.get("maps")) {
      bestPai = Math.max(bestPai, m.get("pai_second").asDouble());
    }
    for (JsonNode m : report.get("maps")) {
      if (m.get("map").asString().equals(best)) {
        assertThat(m.get("pai_second").asDouble()).isEqualTo(bestPai);
      }
    }

    WebSession.Response page =
        session.get(
            "/areas/klara/analysis/accuracy?category=drug-dealing&cell=100"
                + "&first-from=2018-01-01&first-to=2018-12-31"
                + "&second-from=2019-01-01&second-to=2019-12-31");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Gi* minst 95 %")
        .contains("<strong>bäst</strong>")
        .contains(total2018 + " händelser med plats den första perioden");
    WebSession.Response wrongOrder =
        session.getJson(
            "/api/v1/areas/klara/analysis/accuracy?first-from=2019-01-01&first-to=2019-12-31"
                + "&second-from=2019-06-01&second-to=2019-12-31");
    assertThat(wrongOrder.status()).isEqualTo(400);
    assertThat(wrongOrder.body()).contains("\"field\":\"second-from\"");
    WebSession.Response badCell = session.getJson("/api/v1/areas/klara/analysis/accuracy?cell=55");
    assertThat(badCell.status()).isEqualTo(400);
    assertThat(badCell.body()).contains("\"field\":\"cell\"").contains("i steg om 10 meter");
  }

  @Test
  void nearRepeatsOfTheDemoAreTheKnoxTestOfTheRawIncidents() {
    WebSession session = signedInAs("field");
    WebSession.Response response =
        session.getJson(
            "/api/v1/areas/klara/analysis/near-repeats?category=drug-dealing"
                + "&from=2019-01-01&to=2019-12-31&space-bands=0,1,101,201&time-bands=0,8,15"
                + "&permutations=99&seed=7");
    assertThat(response.status()).isEqualTo(200);
    JsonNode report = JsonMapper.builder().build().readTree(response.body());

    // The same events built here from the raw incidents: a point at the centre of its 10 m cell,
    // else the named place's point; sorted the same way does not matter for the exact parts.
    List<double[]> events = new java.util.ArrayList<>();
    jdbc.sql(
            """
            select i.north_m, i.east_m, p.latitude, p.longitude,
                   (i.occurred_at at time zone 'Europe/Stockholm')::date
            from incident i
            join area a on a.id = i.area_id and a.slug = 'klara'
            join incident_category c on c.id = i.category_id and c.code = 'drug-dealing'
            left join place p on p.id = i.place_id
            where i.occurred_at >= timestamptz '2019-01-01 00:00 Europe/Stockholm'
              and i.occurred_at < timestamptz '2020-01-01 00:00 Europe/Stockholm'
              and (i.north_m is not null or p.latitude is not null)
            """)
        .query(
            (rs, n) -> {
              double day = rs.getObject(5, java.time.LocalDate.class).toEpochDay();
              if (rs.getObject(1) != null) {
                return events.add(
                    new double[] {
                      Math.floorDiv(rs.getInt(2), 10) * 10 + 5.0,
                      Math.floorDiv(rs.getInt(1), 10) * 10 + 5.0,
                      day
                    });
              }
              double[] ne = Sweref99Tm.project(rs.getDouble(3), rs.getDouble(4));
              return events.add(new double[] {ne[1], ne[0], day});
            })
        .list();
    assertThat(report.get("events").asInt()).isEqualTo(events.size()).isGreaterThan(300);
    KnoxTest.Result expected =
        KnoxTest.run(
            events.stream().mapToDouble(e -> e[0]).toArray(),
            events.stream().mapToDouble(e -> e[1]).toArray(),
            events.stream().mapToDouble(e -> e[2]).toArray(),
            new double[] {0, 1, 101, 201},
            new double[] {0, 8, 15},
            KnoxTest.Distance.MANHATTAN,
            0,
            7);
    JsonNode cells = report.get("cells");
    assertThat(cells.size()).isEqualTo(6);
    long sameSpot = 0;
    for (int i = 0; i < 6; i++) {
      KnoxTest.Cell cell = expected.cells()[i];
      assertThat(cells.get(i).get("observed").asLong()).isEqualTo(cell.observed());
      assertThat(cells.get(i).get("expected").asDouble()).isCloseTo(cell.expected(), within(1e-9));
      assertThat(cells.get(i).get("p").asDouble()).isBetween(0.01, 1.0);
      sameSpot += i < 2 ? cell.observed() : 0;
    }
    assertThat(sameSpot).as("pairs at the same spot within two weeks").isPositive();

    WebSession.Response page =
        session.get(
            "/areas/klara/analysis/near-repeats?category=drug-dealing&from=2019-01-01"
                + "&to=2019-12-31&permutations=19");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Knox-kvot per avstånd")
        .contains("<th scope=\"row\">Samma plats</th>")
        .contains("<th scope=\"row\">1–100 m</th>")
        .contains("0–7 dagar")
        .contains("8–14 dagar")
        .contains(events.size() + " händelser jämförda parvis");
    assertThat(session.getJson("/api/v1/areas/klara/analysis/near-repeats?distance=far").body())
        .contains("\"field\":\"distance\"");
    assertThat(
            session.getJson("/api/v1/areas/klara/analysis/near-repeats?permutations=5000").body())
        .contains("\"field\":\"permutations\"")
        .contains("mellan 0 och 999");
    WebSession.Response bands =
        session.getJson("/api/v1/areas/klara/analysis/near-repeats?space-bands=100,0");
    assertThat(bands.status()).isEqualTo(400);
    assertThat(bands.body()).contains("\"field\":\"space-bands\"");
  }

  private static long number(String json, String key) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(key).isTrue();
    return Long.parseLong(m.group(1));
  }
}
