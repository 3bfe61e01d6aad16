package se.klara.demo;

import java.util.Arrays;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.klara.accounts.Accounts;

/**
 * Refuses to start a production installation ({@code prod} profile) that has demo accounts enabled
 * or left in its database. Runs before the web server opens its port. The command line is exempt so
 * that {@code user delete-demo} can clean up.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoModeGuard implements InitializingBean {
  private final Environment environment;
  private final DemoProperties properties;
  private final Accounts accounts;

  DemoModeGuard(Environment environment, DemoProperties properties, Accounts accounts) {
    this.environment = environment;
    this.properties = properties;
    this.accounts = accounts;
  }

  @Override
  public void afterPropertiesSet() {
    boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
    boolean commandLine = environment.getProperty("klara.cli", Boolean.class, false);
    if (!production || commandLine) {
      return;
    }
    if (properties.enabled()) {
      throw new IllegalStateException(
          "Refusing to start: the prod profile is active and klara.demo.enabled=true."
              + " Demo accounts have a published password. Set KLARA_DEMO_ENABLED=false.");
    }
    long demoAccounts = accounts.countDemoAccounts();
    if (demoAccounts > 0) {
      throw new IllegalStateException(
          "Refusing to start: the prod profile is active and the database holds "
              + demoAccounts
              + " demo account(s) with a published password. Remove them with"
              + " 'java -jar klara.jar user delete-demo' (same database settings).");
    }
  }
}
