package se.klara;

import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.klara.accounts.cli.AreaCommand;
import se.klara.accounts.cli.OrganisationCommand;
import se.klara.accounts.cli.UserCommand;
import se.klara.analysis.cli.AnalysisCommand;
import se.klara.incidents.cli.ImportCommand;
import se.klara.incidents.cli.IncidentsCommand;
import se.klara.privacy.cli.PrivacyCommand;
import se.klara.reports.cli.ReportCommand;
import se.klara.shared.cli.CliContext;

/**
 * The command-line face of the jar: {@code java -jar klara.jar <task>}. The application context
 * (and its database) starts only when a task first needs a service.
 */
@Command(
    name = "klara",
    mixinStandardHelpOptions = true,
    version = "Klara 0.1",
    description = {
      "Place-based, multi-agency safety collaboration.",
      "Without a command the web server starts (java -jar target/klara.jar)."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      UserCommand.class,
      OrganisationCommand.class,
      AreaCommand.class,
      PrivacyCommand.class,
      ImportCommand.class,
      IncidentsCommand.class,
      AnalysisCommand.class,
      ReportCommand.class
    })
public class KlaraCli implements CliContext, Callable<Integer> {
  private ConfigurableApplicationContext context;

  public static int run(String... args) {
    KlaraCli cli = new KlaraCli();
    try {
      return new CommandLine(cli)
          .setCaseInsensitiveEnumValuesAllowed(true)
          .setExecutionExceptionHandler(
              (exception, commandLine, parseResult) -> {
                // The operator needs the reason, not the stack of a failed application start.
                commandLine
                    .getErr()
                    .println(
                        "klara: "
                            + NestedExceptionUtils.getMostSpecificCause(exception).getMessage());
                return 1;
              })
          .execute(args);
    } finally {
      cli.close();
    }
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.out);
    return 0;
  }

  @Override
  public synchronized <T> T bean(Class<T> type) {
    if (context == null) {
      context =
          new SpringApplicationBuilder(KlaraApplication.class)
              .web(WebApplicationType.NONE)
              .bannerMode(Banner.Mode.OFF)
              .logStartupInfo(false)
              .properties(Map.of("spring.main.log-startup-info", "false", "klara.cli", "true"))
              .profiles("cli")
              .run();
    }
    return context.getBean(type);
  }

  private void close() {
    if (context != null) {
      context.close();
    }
  }
}
