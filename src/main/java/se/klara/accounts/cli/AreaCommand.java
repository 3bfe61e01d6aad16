package se.klara.accounts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.klara.accounts.Accounts;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.shared.cli.CliContext;

/** {@code klara area ...}: collaboration areas and who may reach them. */
@Command(
    name = "area",
    description = "Manage collaboration areas.",
    mixinStandardHelpOptions = true,
    subcommands = {AreaCommand.Create.class, AreaCommand.Grant.class})
public class AreaCommand {
  @ParentCommand CliContext context;

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
      var area = parent.context.bean(Areas.class).bySlug(areaSlug);
      if (area.isEmpty()) {
        spec.commandLine().getErr().println("Unknown area '" + areaSlug + "'.");
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
}
