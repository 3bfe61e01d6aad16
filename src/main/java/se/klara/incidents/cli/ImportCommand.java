package se.klara.incidents.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.incidents.ImportProblem;
import se.klara.incidents.ImportProgress;
import se.klara.incidents.ImportResult;
import se.klara.incidents.IncidentException;
import se.klara.incidents.IncidentImports;
import se.klara.shared.cli.CliContext;

/** {@code klara import incidents ...}: import a CSV file of incidents, all or nothing. */
@Command(
    name = "import",
    description = "Import data files.",
    mixinStandardHelpOptions = true,
    subcommands = {ImportCommand.Incidents.class})
public class ImportCommand {
  @ParentCommand CliContext context;

  @Command(
      name = "incidents",
      description = {
        "Import a CSV file of incidents from a source of the area (see 'incidents source').",
        "All rows are stored, or none: a bad row fails the import with the first 100 errors",
        "(line, column, reason). The same file content is imported once per area."
      },
      mixinStandardHelpOptions = true)
  static class Incidents implements Callable<Integer> {
    @ParentCommand ImportCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--area", required = true, description = "Area slug, e.g. klara")
    String areaSlug;

    @Option(names = "--source", required = true, description = "Source name in the area")
    String source;

    @Option(names = "--file", required = true, description = "CSV file (UTF-8, , or ;)")
    Path file;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isRegularFile(file)) {
        err.println("No such file: " + file);
        return 2;
      }
      Optional<Area> area = parent.context.bean(Areas.class).bySlug(areaSlug);
      if (area.isEmpty()) {
        err.println("Unknown area '" + areaSlug + "'.");
        return 2;
      }
      CliMessages messages = new CliMessages(parent.context);
      ImportResult result;
      try {
        result =
            parent
                .context
                .bean(IncidentImports.class)
                .importFile(
                    area.get(),
                    source,
                    file,
                    Optional.empty(),
                    false,
                    progress -> {
                      err.print("\r" + line(progress));
                      err.flush();
                    });
      } catch (IncidentException e) {
        err.println(messages.text(e.messageKey()) + " (" + e.field() + ")");
        return 2;
      }
      err.println();
      if (!result.succeeded()) {
        err.println(
            "Import "
                + result.importId()
                + " failed, nothing was stored ("
                + result.problems().size()
                + " errors, at most the first 100):");
        for (ImportProblem problem : result.problems()) {
          err.println("  " + messages.line(problem));
        }
        err.flush();
        return 1;
      }
      out.printf(
          Locale.ROOT,
          "Imported %d rows from %s into %s (source %s, import %d) in %.1f s, %.0f rows/s.%n",
          result.rows(),
          file.getFileName(),
          area.get().slug(),
          source,
          result.importId(),
          result.elapsed().toMillis() / 1000.0,
          result.rowsPerSecond());
      out.flush();
      return 0;
    }

    static String line(ImportProgress progress) {
      if (progress.phase() == ImportProgress.Phase.ROLLING_UP) {
        return String.format(
            Locale.ROOT, "%,d rows read, updating rollups and committing ...   ", progress.rows());
      }
      if (progress.phase() == ImportProgress.Phase.DONE) {
        return String.format(Locale.ROOT, "%,d rows, done.%30s", progress.rows(), "");
      }
      String eta = progress.eta() == null ? "?" : progress.eta().toSeconds() + " s";
      return String.format(
          Locale.ROOT,
          "%,d rows, %,.0f rows/s, %d %%, ETA %s   ",
          progress.rows(),
          progress.rowsPerSecond(),
          progress.percent(),
          eta);
    }
  }
}
