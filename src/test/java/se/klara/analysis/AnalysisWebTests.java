package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
    Map<List<Long>, Long> expected = new HashMap<>();
    long[] located = {0};
    jdbc.sql(
            """
            select coalesce(i.latitude, p.latitude), coalesce(i.longitude, p.longitude)
            from incident i
            join area a on a.id = i.area_id and a.slug = 'klara'
            join incident_category c on c.id = i.category_id and c.code = 'drug-dealing'
            left join place p on p.id = i.place_id
            where i.occurred_at >= timestamptz '2019-01-01 00:00 Europe/Stockholm'
              and i.occurred_at < timestamptz '2020-01-01 00:00 Europe/Stockholm'
              and coalesce(i.latitude, p.latitude) is not null
            """)
        .query(
            (rs, n) -> {
              double[] ne = Sweref99Tm.project(rs.getDouble(1), rs.getDouble(2));
              expected.merge(
                  List.of((long) Math.floor(ne[0] / 100), (long) Math.floor(ne[1] / 100)),
                  1L,
                  Long::sum);
              return located[0]++;
            })
        .list();
    assertThat(map.get("located").asLong()).isEqualTo(located[0]).isGreaterThan(300);
    assertThat(map.get("cells").size()).isGreaterThan(3);
    for (JsonNode cell : map.get("cells")) {
      JsonNode south = cell.get("bounds").get(0);
      JsonNode north = cell.get("bounds").get(1);
      double[] ne =
          Sweref99Tm.project(
              (south.get(0).asDouble() + north.get(0).asDouble()) / 2,
              (south.get(1).asDouble() + north.get(1).asDouble()) / 2);
      List<Long> key = List.of((long) Math.floor(ne[0] / 100), (long) Math.floor(ne[1] / 100));
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

  private static long number(String json, String key) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(key).isTrue();
    return Long.parseLong(m.group(1));
  }
}
