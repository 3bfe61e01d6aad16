package se.klara.accounts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.klara.directory.Organisation;
import se.klara.directory.OrganisationKind;
import se.klara.directory.Organisations;
import se.klara.shared.cli.CliContext;

/** {@code klara org ...}: the organisations a production installation starts with. */
@Command(
    name = "org",
    description = "Manage organisations.",
    mixinStandardHelpOptions = true,
    subcommands = {OrganisationCommand.Create.class, OrganisationCommand.ListAll.class})
public class OrganisationCommand {
  @ParentCommand CliContext context;

  @Command(
      name = "create",
      description = "Register an organisation.",
      mixinStandardHelpOptions = true)
  static class Create implements Callable<Integer> {
    @ParentCommand OrganisationCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--slug", required = true, description = "Short name in URLs: a-z, 0-9 and -")
    String slug;

    @Option(
        names = "--name",
        required = true,
        description = "e.g. \"Polisen, lokalpolisområde Norrmalm\"")
    String name;

    @Option(names = "--kind", required = true, description = "One of: ${COMPLETION-CANDIDATES}")
    OrganisationKind kind;

    @Override
    public Integer call() {
      if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        spec.commandLine()
            .getErr()
            .println("The slug may only contain a-z, 0-9 and single dashes: '" + slug + "'.");
        return 2;
      }
      Organisation organisation =
          parent.context.bean(Organisations.class).register(slug, name.strip(), kind);
      spec.commandLine()
          .getOut()
          .println("Organisation " + organisation.slug() + ": " + organisation.name());
      return 0;
    }
  }

  @Command(name = "list", description = "List organisations.", mixinStandardHelpOptions = true)
  static class ListAll implements Callable<Integer> {
    @ParentCommand OrganisationCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      var all = parent.context.bean(Organisations.class).all();
      spec.commandLine().getOut().println("slug\tkind\tname");
      all.forEach(
          o -> spec.commandLine().getOut().println(o.slug() + "\t" + o.kind() + "\t" + o.name()));
      return 0;
    }
  }
}
