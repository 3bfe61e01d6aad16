package se.klara.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

class ErrorPagesTests extends IntegrationTest {

  @Test
  void aMissingPageIsATranslatedPageWithTheRequestIdAndNoTechnicalDetail() {
    WebSession.Response response = signedInAs("field").get("/areas/finns-inte");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body())
        .contains("Sidan finns inte")
        .contains("Referens för support: " + response.header("X-Request-Id").orElseThrow())
        .doesNotContain("Exception")
        .doesNotContain("NotFoundException")
        .doesNotContain("at se.klara");
  }

  @Test
  void aPathNothingServesIsTheSameTranslatedPageForBrowsersAndProblemDetailsForScripts() {
    WebSession.Response page = anonymous().get("/finns/inte");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.header("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("Sidan finns inte").doesNotContain("No endpoint");
    WebSession.Response json = anonymous().getJson("/finns/inte");
    assertThat(json.status()).isEqualTo(404);
    assertThat(json.body()).contains("\"requestId\"").doesNotContain("No endpoint");
  }

  @Test
  void aForbiddenPageSaysSoInEnglishWhenEnglishIsChosen() {
    WebSession partner = signedInAs("partner");
    partner.get("/?lang=en");
    WebSession.Response response = partner.get("/admin/audit");
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).contains("No access").contains("lang=\"en\"");
  }

  @Test
  void jsonClientsGetRfc9457ProblemDetails() {
    WebSession.Response response = signedInAs("field").getJson("/areas/finns-inte");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(response.body())
        .contains("\"status\":404")
        .contains("\"title\":\"Not Found\"")
        .contains("\"instance\":\"/areas/finns-inte\"")
        .contains("\"requestId\":\"" + response.header("X-Request-Id").orElseThrow() + "\"")
        .doesNotContain("trace")
        .doesNotContain("exception");
  }
}
