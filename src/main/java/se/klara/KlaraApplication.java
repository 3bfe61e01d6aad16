package se.klara;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Klara: place-based, multi-agency safety collaboration. Without arguments (or with only {@code
 * --property=value} options) the web server starts; a first word names a command-line task.
 */
@SpringBootApplication
public class KlaraApplication {
  public static void main(String[] args) {
    boolean helpOrVersion =
        args.length > 0 && java.util.Set.of("--help", "--version").contains(args[0]);
    if (args.length == 0 || (args[0].startsWith("--") && !helpOrVersion)) {
      SpringApplication.run(KlaraApplication.class, args);
      return;
    }
    System.exit(KlaraCli.run(args));
  }
}
