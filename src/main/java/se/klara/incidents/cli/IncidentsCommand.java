package se.klara.incidents.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.incidents.IncidentException;
import se.klara.incidents.IncidentSource;
import se.klara.incidents.IncidentSources;
import se.klara.incidents.IncidentVocabulary;
import se.klara.incidents.SourceMappingJson;
import se.klara.shared.cli.CliContext;

/** {@code klara incidents ...}: define where incident files come from. */
@Command(
    name = "incidents",
    description = "Manage incident sources.",
    mixinStandardHelpOptions = true,
    subcommands = {IncidentsCommand.Source.class})
public class IncidentsCommand {
  @ParentCommand CliContext context;

  @Command(
      name = "source",
      description = {
        "Create a source of incident files, or replace its mapping.",
        "The mapping is JSON (docs/data-formats.md): kind, columns {time, priority, category,",
        "place, latitude, longitude}, timeFormat, categories {raw text: code}, defaultCategory.",
        "The area gets the standard incident categories if it has none."
      },
      mixinStandardHelpOptions = true)
  static class Source implements Callable<Integer> {
    @ParentCommand IncidentsCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--area", required = true, description = "Area slug, e.g. klara")
    String areaSlug;

    @Option(names = "--name", required = true, description = "e.g. polisen-handelserapporter")
    String name;

    @Option(names = "--mapping", required = true, description = "Mapping JSON file")
    Path mapping;

    @Override
    public Integer call() throws IOException {
      var err = spec.commandLine().getErr();
      if (!Files.isRegularFile(mapping)) {
        err.println("No such file: " + mapping);
        return 2;
      }
      Optional<Area> area = parent.context.bean(Areas.class).bySlug(areaSlug);
      if (area.isEmpty()) {
        err.println("Unknown area '" + areaSlug + "'.");
        return 2;
      }
      try {
        IncidentVocabulary vocabulary = parent.context.bean(IncidentVocabulary.class);
        if (vocabulary.categories(area.get().id()).isEmpty()) {
          vocabulary.addStandard(area.get());
        }
        IncidentSource source =
            parent
                .context
                .bean(IncidentSources.class)
                .save(
                    area.get(),
                    name,
                    SourceMappingJson.read(Files.readString(mapping, StandardCharsets.UTF_8)),
                    Optional.empty());
        spec.commandLine()
            .getOut()
            .println(
                "Source "
                    + source.name()
                    + " ("
                    + source.kind()
                    + ") saved in "
                    + area.get().slug()
                    + ".");
        return 0;
      } catch (IncidentException e) {
        err.println(new CliMessages(parent.context).text(e.messageKey()) + " (" + e.field() + ")");
        return 1;
      }
    }
  }
}
