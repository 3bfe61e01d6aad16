package se.klara.accounts.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.klara.accounts.Accounts;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.observations.Observations;
import se.klara.shared.cli.CliContext;

/** {@code klara area ...}: collaboration areas and who may reach them. */
@Command(
    name = "area",
    description = "Manage collaboration areas.",
    mixinStandardHelpOptions = true,
    subcommands = {AreaCommand.Create.class, AreaCommand.Grant.class, AreaCommand.Vocabulary.class})
public class AreaCommand {
  @ParentCommand CliContext context;

  /** The area with this slug, or empty after telling the user it is unknown. */
  Optional<Area> area(String slug, CommandSpec spec) {
    Optional<Area> area = context.bean(Areas.class).bySlug(slug);
    if (area.isEmpty()) {
      spec.commandLine().getErr().println("Unknown area '" + slug + "'.");
    }
    return area;
  }

  @Command(name = "create", description = "Register an area.", mixinStandardHelpOptions = true)
  static class Create implements Callable<Integer> {
    @ParentCommand AreaCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--slug", required = true, description = "Short name in URLs, e.g. klara")
    String slug;

    @Option(names = "--name", required = true, description = "e.g. Klara")
    String name;

    @Option(names = "--description", description = "One or two sentences")
    String description;

    @Option(names = "--nyko", description = "Statistical area code, e.g. 10102")
    String nyko;

    @Override
    public Integer call() {
      if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        spec.commandLine()
            .getErr()
            .println("The slug may only contain a-z, 0-9 and single dashes: '" + slug + "'.");
        return 2;
      }
      Area area = parent.context.bean(Areas.class).register(slug, name.strip(), description, nyko);
      spec.commandLine().getOut().println("Area " + area.slug() + ": " + area.name());
      return 0;
    }
  }

  @Command(
      name = "grant",
      description = "Make a user a member of an area.",
      mixinStandardHelpOptions = true)
  static class Grant implements Callable<Integer> {
    @ParentCommand AreaCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--area", required = true)
    String areaSlug;

    @Option(names = "--username", required = true)
    String username;

    @Override
    public Integer call() {
      Optional<Area> area = parent.area(areaSlug, spec);
      if (area.isEmpty()) {
        return 2;
      }
      Accounts accounts = parent.context.bean(Accounts.class);
      var account = accounts.byUsername(username);
      if (account.isEmpty()) {
        spec.commandLine().getErr().println("Unknown user '" + username + "'.");
        return 2;
      }
      accounts.grantArea(account.get().id(), area.get().id());
      spec.commandLine()
          .getOut()
          .println(account.get().username() + " is a member of " + area.get().name() + ".");
      return 0;
    }
  }

  /**
   * Adds the standard phenomena to an existing area. New areas get them when they are created; this
   * is for areas registered before that, and is harmless to repeat.
   */
  @Command(
      name = "vocabulary",
      description = "Add the standard vocabulary of observed phenomena to an area.",
      mixinStandardHelpOptions = true)
  static class Vocabulary implements Callable<Integer> {
    @ParentCommand AreaCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--area", required = true)
    String areaSlug;

    @Override
    public Integer call() {
      Optional<Area> area = parent.area(areaSlug, spec);
      if (area.isEmpty()) {
        return 2;
      }
      Observations observations = parent.context.bean(Observations.class);
      observations.addStandardVocabulary(area.get());
      spec.commandLine()
          .getOut()
          .println(
              area.get().name()
                  + " observes "
                  + observations.vocabulary(area.get()).size()
                  + " phenomena.");
      return 0;
    }
  }
}
