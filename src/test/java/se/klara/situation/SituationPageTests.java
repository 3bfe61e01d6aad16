package se.klara.situation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** The situation picture page over HTTP on the demo area, as each kind of member sees it. */
class SituationPageTests extends IntegrationTest {

  @Test
  void aCoordinatorSeesTheWholePictureOfTheDemoAreaInSwedish() {
    WebSession.Response page = signedInAs("coordinator").get("/areas/klara/situation");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Lägesbild Klara")
        .contains("Observerade företeelser")
        .contains("Händelser per kategori")
        .contains("class=\"heatmap\"")
        .contains("Olika aktörers bild")
        .contains("Observationer per organisation")
        .contains("Händelser per källa")
        .contains("Narkotikaförsäljning")
        .contains("Personer per kön och ålder")
        .doesNotContain("visas som ”&lt;3”");
  }

  @Test
  void thePageIsInEnglishWhenAskedFor() {
    WebSession.Response page = signedInAs("field").get("/areas/klara/situation?lang=en");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Situation picture Klara")
        .contains("Observed phenomena")
        .contains("Perspectives")
        .contains("Drug dealing");
  }

  @Test
  void aFieldWorkerSeesPerspectivesWithSmallCountsHiddenAndAPartnerOnlyAggregates() {
    WebSession.Response field = signedInAs("field").get("/areas/klara/situation");
    assertThat(field.body())
        .contains("Olika aktörers bild")
        .contains("Personer per kön")
        .doesNotContain("Personer per kön och ålder")
        .contains("Tal under 3 visas som");
    WebSession.Response partner = signedInAs("partner").get("/areas/klara/situation");
    assertThat(partner.status()).isEqualTo(200);
    assertThat(partner.body())
        .contains("Observerade företeelser")
        .doesNotContain("Olika aktörers bild")
        .doesNotContain("Observationer per organisation");
  }

  @Test
  void aPlaceHasItsOwnPictureAndAnUnknownPlaceIsNotFound() {
    WebSession session = signedInAs("coordinator");
    WebSession.Response plattan = session.get("/areas/klara/situation?place=plattan");
    assertThat(plattan.status()).isEqualTo(200);
    assertThat(plattan.body()).contains("Lägesbild Plattan").contains("Hela Klara");
    assertThat(session.get("/areas/klara/situation?place=no-such-place").status()).isEqualTo(404);
  }

  @Test
  void aBrokenPeriodIsExplainedAndTheLastFourteenDaysAreShown() {
    WebSession.Response page =
        signedInAs("coordinator").get("/areas/klara/situation?from=2026-12-05&to=2026-11-01");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Perioden slutar innan den börjar").contains("(14 dagar)");
  }

  @Test
  void theSituationPictureIsOnlyForMembersOfTheArea() {
    assertThat(anonymous().get("/areas/klara/situation").status()).isEqualTo(302);
    assertThat(signedInAs("field").get("/areas/liljeholmen/situation").status()).isEqualTo(404);
  }
}
