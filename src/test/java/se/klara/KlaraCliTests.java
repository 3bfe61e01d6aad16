package se.klara;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.klara.support.IntegrationTest;
import se.klara.support.TestDatabase;
import se.klara.support.WebSession;

class KlaraCliTests extends IntegrationTest {
  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final InputStream originalIn = System.in;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setProperty("klara.db.url", TestDatabase.jdbcUrl());
    System.setProperty("klara.db.user", TestDatabase.user());
  }

  private final Locale originalLocale = Locale.getDefault();

  @AfterEach
  void restore() {
    Locale.setDefault(originalLocale);
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.setIn(originalIn);
    System.clearProperty("klara.db.url");
    System.clearProperty("klara.db.user");
  }

  @Test
  void helpListsTheCommandsWithoutStartingTheApplication() {
    assertThat(KlaraCli.run("help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Usage: klara")
        .contains("help")
        .contains("user")
        .contains("Without a command the web server starts");
  }

  @Test
  void anUnknownCommandFailsWithAClearMessage() {
    assertThat(KlaraCli.run("frobnicate")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Unmatched argument")
        .contains("frobnicate");
  }

  @Test
  void userCreateOpensAnAccountThatCanSignIn() {
    System.setIn(
        new ByteArrayInputStream("ett starkt lösenord\n".getBytes(StandardCharsets.UTF_8)));
    int exit =
        KlaraCli.run(
            "user",
            "create",
            "--username",
            "cli-admin",
            "--name",
            "Systemförvaltare",
            "--organisation",
            "norrmalms-sdf",
            "--role",
            "admin",
            "--area",
            "klara",
            "--password-stdin");
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Created account cli-admin (admin, Norrmalms stadsdelsförvaltning).");
    assertThat(anonymous().signIn("cli-admin", "ett starkt lösenord").location()).endsWith("/");
  }

  @Test
  void userEmailSetsTheNotificationAddressAndRefusesAMalformedOne() {
    Locale.setDefault(Locale.forLanguageTag("sv-SE"));
    assertThat(KlaraCli.run("user", "email", "--username", "steering", "--email", "nope"))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Ange en e-postadress som namn@exempel.se")
        .contains("(email)");
    String address = "styrgrupp@example.org";
    assertThat(KlaraCli.run("user", "email", "--username", "steering", "--email", address))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("E-mail set for steering.");
    assertThat(
            jdbc.sql("select email from app_user where username = 'steering'")
                .query(String.class)
                .single())
        .isEqualTo(address);
    assertThat(
            KlaraCli.run(
                "user",
                "email",
                "--username",
                "steering",
                "--email",
                "steering@demo.klara.invalid"))
        .isZero();
  }

  @Test
  void userCreateRefusesAShortPasswordInSwedishUnlessTheSystemSpeaksEnglish() {
    Locale.setDefault(Locale.forLanguageTag("sv-SE"));
    System.setIn(new ByteArrayInputStream("kort\n".getBytes(StandardCharsets.UTF_8)));
    int exit =
        KlaraCli.run(
            "user",
            "create",
            "--username",
            "cli-short",
            "--name",
            "Fältassistent",
            "--organisation",
            "norrmalms-sdf",
            "--role",
            "field",
            "--password-stdin");
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Lösenordet är för kort: minst 8 tecken. (password)");

    Locale.setDefault(Locale.US);
    System.setIn(new ByteArrayInputStream("kort\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(
            KlaraCli.run(
                "user",
                "create",
                "--username",
                "cli-short",
                "--name",
                "Fältassistent",
                "--organisation",
                "norrmalms-sdf",
                "--role",
                "field",
                "--password-stdin"))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("The password is too short: at least 8 characters. (password)");
    assertThat(
            jdbc.sql("select count(*) from app_user where username = 'cli-short'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void userCreateNamesTheKnownOrganisationsWhenGivenAnUnknownOne() {
    int exit =
        KlaraCli.run(
            "user",
            "create",
            "--username",
            "x1",
            "--name",
            "X",
            "--organisation",
            "finns-inte",
            "--role",
            "field",
            "--password-stdin");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Unknown organisation 'finns-inte'")
        .contains("jernhusen");
  }

  @Test
  void aProductionInstallationIsSetUpFromTheCommandLine() {
    assertThat(
            KlaraCli.run(
                "org", "create",
                "--slug", "hasselby-sdf",
                "--name", "Hässelby-Vällingby stadsdelsförvaltning",
                "--kind", "CITY_DISTRICT"))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(KlaraCli.run("area", "create", "--slug", "hasselby-torg", "--name", "Hässelby torg"))
        .isZero();
    System.setIn(
        new ByteArrayInputStream("ett starkt lösenord\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(
            KlaraCli.run(
                "user",
                "create",
                "--username",
                "hasselby-samordnare",
                "--name",
                "Trygghetssamordnare Hässelby",
                "--organisation",
                "hasselby-sdf",
                "--role",
                "coordinator",
                "--password-stdin"))
        .isZero();
    assertThat(
            KlaraCli.run(
                "area", "grant", "--area", "hasselby-torg", "--username", "hasselby-samordnare"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Organisation hasselby-sdf: Hässelby-Vällingby stadsdelsförvaltning")
        .contains("Area hasselby-torg: Hässelby torg")
        .contains("hasselby-samordnare is a member of Hässelby torg.");
    WebSession coordinator = anonymous();
    coordinator.signIn("hasselby-samordnare", "ett starkt lösenord");
    assertThat(coordinator.get("/areas/hasselby-torg").status()).isEqualTo(200);
    assertThat(coordinator.get("/areas/klara").status()).isEqualTo(404);
    assertThat(
            KlaraCli.run("org", "create", "--slug", "Bad Slug", "--name", "x", "--kind", "OTHER"))
        .isEqualTo(2);
    assertThat(KlaraCli.run("org", "create", "--slug", "x", "--name", "x", "--kind", "UNKNOWN"))
        .isEqualTo(2);
  }

  private long phenomena(String areaSlug) {
    return jdbc.sql(
            "select count(*) from observation_phenomenon p join area a on a.id = p.area_id"
                + " where a.slug = ? and p.active")
        .param(areaSlug)
        .query(Long.class)
        .single();
  }

  @Test
  void aNewAreaObservesTheStandardPhenomenaAndAnOlderAreaGetsThemFromTheVocabularyTask() {
    assertThat(KlaraCli.run("area", "create", "--slug", "liljeholmstorget", "--name", "Torget"))
        .isZero();
    assertThat(phenomena("liljeholmstorget")).isEqualTo(11);

    // An area stored before areas got their vocabulary when created.
    jdbc.sql("insert into area (slug, name) values ('aldre-omrade', 'Äldre område')").update();
    assertThat(phenomena("aldre-omrade")).isZero();
    assertThat(KlaraCli.run("area", "vocabulary", "--area", "aldre-omrade")).isZero();
    assertThat(phenomena("aldre-omrade")).isEqualTo(11);
    assertThat(KlaraCli.run("area", "vocabulary", "--area", "aldre-omrade")).isZero();
    assertThat(phenomena("aldre-omrade")).as("repeating adds nothing").isEqualTo(11);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Äldre område observes 11 phenomena.");
    assertThat(KlaraCli.run("area", "vocabulary", "--area", "finns-inte")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown area 'finns-inte'.");
  }

  @Test
  void dashDashHelpIsTheCommandLinesHelpNotAServerStart() {
    assertThat(KlaraCli.run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Usage: klara")
        .contains("org")
        .contains("area");
  }
}
