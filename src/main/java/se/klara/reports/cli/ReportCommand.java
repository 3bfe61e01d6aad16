package se.klara.reports.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import se.klara.reports.FollowUpReports;
import se.klara.reports.Report;
import se.klara.shared.cli.CliContext;

/** {@code klara report followup ...}: write the annual follow-up report as PDF or HTML. */
@Command(
    name = "report",
    description = "Write reports.",
    mixinStandardHelpOptions = true,
    subcommands = {ReportCommand.FollowUp.class})
public class ReportCommand {
  @ParentCommand CliContext context;

  /** The output format. */
  enum Format {
    PDF,
    HTML
  }

  @Command(
      name = "followup",
      description = {
        "Write the annual follow-up report of an area: vision, goals with assessments, indicator",
        "tables and charts, open drug scenes, situation-picture trends (docs/goals-and-report.md)."
      },
      mixinStandardHelpOptions = true)
  static class FollowUp implements Callable<Integer> {
    @ParentCommand ReportCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--area", required = true, description = "Area slug, e.g. klara")
    String areaSlug;

    @Option(names = "--year", required = true, description = "The year followed up, e.g. 2019")
    int year;

    @Option(names = "--out", required = true, description = "File to write, e.g. report.pdf")
    Path out;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf (default) or html")
    Format format;

    @Option(names = "--lang", defaultValue = "sv", description = "sv (default) or en")
    String language;

    @Override
    public Integer call() throws IOException {
      var err = spec.commandLine().getErr();
      if (year < 1900 || year > 2200) {
        err.println("The year must be between 1900 and 2200.");
        return 2;
      }
      if (!language.equals("sv") && !language.equals("en")) {
        err.println("The language is sv or en.");
        return 2;
      }
      Optional<Area> area = parent.context.bean(Areas.class).bySlug(areaSlug);
      if (area.isEmpty()) {
        err.println("Unknown area '" + areaSlug + "'.");
        return 2;
      }
      Locale locale = Locale.forLanguageTag(language);
      FollowUpReports reports = parent.context.bean(FollowUpReports.class);
      long start = System.nanoTime();
      Report report = reports.build(area.get(), year, locale);
      Path parentDirectory = out.toAbsolutePath().getParent();
      if (parentDirectory != null) {
        Files.createDirectories(parentDirectory);
      }
      if (format == Format.HTML) {
        Files.writeString(out, reports.standaloneHtml(report, locale), StandardCharsets.UTF_8);
      } else {
        Files.write(out, reports.pdf(report, locale));
      }
      spec.commandLine()
          .getOut()
          .printf(
              "Wrote %s (%s, %d chapters) in %d ms.%n",
              out,
              format.name().toLowerCase(Locale.ROOT),
              report.parts().size(),
              (System.nanoTime() - start) / 1_000_000);
      return 0;
    }
  }
}
