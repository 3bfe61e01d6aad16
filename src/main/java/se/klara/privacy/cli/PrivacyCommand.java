package se.klara.privacy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.klara.privacy.PrivacyGuard;
import se.klara.privacy.Verdict;

/** {@code klara privacy ...}: vet text files for personal data without starting the application. */
@Command(
    name = "privacy",
    description = "Check text for personal data before it is imported.",
    mixinStandardHelpOptions = true,
    subcommands = {PrivacyCommand.Check.class})
public class PrivacyCommand {

  @Command(
      name = "check",
      description = {
        "Read UTF-8 lines from standard input and print one JSON object per line, e.g.",
        "{\"line\":1,\"action\":\"BLOCK\",\"labels\":[\"PERSONAL_IDENTITY_NUMBER\"]}.",
        "The action is ALLOW, WARN or BLOCK. The text itself is never printed."
      },
      mixinStandardHelpOptions = true)
  static class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrivacyGuard guard = new PrivacyGuard();
      PrintWriter out = spec.commandLine().getOut();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      long number = 0;
      String line;
      while ((line = in.readLine()) != null) {
        number++;
        out.println(json(number, guard.check(line)));
      }
      out.flush();
      return 0;
    }

    /** Only a number and enum constant names go in, so nothing needs escaping. */
    static String json(long line, Verdict verdict) {
      return "{\"line\":"
          + line
          + ",\"action\":\""
          + verdict.action().name()
          + "\",\"labels\":["
          + verdict.labels().stream()
              .map(label -> "\"" + label.name() + "\"")
              .collect(Collectors.joining(","))
          + "]}";
    }
  }
}
