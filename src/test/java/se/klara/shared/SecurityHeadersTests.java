package se.klara.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

class SecurityHeadersTests extends IntegrationTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/login", "/no-such-page", "/static/css/klara.css", "/admin/users"})
  void everyResponseCarriesTheSecurityHeadersErrorsIncluded(String path) {
    WebSession.Response response = anonymous().get(path);
    assertSecurityHeaders(response);
  }

  @ParameterizedTest(name = "signed in: {0}")
  @ValueSource(strings = {"/", "/areas/klara", "/areas/liljeholmen", "/admin/users"})
  void signedInPagesAreNotStoredByCaches(String path) {
    WebSession.Response response = signedInAs("field").get(path);
    assertSecurityHeaders(response);
    assertThat(response.header("Cache-Control").orElseThrow()).contains("no-store");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/login"})
  void noHstsOverPlainHttp(String path) {
    assertThat(anonymous().get(path).header("Strict-Transport-Security")).isEmpty();
  }

  private static void assertSecurityHeaders(WebSession.Response response) {
    String csp = response.header("Content-Security-Policy").orElseThrow();
    assertThat(csp)
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'")
        .contains("object-src 'none'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.header("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    assertThat(response.header("X-Frame-Options")).contains("DENY");
    assertThat(response.header("X-Request-Id").orElseThrow()).isNotBlank();
  }
}
