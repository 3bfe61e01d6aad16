package se.klara.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** A user reaches only the areas they are a member of; another area answers like none. */
class AreaScopeTests extends IntegrationTest {

  @Test
  void aMemberSeesTheAreaWithItsOrganisations() {
    WebSession.Response response = signedInAs("field").get("/areas/klara");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .contains("<h1>Klara</h1>")
        .contains("Polisen, lokalpolisområde Norrmalm")
        .contains("Jernhusen")
        .contains("Statistiskt område (nyko): 10102");
  }

  @Test
  void anotherAreaAnswers404ExactlyLikeOneThatDoesNotExist() {
    WebSession field = signedInAs("field");
    WebSession.Response other = field.get("/areas/liljeholmen");
    WebSession.Response none = field.get("/areas/finns-inte");
    assertThat(other.status()).isEqualTo(404);
    assertThat(none.status()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("Liljeholmen");
    assertThat(signedInAs("coordinator").get("/areas/liljeholmen").status()).isEqualTo(200);
  }

  @Test
  void theAreaSwitcherListsOnlyTheUsersAreas() {
    assertThat(signedInAs("field").get("/").body())
        .contains("href=\"/areas/klara\"")
        .doesNotContain("href=\"/areas/liljeholmen\"");
    assertThat(signedInAs("coordinator").get("/").body())
        .contains("href=\"/areas/klara\"")
        .contains("href=\"/areas/liljeholmen\"");
  }

  @Test
  void onlyCoordinatorsAndAdminsSeeWhoHasAccessToAnArea() {
    assertThat(signedInAs("coordinator").get("/areas/klara").body())
        .contains("Medlemmar med åtkomst")
        .contains("Områdespolis Norrmalm");
    assertThat(signedInAs("partner").get("/areas/klara").body())
        .doesNotContain("Medlemmar med åtkomst");
  }

  @Test
  void eachRoleLandsOnItsOwnHomePage() {
    assertThat(signedInAs("owner").get("/").body())
        .contains("Välkommen, Belysningsansvarig")
        .contains("Du tar emot åtgärder för det din organisation äger")
        .doesNotContain("href=\"/admin/users\"");
    assertThat(signedInAs("admin").get("/").body())
        .contains("Välkommen, Systemförvaltare Klara")
        .contains("href=\"/admin/users\"")
        .contains("href=\"/actuator/prometheus\"");
    assertThat(anonymous().get("/").body())
        .contains("Klara – platssamverkan")
        .doesNotContain("Välkommen");
  }
}
