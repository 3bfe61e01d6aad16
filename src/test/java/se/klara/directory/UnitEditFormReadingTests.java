package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import se.klara.places.Place;

/** Reading the entry form: what typed input becomes, and where each refusal is reported. */
class UnitEditFormReadingTests {
  private static final Organisation SOCIAL_SERVICES =
      new Organisation(
          7, "socialforvaltningen", "Socialförvaltningen", OrganisationKind.SOCIAL_SERVICES);
  private static final UnitFormChoices CHOICES =
      UnitFormChoices.of(
          List.of(SOCIAL_SERVICES),
          List.of(),
          null,
          List.of(
              new Place(11, 1, "sergels-torg", "Sergels torg", null, null, null),
              new Place(12, 1, "plattan", "Plattan", 11L, null, null)));

  private BeanPropertyBindingResult errors;

  @Test
  void aNightShiftIsReadAsOneRuleEndingTheNextDayAndBlankRowsAreIgnored() {
    UnitDraft draft =
        read(form(List.of(rule("18:00", "03:00", "FRIDAY", "SATURDAY"), rule("", "")), List.of()))
            .orElseThrow();

    assertThat(draft.schedule().rules()).containsExactly(WeeklyRule.parse("FR-SA 18:00-03:00"));
    assertThat(draft.schedule().rules().get(0).crossesMidnight()).isTrue();
    assertThat(draft.commitments()).isEmpty();
  }

  @Test
  void anEndAtMidnightMayBeWrittenAs0000Or2400AndDotsAreAccepted() {
    UnitDraft draft =
        read(form(
                List.of(rule("22.00", "00:00", "MONDAY"), rule("00:00", "24:00", "SUNDAY")),
                List.of()))
            .orElseThrow();

    assertThat(draft.schedule().rules())
        .containsExactly(WeeklyRule.parse("MO 22:00-24:00"), WeeklyRule.parse("SU 00:00-24:00"));
  }

  @Test
  void anEndEqualToTheStartIsRefusedOnTheEndOfItsRow() {
    Optional<UnitDraft> draft =
        read(
            form(
                List.of(rule("10:00", "18:00", "MONDAY"), rule("00:00", "00:00", "TUESDAY")),
                List.of()));

    assertThat(draft).isEmpty();
    assertThat(fieldErrors())
        .containsExactly(Map.entry("rules[1].end", "schedule.end-equals-start"));
  }

  @Test
  void aRowWithoutDaysOrWithUnreadableTimesIsRefusedFieldByField() {
    read(
        form(
            List.of(
                rule("18:00", "03:00"), rule("24:00", "7", "SUNDAY"), rule("9:00", "", "SOMEDAY")),
            List.of()));

    assertThat(fieldErrors())
        .containsExactly(
            Map.entry("rules[0].days", "schedule.no-days"),
            Map.entry("rules[1].end", "unit-edit.time.unreadable"),
            Map.entry("rules[1].start", "unit-edit.start.midnight"),
            Map.entry("rules[2].days", "unit-edit.choice.unknown"),
            Map.entry("rules[2].end", "unit-edit.time.missing"));
  }

