package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.accounts.Accounts;
import se.klara.accounts.NewAccount;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.shared.Role;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** Coordinators create, edit and confirm directory entries; bad input is refused field by field. */
class UnitEditTests extends IntegrationTest {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired Directory directory;
  @Autowired Areas areas;
  @Autowired Accounts accounts;
  @Autowired Organisations organisations;

  @Test
  void aCoordinatorCreatesAnEntryWithANightScheduleAndItIsStoredWithTheRightRules() {
    WebSession coordinator = signedInAs("coordinator");
    String slug = uniqueSlug("nattvandrarna");
    assertThat(coordinator.get("/areas/klara/directory/new").status()).isEqualTo(200);

    Response response =
        post(
            coordinator,
            "/areas/klara/directory",
            entry(slug, "Nattvandrarna Klara")
                .add("ageMin", "13")
                .add("ageMax", "19")
                .add("needs", "OUTREACH_CONTACT")
                .add("phone", "070-174 06 50")
                .add("email", "nattvandrarna@example.org")
                .add("rules[0].days", "FRIDAY")
                .add("rules[0].days", "SATURDAY")
                .add("rules[0].start", "18:00")
                .add("rules[0].end", "03:00")
                .add("rules[1].start", "")
                .add("rules[1].end", "")
                .add("commitments[0].text", "Går i Klara varje helgkväll.")
                .add("commitments[0].owner", "Samordnare nattvandring"));

    assertThat(response.status()).isEqualTo(302);
    assertThat(response.location()).endsWith("/areas/klara/directory/" + slug);
    Unit stored = directory.unit(klara(), slug);
    assertThat(stored.name()).isEqualTo("Nattvandrarna Klara");
    assertThat(stored.organisation().slug()).isEqualTo("socialforvaltningen");
    assertThat(stored.targetGroups()).containsExactly(TargetGroup.YOUTH);
    assertThat(stored.needs()).containsExactly(Need.OUTREACH_CONTACT);
    assertThat(stored.ages()).isEqualTo(new AgeRange(13, 19));
    assertThat(stored.contact().phone()).isEqualTo("070-174 06 50");
    assertThat(stored.schedule().rules()).containsExactly(WeeklyRule.parse("FR-SA 18:00-03:00"));
    assertThat(stored.schedule().rules().get(0).format()).isEqualTo("FR,SA 18:00-03:00");
    assertThat(stored.schedule().exceptions()).isEmpty();
    assertThat(stored.commitments())
        .containsExactly(
            new Commitment("Går i Klara varje helgkväll.", "Samordnare nattvandring", ""));
    assertThat(stored.placeIds()).isEmpty();
    assertThat(coordinator.get(URI.create(response.location()).getPath()).body())
        .contains("Posten Nattvandrarna Klara är skapad.");
  }

  @Test
  void theNewEntryFormWorksWithoutJavaScriptWithSixScheduleRows() {
    String page = signedInAs("coordinator").get("/areas/klara/directory/new").body();
    assertThat(page)
        .contains("<h1>Ny post i katalogen</h1>")
        .contains("name=\"rules[1].start\"")
        .contains("<summary>Fler veckoregler</summary>")
        .contains("name=\"rules[5].start\"")
        .doesNotContain("name=\"rules[6].start\"")
        .contains("name=\"exceptions[2].firstDay\"")
        .contains("name=\"commitments[2].text\"")
        .contains("Sergels torg")
        .contains("Plattan (Sergels torg)")
        .doesNotContain("<script>")
        .doesNotContain("style=");
  }

