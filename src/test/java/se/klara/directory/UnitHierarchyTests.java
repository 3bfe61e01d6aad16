package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;

/** Organisation → units and teams → functions: an entry may be part of another of its area. */
class UnitHierarchyTests extends IntegrationTest {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String FUNCTION = "Uppsökande socialsekreterare Centralstationen";

  @Autowired Directory directory;
  @Autowired Areas areas;

  @Test
  void theDemosCentralStationFunctionIsPartOfUppsokarteametOnItsPage() {
    String page =
        signedInAs("field").get("/areas/klara/directory/uppsokande-centralstationen").body();

    assertThat(page)
        .contains(
            "<p class=\"part-of\"><span>Del av:</span>"
                + " <a href=\"/areas/klara/directory/uppsokarteamet\">Uppsökarteamet</a></p>")
        .doesNotContain("<h2>Funktioner</h2>");
    assertThat(directory.unit(klara(), "uppsokande-centralstationen").parentSlug())
        .isEqualTo("uppsokarteamet");
  }

  @Test
  void uppsokarteametListsItsFunctionsWithLinks() {
    String page = signedInAs("field").get("/areas/klara/directory/uppsokarteamet").body();

    assertThat(page)
        .contains("<h2>Funktioner</h2>")
        .contains(
            "<a href=\"/areas/klara/directory/uppsokande-centralstationen\">" + FUNCTION + "</a>")
        .doesNotContain("<span>Del av:</span>");
  }

  @Test
  void theEntryPageSaysPartOfAndFunctionsInEnglish() {
    String function =
        signedInAs("field")
            .get("/areas/klara/directory/uppsokande-centralstationen?lang=en")
            .body();
    String team = signedInAs("field").get("/areas/klara/directory/uppsokarteamet?lang=en").body();

    assertThat(function).contains("<span>Part of:</span>");
    assertThat(team).contains("<h2>Functions</h2>");
  }

  @Test
  void theDirectoryListShowsAFunctionNestedUnderItsUnitAndNotAsACardOfItsOwn() {
    String page = signedInAs("field").get("/areas/klara/directory").body();

    String team = card(page, "uppsokarteamet");
    assertThat(team)
        .contains("<p class=\"parts-heading\" id=\"parts-uppsokarteamet\">Funktioner</p>")
        .contains("<ul class=\"parts\" aria-labelledby=\"parts-uppsokarteamet\">")
        .contains(
            "<h4><a href=\"/areas/klara/directory/uppsokande-centralstationen\">"
                + FUNCTION
                + "</a></h4>");
    assertThat(page)
        .doesNotContain("<h3><a href=\"/areas/klara/directory/uppsokande-centralstationen\">")
        .containsOnlyOnce("/areas/klara/directory/uppsokande-centralstationen\"");
  }

  @Test
  void aPartOfAnotherOrganisationIsListedInItsOwnGroupAndSaysWhatItIsPartOf() {
    String unit = uniqueSlug("samverkan");
    String police = uniqueSlug("polisfunktion");
    directory.create(klara(), draft(unit, null), null);
    directory.create(
        klara(),
        new UnitDraft(
            police,
            "Post " + police,
            UnitKind.FUNCTION,
            "polisen-lpo-norrmalm",
            unit,
            "Ett uppdrag.",
            "",
            AgeRange.ANY,
            Set.of(TargetGroup.EVERYONE),
            Set.of(),
            null,
            null,
            List.of(),
            List.of()),
        null);

    String page = signedInAs("field").get("/areas/klara/directory").body();

    assertThat(card(page, unit)).doesNotContain("class=\"parts\"").doesNotContain(police);
    assertThat(card(page, police))
        .contains(
            "<p class=\"muted\"><span>Del av:</span> <a href=\"/areas/klara/directory/"
                + unit
                + "\">Post "
                + unit
                + "</a></p>");
    int group = page.indexOf("<h2>Polisen, lokalpolisområde Norrmalm</h2>");
    int nextGroup = page.indexOf("<h2>", group + 1);
    assertThat(page.indexOf("<h3><a href=\"/areas/klara/directory/" + police + "\">"))
        .isGreaterThan(group)
        .isLessThan(nextGroup);
  }