  @Test
  void anExceptionIsEitherClosedOrHasHoursAndItsDaysMustBeInOrder() {
    UnitDraft draft =
        read(form(
                List.of(),
                List.of(
                    new UnitForm.ExceptionRow("2025-07-01", "2025-07-31", "true", "", "", "Sommar"),
                    new UnitForm.ExceptionRow(
                        "2025-12-24", "2025-12-24", null, "10:00", "14:00", ""))))
            .orElseThrow();
    assertThat(draft.schedule().exceptions())
        .containsExactly(
            new ScheduleException(
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), true, null, null, "Sommar"),
            new ScheduleException(
                LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 24), false, 600, 840, ""));

    read(
        form(
            List.of(),
            List.of(
                new UnitForm.ExceptionRow("2025-07-31", "2025-07-01", "true", "", "", ""),
                new UnitForm.ExceptionRow("", "31/12", null, "", "", "Nyår"))));
    assertThat(fieldErrors())
        .containsExactly(
            Map.entry("exceptions[0].lastDay", "schedule.exception.dates-inverted"),
            Map.entry("exceptions[1].end", "unit-edit.time.missing"),
            Map.entry("exceptions[1].firstDay", "schedule.exception.dates-missing"),
            Map.entry("exceptions[1].lastDay", "unit-edit.date.unreadable"),
            Map.entry("exceptions[1].start", "unit-edit.time.missing"));
  }

  @Test
  void shortNameNameAndTargetGroupsAreAllReportedAtOnce() {
    UnitForm blank =
        new UnitForm(
            "Inte OK",
            " ",
            "UNIT",
            "socialforvaltningen",
            "",
            "",
            "",
            "",
            "",
            "",
            List.of(),
            List.of(),
            "",
            "",
            "",
            "",
            "AS_USUAL",
            null,
            null,
            null,
            null,
            null);

    assertThat(read(blank, "Inte OK")).isEmpty();
    assertThat(fieldErrors())
        .containsExactly(
            Map.entry("name", "unit.name.blank"),
            Map.entry("slug", "unit.slug.invalid"),
            Map.entry("targetGroups", "unit.target-groups.empty"));
  }

  @Test
  void valuesFromOutsideTheFormsChoicesAreRefused() {
    UnitForm form =
        new UnitForm(
            "ok",
            "Ok",
            "TEAM",
            "jernhusen",
            "",
            "",
            "",
            "",
            "-1",
            "200",
            List.of("ELDERLY"),
            List.of("SHELTER"),
            "ring",
            "a@b",
            "",
            "",
            "NEVER",
            null,
            null,
            List.of("99"),
            null,
            null);

    assertThat(read(form, "ok")).isEmpty();
    assertThat(fieldErrors())
        .containsExactly(
            Map.entry("ageMax", "age.out-of-range"),
            Map.entry("ageMin", "unit-edit.age.not-a-number"),
            Map.entry("email", "contact.email.invalid"),
            Map.entry("holidayPolicy", "unit-edit.choice.unknown"),
            Map.entry("kind", "unit-edit.choice.unknown"),
            Map.entry("organisation", "unit.organisation.unknown"),
            Map.entry("phone", "contact.phone.invalid"),
            Map.entry("placeIds", "unit-edit.place.unknown"),
            Map.entry("targetGroups", "unit-edit.choice.unknown"));
  }

  @Test
  void anInvertedAgeRangeIsReportedWithBothAges() {
    UnitForm form =
        new UnitForm(
            "ok",
            "Ok",
            "UNIT",
            "socialforvaltningen",
            "",
            "",
            "",
            "",
            "19",
            "13",
            List.of("YOUTH"),
            List.of(),
            "",
            "",
            "",
            "",
            "AS_USUAL",
            null,
            null,
            null,
            null,
            null);

    assertThat(read(form, "ok")).isEmpty();
    FieldError error = errors.getFieldError("ageMin");
    assertThat(error.getCode()).isEqualTo("age.inverted");
    assertThat(error.getArguments()).containsExactly(19, 13);
  }

  @Test
  void anEntryReadsBackIntoTheSameDraft() {
    UnitDraft original =
        new UnitDraft(
            "ungdomsjouren",
            "Ungdomsjouren",
            UnitKind.UNIT,
            "socialforvaltningen",
            null,
            "Uppsökande arbete.",
            "Inte vuxna.",
            new AgeRange(null, 20),
            java.util.Set.of(TargetGroup.YOUTH, TargetGroup.CHILDREN_AT_RISK),
            java.util.Set.of(Need.REPORT_OF_CONCERN),
            new ContactPaths("070-174 06 10", "u@example.org", "Rakel", null, "Ring."),
            new Schedule(
                List.of(WeeklyRule.parse("MO-TH 13:00-01:00"), WeeklyRule.parse("SU 00:00-24:00")),
                List.of(
                    new ScheduleException(
                        LocalDate.of(2025, 12, 24),
                        LocalDate.of(2025, 12, 26),
                        false,
                        600,
                        1440,
                        "Jul")),
                HolidayPolicy.AS_SUNDAY),
            List.of(12L),
            List.of(new Commitment("Delar lägesbild.", "Chef", "Forum")));
    Unit unit =
        new Unit(
            1,
            original.slug(),
            original.name(),
            original.kind(),
            SOCIAL_SERVICES,
            null,
            null,
            original.mandate(),
            original.limits(),
            original.ages(),
            original.targetGroups(),
            original.needs(),
            original.contact(),
            original.schedule(),
            1,
            original.placeIds(),
            original.commitments(),
            null,
            null,
            4);

    UnitForm form = UnitForm.of(unit);

    assertThat(form.version()).isEqualTo("4");
    assertThat(form.rules()).hasSize(UnitForm.MIN_RULE_ROWS);
    assertThat(form.rules().get(0).days())
        .containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY");
    assertThat(form.rules().get(1).end()).isEqualTo("24:00");
    assertThat(read(form, "ungdomsjouren")).contains(original);
  }

  @Test
  void theEntryChosenToBePartOfComesIntoTheDraftAndBackIntoTheForm() {
    Unit team = unit(21, "team", null);
    UnitFormChoices choices = CHOICES.withEntries(List.of(team), null);

    UnitDraft draft = readWith(form("team"), choices).orElseThrow();

    assertThat(draft.parentSlug()).isEqualTo("team");
    assertThat(choices.parentsByOrganisation())
        .containsExactly(
            Map.entry(
                "Socialförvaltningen",
                List.of(new UnitFormChoices.ParentChoice("team", "Team", "Socialförvaltningen"))));
    assertThat(UnitForm.of(unit(22, "funktion", team)).parent()).isEqualTo("team");
    assertThat(UnitForm.of(team).parent()).isEmpty();
  }

  @Test
  void anEntryCannotBePartOfItselfOrOfItsPartsHoweverDeep() {
    Unit unit = unit(31, "enhet", null);
    Unit team = unit(32, "team", unit);
    Unit function = unit(33, "funktion", team);
    Unit other = unit(34, "annan", null);
    UnitFormChoices choices = CHOICES.withEntries(List.of(unit, team, function, other), unit);

    assertThat(choices.parents())
        .extracting(UnitFormChoices.ParentChoice::slug)
        .containsExactly("annan");
    assertThat(readWith(form("funktion"), choices)).isEmpty();
    assertThat(fieldErrors()).containsExactly(Map.entry("parent", "unit.parent.cycle"));
    assertThat(errors.getFieldError("parent").getArguments()).containsExactly("funktion");
    assertThat(readWith(form("enhet"), choices)).isEmpty();
    assertThat(fieldErrors()).containsExactly(Map.entry("parent", "unit.parent.cycle"));
    assertThat(readWith(form("atlantis"), choices)).isEmpty();
    assertThat(fieldErrors()).containsExactly(Map.entry("parent", "unit.parent.unknown"));
    assertThat(readWith(form(" annan "), choices).orElseThrow().parentSlug()).isEqualTo("annan");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Optional<UnitDraft> read(UnitForm form) {
    return read(form, "nattvandrarna");
  }

  private Optional<UnitDraft> read(UnitForm form, String slug) {
    errors = new BeanPropertyBindingResult(form, "form");
    return UnitFormReader.read(form, slug, CHOICES, errors);
  }

  private Optional<UnitDraft> readWith(UnitForm form, UnitFormChoices choices) {
    errors = new BeanPropertyBindingResult(form, "form");
    return UnitFormReader.read(form, "enhet", choices, errors);
  }

  /** A unit of Socialförvaltningen named after its short name, part of {@code parent}. */
  private static Unit unit(long id, String slug, Unit parent) {
    return new Unit(
        id,
        slug,
        Character.toUpperCase(slug.charAt(0)) + slug.substring(1),
        UnitKind.UNIT,
        SOCIAL_SERVICES,
        parent == null ? null : parent.id(),
        parent == null ? null : parent.slug(),
        "",
        "",
        AgeRange.ANY,
        java.util.Set.of(TargetGroup.EVERYONE),
        java.util.Set.of(),
        new ContactPaths(null, null, null, null, null),
        new Schedule(null, null, null),
        1,
        List.of(),
        List.of(),
        null,
        null,
        0);
  }

  /** The smallest valid form, part of the entry {@code parent}. */
  private static UnitForm form(String parent) {
    return new UnitForm(
        "enhet",
        "Enhet",
        "UNIT",
        "socialforvaltningen",
        parent,
        "",
        "",
        "",
        "",
        "",
        List.of("EVERYONE"),
        List.of(),
        "",
        "",
        "",
        "",
        "AS_USUAL",
        null,
        null,
        null,
        null,
        null);
  }

  /** Field → error code, sorted by field, one per field. */
  private Map<String, String> fieldErrors() {
    Map<String, String> result = new TreeMap<>();
    for (FieldError error : errors.getFieldErrors()) {
      result.putIfAbsent(error.getField(), error.getCode());
    }
    return result;
  }

  private static UnitForm.RuleRow rule(String start, String end, String... days) {
    return new UnitForm.RuleRow(List.of(days), start, end);
  }

  private static UnitForm form(
      List<UnitForm.RuleRow> rules, List<UnitForm.ExceptionRow> exceptions) {
    return new UnitForm(
        "nattvandrarna",
        "Nattvandrarna",
        "UNIT",
        "socialforvaltningen",
        "",
        "Går i Klara.",
        "",
        "",
        "",
        "",
        List.of("YOUTH"),
        List.of(),
        "",
        "",
        "",
        "",
        "AS_USUAL",
        rules,
        exceptions,
        List.of(),
        List.of(),
        null);
  }
}
