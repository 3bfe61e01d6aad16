package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The import checks the whole file and says where each problem is; no Spring needed. */
class HsdsReaderTests {
  private static final Set<String> ORGANISATIONS = Set.of("socialforvaltningen", "polisen");
  private final HsdsReader reader = new HsdsReader(ORGANISATIONS::contains);

  private static final String VALID =
      """
      {
        "hsds_version": "3.0",
        "organizations": [ { "id": "socialforvaltningen", "name": "Socialförvaltningen" } ],
        "services": [ {
          "id": "nattpatrullen",
          "organization_id": "socialforvaltningen",
          "name": "Nattpatrullen",
          "description": "Går på natten.",
          "minimum_age": 13,
          "maximum_age": 20,
          "phones": [ { "number": "070-174 06 50" } ],
          "email": "natt@example.org",
          "schedules": [
            { "freq": "WEEKLY", "byday": "FR,SA", "opens_at": "22:00", "closes_at": "04:00" },
            { "valid_from": "2026-07-01", "valid_to": "2026-07-31", "x_klara_closed": true,
              "notes": "Sommaruppehåll" },
            { "valid_from": "2026-12-24", "valid_to": "2026-12-24",
              "opens_at": "18:00:00", "closes_at": "24:00" }
          ],
          "x_klara_kind": "FUNCTION",
          "x_klara_target_groups": [ "YOUTH" ],
          "x_klara_needs": [ "OUTREACH_CONTACT", "SHELTER" ],
          "x_klara_handover": "Ring.",
          "x_klara_holiday_policy": "AS_SUNDAY",
          "x_klara_commitments": [ { "text": "Rapporterar varje vecka.", "owner": "Chefen" } ],
          "x_klara_location_ids": [ "plattan" ],
          "x_something_else": "ignored"
        } ],
        "locations": [
          { "id": "plattan", "name": "Plattan", "x_klara_parent_id": "sergels-torg" },
          { "id": "sergels-torg", "name": "Sergels torg", "latitude": 59.3326, "longitude": 18.0649 }
        ]
      }
      """;