  @Test
  void theOnboardingGuideSaysWhichUnitAFunctionIsPartOf() {
    String page = signedInAs("field").get("/areas/klara/onboarding").body();

    int start = page.indexOf("id=\"unit-uppsokande-centralstationen\"");
    assertThat(start).isPositive();
    assertThat(page.substring(start, page.indexOf("</li>", start)))
        .contains("<span>Del av</span> <a href=\"#unit-uppsokarteamet\"")
        .contains(">Uppsökarteamet</a>");
  }

  @Test
  void theDirectoryRefusesAParentThatIsTheEntryItselfOrOneOfItsParts() {
    String top = uniqueSlug("enhet");
    String middle = uniqueSlug("team");
    String bottom = uniqueSlug("funktion");
    directory.create(klara(), draft(top, null), null);
    directory.create(klara(), draft(middle, top), null);
    Unit created = directory.create(klara(), draft(bottom, middle), null);
    assertThat(created.parentSlug()).isEqualTo(middle);
    Unit before = directory.unit(klara(), top);

    assertThatThrownBy(() -> directory.update(klara(), top, before.version(), draft(top, bottom)))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.field()).isEqualTo("parentSlug");
              assertThat(e.messageKey()).isEqualTo("unit.parent.cycle");
              assertThat(e.arguments()).containsExactly(bottom);
            });
    assertThatThrownBy(() -> directory.update(klara(), top, before.version(), draft(top, top)))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> assertThat(e.messageKey()).isEqualTo("unit.parent.cycle"));
    Unit after = directory.unit(klara(), top);
    assertThat(after.parentSlug()).isNull();
    assertThat(after.version()).isEqualTo(before.version());
  }

  @Test
  void aParentThatIsNotAnEntryOfTheAreaIsUnknown() {
    String slug = uniqueSlug("foraldralos");

    assertThatThrownBy(() -> directory.create(klara(), draft(slug, "finns-inte"), null))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.field()).isEqualTo("parentSlug");
              assertThat(e.messageKey()).isEqualTo("unit.parent.unknown");
              assertThat(e.arguments()).containsExactly("finns-inte");
            });
    assertThat(directory.bySlug(klara(), slug)).isEmpty();
  }

  @Test
  void anImportMayListAFunctionBeforeTheUnitItIsPartOf() {
    Area area = areas.register(uniqueSlug("ordning"), "Ordning", "Entries in any order", null);

    List<Unit> stored =
        directory.replaceArea(
            area,
            List.of(draft("funktion", "enhet"), draft("team", "enhet"), draft("enhet", null)));

    assertThat(stored)
        .extracting(Unit::slug, Unit::parentSlug)
        .containsExactlyInAnyOrder(
            tuple("enhet", null), tuple("funktion", "enhet"), tuple("team", "enhet"));
  }

  @Test
  void anImportedCircleOfParentsIsRefusedAndNothingIsStored() {
    Area area = areas.register(uniqueSlug("cirkel"), "Cirkel", "A circle of parents", null);
    directory.create(area, draft("kvar", null), null);

    assertThatThrownBy(() -> directory.replaceArea(area, List.of(draft("a", "b"), draft("b", "a"))))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> assertThat(e.messageKey()).isEqualTo("unit.parent.cycle"));
    assertThat(directory.unitsIn(area)).extracting(Unit::slug).containsExactly("kvar");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Area klara() {
    return areas.bySlug("klara").orElseThrow();
  }

  private static String uniqueSlug(String base) {
    return base + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
  }

  private static UnitDraft draft(String slug, String parentSlug) {
    return new UnitDraft(
        slug,
        "Post " + slug,
        UnitKind.UNIT,
        "socialforvaltningen",
        parentSlug,
        "Ett uppdrag.",
        "",
        AgeRange.ANY,
        Set.of(TargetGroup.EVERYONE),
        Set.of(),
        null,
        null,
        List.of(),
        List.of());
  }

  /** The list card of the entry whose name links to {@code slug}, up to the next card. */
  private static String card(String page, String slug) {
    int start = page.indexOf("<h3><a href=\"/areas/klara/directory/" + slug + "\">");
    assertThat(start).as("card of %s", slug).isPositive();
    int end = page.indexOf("<li class=\"card\">", start);
    return page.substring(start, end < 0 ? page.length() : end);
  }
}
