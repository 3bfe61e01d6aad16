package se.klara.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.directory.Organisations;
import se.klara.shared.Role;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

class SignInTests extends IntegrationTest {
  @Autowired Accounts accounts;
  @Autowired Organisations organisations;
  @Autowired Areas areas;
  @Autowired LoginThrottle throttle;

  private void createAccount(String username, String password) {
    accounts.create(
        new NewAccount(
            username,
            "Ordningsvakt Klara",
            organisations.bySlug("sakerhetsenheten-slk").orElseThrow().id(),
            Role.FIELD,
            password.toCharArray(),
            List.of(areas.bySlug("klara").orElseThrow().id()),
            false));
  }

  @Test
  void aWrongPasswordGivesAClearSwedishMessage() {
    WebSession session = anonymous();
    WebSession.Response response = session.signIn("coordinator", "fel-lösenord");
    assertThat(response.status()).isEqualTo(302);
    assertThat(response.location()).endsWith("/login?error");
    WebSession.Response page = session.get("/login?error");
    assertThat(page.body())
        .contains("Fel användarnamn eller lösenord. Kontrollera stavningen och försök igen.");
    assertThat(session.get("/account/password").location()).endsWith("/login");
  }

  @Test
  void theEleventhFailedAttemptWithinTheWindowIsThrottledEvenWithTheRightPassword() {
    createAccount("throttle-probe", "rätt lösenord 1");
    WebSession session = anonymous();
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(session.signIn("throttle-probe", "wrong " + attempt).location())
          .as("attempt %d", attempt)
          .endsWith("/login?error");
    }
    WebSession.Response eleventh = session.signIn("throttle-probe", "wrong 11");
    assertThat(eleventh.location()).endsWith("/login?throttled");
    assertThat(session.get("/login?throttled").body())
        .contains("För många misslyckade inloggningar. Inloggningen är spärrad i 15 minuter");

    WebSession.Response rightPassword = anonymous().signIn("throttle-probe", "rätt lösenord 1");
    assertThat(rightPassword.location()).endsWith("/login?throttled");
    assertThat(
            jdbc.sql("select count(*) from audit_event where action = 'LOGIN_THROTTLED'")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(2);
    // Other accounts are not affected.
    assertThat(anonymous().signIn("field", DEMO_PASSWORD).location()).endsWith("/");
  }

  @Test
  void nineFailuresThenTheRightPasswordSignsInAndForgivesTheFailures() {
    createAccount("forgiven-probe", "rätt lösenord 2");
    for (int attempt = 1; attempt <= 9; attempt++) {
      anonymous().signIn("forgiven-probe", "wrong");
    }
    assertThat(anonymous().signIn("forgiven-probe", "rätt lösenord 2").location()).endsWith("/");
    assertThat(anonymous().signIn("forgiven-probe", "wrong").location()).endsWith("?error");
    assertThat(anonymous().signIn("forgiven-probe", "rätt lösenord 2").location()).endsWith("/");
  }

  @Test
  void tooManyFailuresFromOneAddressThrottleEveryAccountFromThatAddress() {
    LoginThrottle strict =
        new LoginThrottle(jdbc, new LoginThrottleProperties(10, 3, Duration.ofMinutes(15)));
    String address = "203.0.113.77";
    strict.recordFailure("first-name", address);
    strict.recordFailure("second-name", address);
    assertThat(strict.isThrottled("third-name", address)).isFalse();
    strict.recordFailure("third-name", address);
    assertThat(strict.isThrottled("fourth-name", address)).isTrue();
    assertThat(strict.isThrottled("fourth-name", "198.51.100.1")).isFalse();
  }

  @Test
  void failedUsernamesAreStoredOnlyAsHashes() {
    anonymous().signIn("mitt-lösenord-av-misstag", "x");
    assertThat(
            jdbc.sql("select count(*) from login_failure where username_hash like '%lösenord%'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from login_failure where username_hash = ?")
                .param(LoginThrottle.hash("mitt-lösenord-av-misstag"))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where actor_username like '%lösenord%'"
                        + " or object_id like '%lösenord%' or detail like '%lösenord%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void signInRenewsTheSessionIdAndSignOutInvalidatesTheSession() {
    WebSession session = anonymous();
    session.get("/login");
    String before = session.sessionId().orElseThrow();
    assertThat(session.signIn("owner", DEMO_PASSWORD).location()).endsWith("/");
    String during = session.sessionId().orElseThrow();
    assertThat(during).isNotEqualTo(before);

    assertThat(session.post("/logout", Map.of()).location()).endsWith("/login?logout");
    // The old session id no longer signs anyone in.
    WebSession replay = anonymous();
    replay.useSessionId(during);
    assertThat(replay.get("/account/password").location()).endsWith("/login");
  }

  @Test
  void aStateChangeWithoutCsrfTokenIsRefused() {
    WebSession admin = signedInAs("admin");
    WebSession.Response response =
        admin.postRaw(
            "/account/password",
            Map.of(
                "current",
                DEMO_PASSWORD,
                "replacement",
                "nytt lösenord",
                "confirmation",
                "nytt lösenord"));
    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void aPasswordIsChangedOnlyWithTheCurrentOneAndWithinThePolicy() {
    createAccount("password-probe", "gammalt lösenord");
    WebSession session = anonymous();
    session.signIn("password-probe", "gammalt lösenord");

    WebSession.Response wrongCurrent =
        session.post(
            "/account/password",
            Map.of(
                "current", "fel", "replacement", "nytt lösenord", "confirmation", "nytt lösenord"));
    assertThat(wrongCurrent.status()).isEqualTo(200);
    assertThat(wrongCurrent.body()).contains("Det nuvarande lösenordet stämmer inte.");

    WebSession.Response tooShort =
        session.post(
            "/account/password",
            Map.of("current", "gammalt lösenord", "replacement", "kort", "confirmation", "kort"));
    assertThat(tooShort.body()).contains("Lösenordet är för kort: minst 8 tecken.");
    assertThat(tooShort.body()).doesNotContain("value=\"kort\"");

    WebSession.Response changed =
        session.post(
            "/account/password",
            Map.of(
                "current", "gammalt lösenord",
                "replacement", "nytt långt lösenord",
                "confirmation", "nytt långt lösenord"));
    assertThat(changed.location()).endsWith("/");
    assertThat(anonymous().signIn("password-probe", "gammalt lösenord").location())
        .endsWith("?error");
    assertThat(anonymous().signIn("password-probe", "nytt långt lösenord").location())
        .endsWith("/");
  }
}
