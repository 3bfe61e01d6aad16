package se.klara.accounts.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.klara.accounts.AccountException;
import se.klara.accounts.Accounts;
import se.klara.accounts.NewAccount;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.directory.Organisation;
import se.klara.directory.Organisations;
import se.klara.shared.Role;
import se.klara.shared.cli.CliContext;

/** {@code klara user ...}: open accounts and set passwords without the web interface. */
@Command(
    name = "user",
    description = "Manage accounts (the first administrator of a production installation).",
    mixinStandardHelpOptions = true,
    subcommands = {
      UserCommand.Create.class,
      UserCommand.SetPassword.class,
      UserCommand.SetEmail.class,
      UserCommand.ListAccounts.class,
      UserCommand.DeleteDemo.class
    })
public class UserCommand {
  @ParentCommand CliContext context;

  static char[] readPassword(boolean fromStdin, String prompt) throws IOException {
    Console console = System.console();
    if (!fromStdin && console != null) {
      char[] first = console.readPassword("%s: ", prompt);
      char[] second = console.readPassword("%s (again): ", prompt);
      if (first == null
          || second == null
          || !String.valueOf(first).equals(String.valueOf(second))) {
        throw new AccountException("password", "password.confirmation.differs");
      }
      return first;
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    return line == null ? new char[0] : line.toCharArray();
  }

  static String message(CliContext context, AccountException e) {
    Locale locale =
        Locale.getDefault().getLanguage().equals("en")
            ? Locale.ENGLISH
            : Locale.forLanguageTag("sv");
    MessageSource messages = context.bean(MessageSource.class);
    return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale)
        + " ("
        + e.field()
        + ")";
  }

  @Command(
      name = "create",
      description =
          "Open an account. The password is read from the console or, with --password-stdin, from one line of standard input.",
      mixinStandardHelpOptions = true)
  static class Create implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--username", required = true, description = "Sign-in name: a-z, 0-9, . _ -")
    String username;

    @Option(
        names = "--name",
        required = true,
        description = "Display name, e.g. the function: \"Kommunpolis Norrmalm\"")
    String displayName;

    @Option(
        names = "--organisation",
        required = true,
        description = "Organisation slug, e.g. polisen-lpo-norrmalm")
    String organisation;

    @Option(
        names = "--role",
        required = true,
        description = "One of: admin, coordinator, field, owner, steering, partner")
    String role;

    @Option(names = "--area", description = "Area slug the user is a member of (repeatable)")
    List<String> areas = new ArrayList<>();

    @Option(names = "--password-stdin", description = "Read the password from standard input")
    boolean passwordFromStdin;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Role parsedRole = Role.fromKey(role).orElse(null);
      if (parsedRole == null) {
        err.println(
            "Unknown role '"
                + role
                + "': use admin, coordinator, field, owner, steering or partner.");
        return 2;
      }
      CliContext context = parent.context;
      Organisation org = context.bean(Organisations.class).bySlug(organisation).orElse(null);
      if (org == null) {
        err.println(
            "Unknown organisation '"
                + organisation
                + "'. Known: "
                + String.join(
                    ", ",
                    context.bean(Organisations.class).all().stream()
                        .map(Organisation::slug)
                        .toList()));
        return 2;
      }
      List<Long> areaIds = new ArrayList<>();
      for (String slug : areas) {
        Area area = context.bean(Areas.class).bySlug(slug).orElse(null);
        if (area == null) {
          err.println("Unknown area '" + slug + "'.");
          return 2;
        }
        areaIds.add(area.id());
      }
      try {
        char[] password = readPassword(passwordFromStdin, "Password");
        var account =
            context
                .bean(Accounts.class)
                .create(
                    new NewAccount(
                        username, displayName, org.id(), parsedRole, password, areaIds, false));
        out.println(
            "Created account "
                + account.username()
                + " ("
                + account.role().key()
                + ", "
                + org.name()
                + ").");
        return 0;
      } catch (AccountException e) {
        err.println(message(context, e));
        return 1;
      }
    }
  }

  @Command(
      name = "set-password",
      description = "Set a new password for an account.",
      mixinStandardHelpOptions = true)
  static class SetPassword implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--username", required = true)
    String username;

    @Option(names = "--password-stdin", description = "Read the password from standard input")
    boolean passwordFromStdin;

    @Override
    public Integer call() throws IOException {
      try {
        parent
            .context
            .bean(Accounts.class)
            .resetPassword(username, readPassword(passwordFromStdin, "New password"));
        spec.commandLine()
            .getOut()
            .println("Password set for " + Accounts.normalise(username) + ".");
        return 0;
      } catch (AccountException e) {
        spec.commandLine().getErr().println(message(parent.context, e));
        return 1;
      }
    }
  }

  @Command(
      name = "email",
      description = "Set (or with an empty value remove) the notification e-mail of an account.",
      mixinStandardHelpOptions = true)
  static class SetEmail implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--username", required = true)
    String username;

    @Option(names = "--email", required = true)
    String email;

    @Override
    public Integer call() {
      Accounts accounts = parent.context.bean(Accounts.class);
      try {
        var account =
            accounts
                .byUsername(username)
                .orElseThrow(() -> new AccountException("username", "account.unknown", username));
        accounts.setEmail(account.id(), email);
        spec.commandLine().getOut().println("E-mail set for " + account.username() + ".");
        return 0;
      } catch (AccountException e) {
        spec.commandLine().getErr().println(message(parent.context, e));
        return 1;
      }
    }
  }

  @Command(name = "list", description = "List accounts.", mixinStandardHelpOptions = true)
  static class ListAccounts implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      var accounts = parent.context.bean(Accounts.class).all();
      PrintWriter out = spec.commandLine().getOut();
      out.println("username\trole\torganisation\tdemo");
      for (var account : accounts) {
        out.println(
            account.username()
                + "\t"
                + account.role().key()
                + "\t"
                + account.organisationName()
                + "\t"
                + account.demo());
      }
      return 0;
    }
  }

  @Command(
      name = "delete-demo",
      description = "Delete the demo accounts (required before running with the prod profile).",
      mixinStandardHelpOptions = true)
  static class DeleteDemo implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      int deleted = parent.context.bean(Accounts.class).deleteDemoAccounts();
      spec.commandLine().getOut().println("Deleted " + deleted + " demo account(s).");
      return 0;
    }
  }
}
