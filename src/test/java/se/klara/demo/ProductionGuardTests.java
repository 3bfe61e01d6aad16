package se.klara.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import se.klara.KlaraApplication;
import se.klara.support.IntegrationTest;
import se.klara.support.TestDatabase;

/** A production start refuses demo accounts, enabled or left in the database. */
class ProductionGuardTests extends IntegrationTest {

  /** Command-line arguments, as an operator would pass them: they win over every file. */
  private static void startProduction(String demoEnabled) {
    new SpringApplicationBuilder(KlaraApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("prod")
        .run(
            "--klara.db.url=" + TestDatabase.jdbcUrl(),
            "--klara.db.user=" + TestDatabase.user(),
            "--klara.demo.enabled=" + demoEnabled,
            "--logging.structured.format.console=")
        .close();
  }

  @Test
  void theProdProfileRefusesToStartWithDemoAccountsEnabled() {
    assertThatThrownBy(() -> startProduction("true"))
        .satisfies(
            e ->
                assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                    .hasMessage(
                        "Refusing to start: the prod profile is active and"
                            + " klara.demo.enabled=true. Demo accounts have a published password."
                            + " Set KLARA_DEMO_ENABLED=false."));
  }

  @Test
  void theProdProfileRefusesToStartWhileDemoAccountsRemainInTheDatabase() {
    assertThatThrownBy(() -> startProduction("false"))
        .satisfies(
            e ->
                assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                    .hasMessageContaining("the database holds 6 demo account(s)")
                    .hasMessageContaining("user delete-demo"));
  }
}