  private HsdsReader.Outcome read(String json) {
    return reader.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> places(HsdsReader.Outcome outcome) {
    return outcome.problems().stream().map(p -> p.path() + " " + p.messageKey()).toList();
  }

  @Test
  void aValidFileBecomesEntriesAndPlacesWithParentsFirst() {
    HsdsReader.Outcome outcome = read(VALID);

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.plan().locations())
        .extracting(HsdsReader.Location::slug)
        .containsExactly("sergels-torg", "plattan");
    HsdsReader.Service service = outcome.plan().services().get(0);
    assertThat(service.locationSlugs()).containsExactly("plattan");
    UnitDraft draft = service.draft();
    assertThat(draft.slug()).isEqualTo("nattpatrullen");
    assertThat(draft.kind()).isEqualTo(UnitKind.FUNCTION);
    assertThat(draft.ages()).isEqualTo(new AgeRange(13, 20));
    assertThat(draft.contact().phone()).isEqualTo("070-174 06 50");
    assertThat(draft.needs()).containsExactlyInAnyOrder(Need.OUTREACH_CONTACT, Need.SHELTER);
    assertThat(draft.schedule().rules())
        .containsExactly(
            new WeeklyRule(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), 22 * 60, 4 * 60));
    assertThat(draft.schedule().exceptions())
        .containsExactly(
            new ScheduleException(
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31),
                true,
                null,
                null,
                "Sommaruppehåll"),
            new ScheduleException(
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), false, 18 * 60, 1440, ""));
    assertThat(draft.schedule().holidayPolicy()).isEqualTo(HolidayPolicy.AS_SUNDAY);
    assertThat(draft.commitments())
        .containsExactly(new Commitment("Rapporterar varje vecka.", "Chefen", ""));
    assertThat(service.withPlaces(java.util.Map.of("plattan", 42L)).placeIds())
        .containsExactly(42L);
  }

  @Test
  void everyProblemIsCollectedWithItsPlaceInTheFile() {
    String file =
        VALID
            .replace("\"YOUTH\" ]", "\"YOUTH\", \"MARTIANS\" ]")
            .replace("\"SHELTER\"", "\"NAPS\"")
            .replace("\"minimum_age\": 13", "\"minimum_age\": 21")
            .replace("\"closes_at\": \"04:00\"", "\"closes_at\": \"22:00\"")
            .replace(
                "\"organization_id\": \"socialforvaltningen\"", "\"organization_id\": \"acme\"")
            .replace("[ \"plattan\" ]", "[ \"plattan\", \"mars\" ]")
            .replace(
                "\"x_klara_parent_id\": \"sergels-torg\"", "\"x_klara_parent_id\": \"atlantis\"")
            .replace("\"valid_to\": \"2026-07-31\"", "\"valid_to\": \"2026-06-31\"")
            .replace("\"FUNCTION\"", "\"TEAM\"");

    HsdsReader.Outcome outcome = read(file);

    assertThat(outcome.isValid()).isFalse();
    assertThat(outcome.plan()).isNull();
    assertThat(places(outcome))
        .containsExactlyInAnyOrder(
            "locations[0].x_klara_parent_id interop.error.location.unknown",
            "services[0].organization_id interop.error.organisation.unknown",
            "services[0].minimum_age age.inverted",
            "services[0].schedules[0] schedule.end-equals-start",
            "services[0].schedules[1].valid_to interop.error.date",
            "services[0].x_klara_kind interop.error.kind.unknown",
            "services[0].x_klara_target_groups[1] interop.error.target-group.unknown",
            "services[0].x_klara_needs[1] interop.error.need.unknown",
            "services[0].x_klara_location_ids[1] interop.error.location.unknown");
    HsdsProblem group =
        outcome.problems().stream()
            .filter(p -> p.messageKey().equals("interop.error.target-group.unknown"))
            .findFirst()
            .orElseThrow();
    assertThat(group.arguments()[0]).isEqualTo("MARTIANS");
    assertThat((String) group.arguments()[1]).contains("YOUTH", "HOMELESS_ADULTS");
  }

  @Test
  void aDuplicateIdAnInvalidIdAndMissingFieldsAreEachReported() {
    String service =
        """
        { "id": "%s", "organization_id": "polisen", "name": "%s",
          "x_klara_target_groups": %s }
        """;
    String file =
        "{ \"hsds_version\": \"3.0\", \"services\": ["
            + service.formatted("patrull", "Patrull", "[\"EVERYONE\"]")
            + ","
            + service.formatted("patrull", "Patrull igen", "[\"EVERYONE\"]")
            + ","
            + service.formatted("Stora Patrullen", " ", "[]")
            + ", { \"name\": 7 } ] }";

    HsdsReader.Outcome outcome = read(file);

    assertThat(places(outcome))
        .containsExactly(
            "services[1].id interop.error.service.duplicate",
            "services[2].id unit.slug.invalid",
            "services[2].name unit.name.blank",
            "services[2].x_klara_target_groups unit.target-groups.empty",
            "services[3].id interop.error.required",
            "services[3].organization_id interop.error.required",
            "services[3].name interop.error.type.text",
            "services[3].x_klara_target_groups interop.error.required");
  }

  @Test
  void scheduleEntriesMustBeWeeklyRulesOrDatedExceptions() {
    String file =
        VALID.replace(
            "{ \"freq\": \"WEEKLY\", \"byday\": \"FR,SA\", \"opens_at\": \"22:00\", \"closes_at\":"
                + " \"04:00\" },",
            """
            { "freq": "MONTHLY", "byday": "FR", "opens_at": "22:00", "closes_at": "04:00" },
            { "freq": "WEEKLY", "byday": "FR,XX", "opens_at": "25:00", "closes_at": "4" },
            { "opens_at": "10:00", "closes_at": "12:00" },
            """
                .replace("\n", " "));

    assertThat(places(read(file)))
        .containsExactly(
            "services[0].schedules[0].freq interop.error.schedule.freq",
            "services[0].schedules[1].byday schedule.day.invalid",
            "services[0].schedules[1].opens_at interop.error.time",
            "services[0].schedules[1].closes_at interop.error.time",
            "services[0].schedules[2] interop.error.schedule.kind");
  }

  @Test
  void anOrganisationMustExistAndPlacesMustNotNestInACircle() {
    String file =
        VALID
            .replace(
                "{ \"id\": \"socialforvaltningen\", \"name\": \"Socialförvaltningen\" }",
                "{ \"id\": \"socialforvaltningen\" }, { \"id\": \"acme\" }")
            .replace(
                "\"latitude\": 59.3326", "\"latitude\": 91, \"x_klara_parent_id\": \"plattan\"");

    assertThat(places(read(file)))
        .containsExactly(
            "organizations[1].id interop.error.organisation.unknown",
            "locations[1].latitude interop.error.latitude",
            "locations[0].x_klara_parent_id interop.error.location.cycle",
            "locations[1].x_klara_parent_id interop.error.location.cycle");
  }

  /** A file with three small services, each "x_klara_parent_id" given as %s, %s and %s. */
  private static String threeServices(String first, String second, String third) {
    String service =
        """
        { "id": "%s", "organization_id": "polisen", "name": "%s",
          "x_klara_target_groups": ["EVERYONE"]%s }
        """;
    return "{ \"hsds_version\": \"3.0\", \"services\": ["
        + service.formatted("funktion", "Funktion", parent(first))
        + ","
        + service.formatted("team", "Team", parent(second))
        + ","
        + service.formatted("enhet", "Enhet", parent(third))
        + "] }";
  }

  private static String parent(String slug) {
    return slug == null ? "" : ", \"x_klara_parent_id\": \"" + slug + "\"";
  }

  @Test
  void aServiceMayBePartOfAServiceLaterInTheFile() {
    HsdsReader.Outcome outcome = read(threeServices("team", "enhet", null));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.plan().services())
        .extracting(s -> s.draft().slug(), s -> s.draft().parentSlug())
        .containsExactly(tuple("funktion", "team"), tuple("team", "enhet"), tuple("enhet", null));
    assertThat(outcome.plan().services().get(0).withPlaces(java.util.Map.of()).parentSlug())
        .isEqualTo("team");
  }

  @Test
  void aParentThatIsNotAServiceOfTheFileIsReportedWhereItIsNamed() {
    HsdsReader.Outcome outcome = read(threeServices("team", "atlantis", null));

    assertThat(places(outcome))
        .containsExactly("services[1].x_klara_parent_id interop.error.service.parent.unknown");
    assertThat(outcome.problems().get(0).arguments()).containsExactly("atlantis");
    assertThat(outcome.plan()).isNull();
  }

  @Test
  void servicesThatArePartOfEachOtherInACircleAreEachReported() {
    assertThat(places(read(threeServices("team", "enhet", "funktion"))))
        .containsExactly(
            "services[0].x_klara_parent_id interop.error.service.parent.cycle",
            "services[1].x_klara_parent_id interop.error.service.parent.cycle",
            "services[2].x_klara_parent_id interop.error.service.parent.cycle");
    assertThat(places(read(threeServices(null, "team", "team"))))
        .containsExactly("services[1].x_klara_parent_id interop.error.service.parent.cycle");
  }

  @Test
  void malformedJsonIsReportedWithItsLineAndColumn() {
    HsdsReader.Outcome outcome = read("{\n  \"hsds_version\": \"3.0\"\n  \"services\": []\n}");

    assertThat(outcome.problems()).hasSize(1);
    HsdsProblem problem = outcome.problems().get(0);
    assertThat(problem.messageKey()).isEqualTo("interop.error.json.syntax");
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(3);
  }

  @Test
  void aFileThatEndsEarlyOrRepeatsAFieldIsMalformed() {
    assertThat(read("{ \"services\": [").problems().get(0).messageKey())
        .isEqualTo("interop.error.json.end");
    assertThat(read("{ \"services\": [], \"services\": [] }").problems().get(0).messageKey())
        .isEqualTo("interop.error.json.duplicate");
    assertThat(read("[]").problems().get(0).messageKey()).isEqualTo("interop.error.not-object");
    assertThat(read("").problems().get(0).messageKey()).isEqualTo("interop.error.empty-file");
    assertThat(read("{\"hsds_version\": \"2.0\", \"services\": []}").problems())
        .extracting(HsdsProblem::path)
        .containsExactly("hsds_version");
  }
}