  @Test
  void anEndEqualToTheStartIsRefusedOnItsRowInSwedishAndNothingIsStored() {
    WebSession coordinator = signedInAs("coordinator");
    String slug = uniqueSlug("lika-tider");

    Response response =
        post(
            coordinator,
            "/areas/klara/directory",
            entry(slug, "Lika tider")
                .add("rules[0].days", "MONDAY")
                .add("rules[0].start", "10:00")
                .add("rules[0].end", "18:00")
                .add("rules[1].days", "FRIDAY")
                .add("rules[1].start", "18:00")
                .add("rules[1].end", "18:00"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(errorText(response, "rule-1-end-error"))
        .isEqualTo(
            "Sluttiden är samma som starttiden. Ett pass över midnatt slutar dagen efter, t.ex."
                + " 18:00–03:00.");
    assertThat(response.body())
        .doesNotContain("rule-0-end-error")
        .contains("Inget har sparats.")
        .contains("value=\"18:00\"");
    assertThat(directory.bySlug(klara(), slug)).isEmpty();
  }

  @Test
  void anInvertedAgeRangeIsRefusedInSwedishAndNothingIsStored() {
    WebSession coordinator = signedInAs("coordinator");
    String slug = uniqueSlug("omvand-alder");

    Response response =
        post(
            coordinator,
            "/areas/klara/directory",
            entry(slug, "Omvänd ålder").add("ageMin", "19").add("ageMax", "13"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(errorText(response, "ageMin-error"))
        .isEqualTo("Åldersintervallet är omvänt: från 19 är högre än till 13.");
    assertThat(directory.bySlug(klara(), slug)).isEmpty();
  }

  @Test
  void everyMistakeIsReportedOnItsOwnFieldOrRowAtOnceAndNothingIsStored() {
    WebSession coordinator = signedInAs("coordinator");
    String slug = uniqueSlug("manga-fel");

    Response response =
        post(
            coordinator,
            "/areas/klara/directory",
            new Form()
                .add("slug", slug)
                .add("name", " ")
                .add("organisation", "")
                .add("ageMin", "tretton")
                .add("phone", "ring mig")
                .add("email", "inte-en-adress")
                .add("rules[0].start", "18:00")
                .add("rules[0].end", "03:00")
                .add("rules[1].days", "SUNDAY")
                .add("rules[1].start", "25:00")
                .add("rules[1].end", "")
                .add("exceptions[0].firstDay", "2025-06-30")
                .add("exceptions[0].lastDay", "2025-06-01")
                .add("exceptions[0].closed", "true")
                .add("exceptions[1].firstDay", "2025-12-24")
                .add("exceptions[1].lastDay", "2025-12-24")
                .add("exceptions[1].start", "10:00")
                .add("exceptions[1].end", "10:00")
                .add("commitments[0].owner", "Någon"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(errorText(response, "name-error")).isEqualTo("Namnet måste fyllas i.");
    assertThat(errorText(response, "organisation-error"))
        .isEqualTo("Välj en organisation i listan.");
    assertThat(errorText(response, "ageMin-error"))
        .isEqualTo("Skriv åldern med siffror, t.ex. 13.");
    assertThat(errorText(response, "phone-error")).startsWith("Telefonnumret får bara innehålla");
    assertThat(errorText(response, "email-error")).isEqualTo("E-postadressen är inte giltig.");
    assertThat(response.body())
        .contains("Välj minst en målgrupp.")
        .contains("Välj minst en veckodag.");
    assertThat(errorText(response, "rule-1-start-error"))
        .isEqualTo("Ogiltig tid: använd TT:MM mellan 00:00 och 24:00.");
    assertThat(errorText(response, "rule-1-end-error"))
        .isEqualTo("Ange en tid som TT:MM, t.ex. 18:00.");
    assertThat(errorText(response, "exception-0-last-error"))
        .isEqualTo("Sista dagen är före första dagen.");
    assertThat(errorText(response, "exception-1-end-error"))
        .startsWith("Sluttiden är samma som starttiden.");
    assertThat(errorText(response, "commitment-0-text-error"))
        .isEqualTo("Åtagandet måste ha en text.");
    assertThat(directory.bySlug(klara(), slug)).isEmpty();
  }

  @Test
  void theMessagesAreInEnglishWhenTheUserChoseEnglish() {
    Response response =
        post(
            signedInAs("coordinator"),
            "/areas/klara/directory?lang=en",
            entry(uniqueSlug("english"), "English")
                .add("rules[0].days", "FRIDAY")
                .add("rules[0].start", "18:00")
                .add("rules[0].end", "18:00"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(errorText(response, "rule-0-end-error"))
        .isEqualTo(
            "The end time equals the start time. A shift past midnight ends the next day,"
                + " e.g. 18:00–03:00.");
  }

  @Test
  void aSaveFromAStaleVersionIsRefusedWithTheConflictMessageAndTheNewerContentSurvives() {
    String slug = uniqueSlug("konflikt");
    directory.create(klara(), draft(slug, "Gamla namnet"));
    WebSession first = signedInAs("coordinator");
    WebSession second = signedInAs("admin");
    String editPage = first.get("/areas/klara/directory/" + slug + "/edit").body();
    String version = hiddenVersion(editPage);
    assertThat(version).isEqualTo(String.valueOf(directory.unit(klara(), slug).version()));
    assertThat(editPage).contains("value=\"Gamla namnet\"");

    Response newer =
        post(
            second,
            "/areas/klara/directory/" + slug,
            entry(slug, "Nyare namnet").add("version", version));
    assertThat(newer.status()).isEqualTo(302);
    assertThat(newer.location()).endsWith("/areas/klara/directory/" + slug);

    Response stale =
        post(
            first,
            "/areas/klara/directory/" + slug,
            entry(slug, "Sent namn").add("version", version));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Någon annan har ändrat uppgiften sedan du öppnade den.")
        .contains("href=\"/areas/klara/directory/" + slug + "/edit\"")
        .contains("value=\"Sent namn\"");
    Unit stored = directory.unit(klara(), slug);
    assertThat(stored.name()).isEqualTo("Nyare namnet");
    assertThat(stored.version()).isEqualTo(Integer.parseInt(version) + 1);
  }

  @Test
  void anEditReplacesTheScheduleAndKeepsTheShortName() {
    String slug = uniqueSlug("andras");
    directory.create(klara(), draft(slug, "Ändras"));
    WebSession coordinator = signedInAs("coordinator");
    String version =
        hiddenVersion(coordinator.get("/areas/klara/directory/" + slug + "/edit").body());

    Response response =
        post(
            coordinator,
            "/areas/klara/directory/" + slug,
            entry("nytt-kortnamn", "Ändrad")
                .add("version", version)
                .set("holidayPolicy", "CLOSED")
                .add("rules[0].days", "MONDAY")
                .add("rules[0].days", "TUESDAY")
                .add("rules[0].start", "22:00")
                .add("rules[0].end", "00:00")
                .add("exceptions[0].firstDay", "2025-07-01")
                .add("exceptions[0].lastDay", "2025-07-31")
                .add("exceptions[0].closed", "true")
                .add("exceptions[0].note", "Sommaruppehåll"));

    assertThat(response.status()).isEqualTo(302);
    assertThat(response.location()).endsWith("/areas/klara/directory/" + slug);
    Unit stored = directory.unit(klara(), slug);
    assertThat(stored.name()).isEqualTo("Ändrad");
    assertThat(stored.schedule().rules()).containsExactly(WeeklyRule.parse("MO-TU 22:00-24:00"));
    assertThat(stored.schedule().holidayPolicy()).isEqualTo(HolidayPolicy.CLOSED);
    assertThat(stored.schedule().exceptions())
        .containsExactly(
            new ScheduleException(
                java.time.LocalDate.of(2025, 7, 1),
                java.time.LocalDate.of(2025, 7, 31),
                true,
                null,
                null,
                "Sommaruppehåll"));
    assertThat(directory.bySlug(klara(), "nytt-kortnamn")).isEmpty();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'UNIT_UPDATED'"
                        + " and object_id = ? and actor_username = 'coordinator'")
                .param(String.valueOf(stored.id()))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theEditFormShowsTheEntryAsItIs() {
    String page = signedInAs("coordinator").get("/areas/klara/directory/ungdomsjouren/edit").body();
    Unit unit = directory.unit(klara(), "ungdomsjouren");
    assertThat(page)
        .contains("<h1>Ändra Ungdomsjouren</h1>")
        .contains("value=\"070-174 06 10\"")
        .contains("value=\"13:00\"")
        .contains("value=\"03:00\"")
        .contains("name=\"version\" value=\"" + unit.version() + "\"")
        .containsPattern("<input[^>]*value=\"YOUTH\"[^>]*checked=\"checked\"")
        .doesNotContain("name=\"slug\"");
  }

  @Test
  void confirmingRecordsWhenAndByWhomAndWritesAnAuditRow() {
    String slug = uniqueSlug("bekraftas");
    Unit created = directory.create(klara(), draft(slug, "Bekräftas"));
    assertThat(created.confirmedAt()).isNull();
    Instant before = Instant.now().minusSeconds(5);

    Response response =
        post(signedInAs("coordinator"), "/areas/klara/directory/" + slug + "/confirm", new Form());

    assertThat(response.status()).isEqualTo(302);
    assertThat(response.location()).endsWith("/areas/klara/directory/" + slug);
    Unit confirmed = directory.unit(klara(), slug);
    assertThat(confirmed.confirmedAt()).isAfter(before).isBefore(Instant.now().plusSeconds(5));
    assertThat(confirmed.confirmedBy())
        .isEqualTo("Trygghetssamordnare Norrmalm (Norrmalms stadsdelsförvaltning)");
    assertThat(confirmed.isStale(Instant.now())).isFalse();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'UNIT_CONFIRMED'"
                        + " and object_id = ? and actor_username = 'coordinator' and area_id = ?")
                .params(String.valueOf(created.id()), klara().id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aFieldUserMayNotEditOrConfirm() {
    WebSession field = signedInAs("field");
    assertThat(field.get("/areas/klara/directory/ungdomsjouren/edit").status()).isEqualTo(403);
    assertThat(field.get("/areas/klara/directory/new").status()).isEqualTo(403);
    assertThat(post(field, "/areas/klara/directory/ungdomsjouren/confirm", new Form()).status())
        .isEqualTo(403);
  }

  @Test
  void aCoordinatorOfAnotherAreaGets404AsIfTheAreaDidNotExist() {
    String username = "samordnare-" + uniqueSlug("lh");
    Area liljeholmen = areas.bySlug("liljeholmen").orElseThrow();
    accounts.create(
        new NewAccount(
            username,
            "Samordnare Liljeholmen",
            organisations.bySlug("norrmalms-sdf").orElseThrow().id(),
            Role.COORDINATOR,
            DEMO_PASSWORD.toCharArray(),
            List.of(liljeholmen.id()),
            false));
    WebSession outsider = signedInAs(username);
    int versionBefore = directory.unit(klara(), "ungdomsjouren").version();

    assertThat(outsider.get("/areas/liljeholmen/directory/new").status()).isEqualTo(200);
    assertThat(outsider.get("/areas/klara/directory/ungdomsjouren/edit").status()).isEqualTo(404);
    assertThat(outsider.get("/areas/klara/directory/new").status()).isEqualTo(404);
    assertThat(
            post(
                    outsider,
                    "/areas/klara/directory/ungdomsjouren",
                    entry("ungdomsjouren", "Kapad").add("version", String.valueOf(versionBefore)))
                .status())
        .isEqualTo(404);
    assertThat(post(outsider, "/areas/klara/directory/ungdomsjouren/confirm", new Form()).status())
        .isEqualTo(404);
    assertThat(directory.unit(klara(), "ungdomsjouren").name()).isEqualTo("Ungdomsjouren");
    assertThat(directory.unit(klara(), "ungdomsjouren").version()).isEqualTo(versionBefore);
  }

  @Test
  void anEntryThatDoesNotExistAnswers404() {
    WebSession coordinator = signedInAs("coordinator");
    assertThat(coordinator.get("/areas/klara/directory/finns-inte/edit").status()).isEqualTo(404);
    assertThat(post(coordinator, "/areas/klara/directory/finns-inte/confirm", new Form()).status())
        .isEqualTo(404);
  }

  @Test
  void aCoordinatorCreatesAFunctionAsPartOfAUnitAndTheFunctionIsListedUnderIt() {
    String unit = uniqueSlug("enhet");
    directory.create(klara(), draft(unit, "Enheten"));
    WebSession coordinator = signedInAs("coordinator");
    String function = uniqueSlug("funktion");

    Response response =
        post(
            coordinator,
            "/areas/klara/directory",
            entry(function, "Funktionen").set("kind", "FUNCTION").add("parent", unit));

    assertThat(response.status()).isEqualTo(302);
    assertThat(directory.unit(klara(), function).parentSlug()).isEqualTo(unit);
    assertThat(coordinator.get("/areas/klara/directory/" + unit).body())
        .contains("<h2>Funktioner</h2>")
        .contains("<a href=\"/areas/klara/directory/" + function + "\">Funktionen</a>");
    assertThat(coordinator.get("/areas/klara/directory/" + function + "/edit").body())
        .contains("<option value=\"" + unit + "\" selected=\"selected\">Enheten</option>");
  }

  @Test
  void theEditFormOffersTheAreasOtherEntriesButNeitherTheEntryNorItsParts() {
    String unit = uniqueSlug("enhet");
    String team = uniqueSlug("team");
    directory.create(klara(), draft(unit, "Enheten"));
    directory.create(klara(), draft(team, "Teamet").withParent(unit));

    String page = signedInAs("coordinator").get("/areas/klara/directory/" + unit + "/edit").body();

    assertThat(page)
        .contains("<label for=\"parent\">Del av</label>")
        .contains(
            "<option value=\"\" selected=\"selected\">"
                + "Ingen – står för sig själv under organisationen</option>")
        .contains("<optgroup label=\"Socialförvaltningen, Stockholms stad\">")
        .contains("<option value=\"uppsokarteamet\">Uppsökarteamet</option>")
        .doesNotContain("<option value=\"" + unit + "\"")
        .doesNotContain("<option value=\"" + team + "\"");
  }

  @Test
  void makingAnEntryPartOfOneOfItsOwnPartsIsRefusedWithTheCycleMessageAndNothingIsStored() {
    String unit = uniqueSlug("enhet");
    String team = uniqueSlug("team");
    String function = uniqueSlug("funktion");
    directory.create(klara(), draft(unit, "Enheten"));
    directory.create(klara(), draft(team, "Teamet").withParent(unit));
    directory.create(klara(), draft(function, "Funktionen").withParent(team));
    Unit before = directory.unit(klara(), unit);
    WebSession coordinator = signedInAs("coordinator");

    Response response =
        post(
            coordinator,
            "/areas/klara/directory/" + unit,
            entry(unit, "Enheten")
                .add("version", String.valueOf(before.version()))
                .add("parent", function));

    assertThat(response.status()).isEqualTo(200);
    assertThat(errorText(response, "parent-error"))
        .isEqualTo(
            "Posten kan inte vara del av "
                + function
                + ": "
                + function
                + " är posten själv eller en av dess egna delar.");
    assertThat(response.body()).contains("Inget har sparats.");
    Unit after = directory.unit(klara(), unit);
    assertThat(after.parentSlug()).isNull();
    assertThat(after.version()).isEqualTo(before.version());
  }

  @Test
  void aParentThatIsNotInTheAreaIsRefusedOnTheField() {
    WebSession coordinator = signedInAs("coordinator");
    String slug = uniqueSlug("forlorad");

    Response response =
        post(
            coordinator,
            "/areas/klara/directory",
            entry(slug, "Förlorad").add("parent", "atlantis"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(errorText(response, "parent-error"))
        .isEqualTo("Det finns ingen post atlantis i området som posten kan vara del av.");
    assertThat(directory.bySlug(klara(), slug)).isEmpty();
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Area klara() {
    return areas.bySlug("klara").orElseThrow();
  }

  private static String uniqueSlug(String base) {
    return base + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
  }

  private static UnitDraft draft(String slug, String name) {
    return new UnitDraft(
        slug,
        name,
        UnitKind.UNIT,
        "socialforvaltningen",
        null,
        "Ett uppdrag.",
        "",
        AgeRange.ANY,
        Set.of(TargetGroup.YOUTH),
        Set.of(),
        null,
        new Schedule(List.of(WeeklyRule.parse("MO-FR 09:00-17:00")), List.of(), null),
        List.of(),
        List.of());
  }

  /** The smallest valid entry: a unit of Socialförvaltningen for youth. */
  private static Form entry(String slug, String name) {
    return new Form()
        .add("slug", slug)
        .add("name", name)
        .add("kind", "UNIT")
        .add("organisation", "socialforvaltningen")
        .add("mandate", "Arbetar uppsökande.")
        .add("targetGroups", "YOUTH")
        .add("holidayPolicy", "AS_USUAL");
  }

  private static String hiddenVersion(String page) {
    Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
    assertThat(m.find()).as("hidden version field").isTrue();
    return m.group(1);
  }

  /** The text of the field error with this id. */
  private static String errorText(Response response, String id) {
    Matcher m =
        Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(response.body());
    assertThat(m.find()).as("error %s in the page", id).isTrue();
    return m.group(1).strip();
  }

  /** Form fields in order; a name may repeat, as with ticked checkboxes. */
  static final class Form {
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    Form add(String name, String value) {
      fields.add(Map.entry(name, value));
      return this;
    }

    /** Replaces every value of a field with this one. */
    Form set(String name, String value) {
      fields.removeIf(e -> e.getKey().equals(name));
      return add(name, value);
    }

    String encoded() {
      return fields.stream()
          .map(
              e ->
                  URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                      + "="
                      + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
    }
  }

  record Response(int status, String body, String location) {}

  /**
   * Posts a form in the session (its cookie and CSRF token) as a browser does, with repeated names,
   * which {@link WebSession#post} cannot send.
   */
  private Response post(WebSession session, String path, Form form) {
    String token = session.csrfToken();
    String cookie = "KLARA_SESSION=" + session.sessionId().orElseThrow();
    String body = form.add("_csrf", token).encoded();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Location").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
