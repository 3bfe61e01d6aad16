package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.places.Places;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** The finder on the demo area's directory, at fixed times. */
class HandoverFinderTests extends IntegrationTest {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  @Autowired HandoverFinder finder;
  @Autowired Areas areas;
  @Autowired Places places;

  private Area klara() {
    return areas.bySlug("klara").orElseThrow();
  }

  private HandoverResult find(TargetGroup group, Integer age, Need need, String place, String at) {
    Area klara = klara();
    return finder.find(
        new Situation(
            klara,
            group,
            age,
            need,
            place == null ? null : places.bySlug(klara.id(), place).orElseThrow(),
            LocalDateTime.parse(at).atZone(STOCKHOLM).toInstant()));
  }

  @Test
  void aFifteenYearOldSuspectedOfDrugUseAtSergelsTorgOnAFridayNightGoesToUngdomsjourenOrPolice() {
    HandoverResult result =
        find(TargetGroup.YOUTH, 15, Need.SUBSTANCE_USE, "plattan", "2026-11-27T23:30");
    assertThat(result.onDuty())
        .extracting(m -> m.unit().slug())
        .containsExactly("ungdomsjouren", "polisen-ingripande");
    HandoverMatch ungdomsjouren = result.onDuty().get(0);
    assertThat(ungdomsjouren.until())
        .isEqualTo(ZonedDateTime.of(LocalDateTime.parse("2026-11-28T03:00"), STOCKHOLM));
    assertThat(ungdomsjouren.unit().contact().phoneUri()).isEqualTo("tel:0701740610");
    assertThat(result.comesNext()).extracting(m -> m.unit().slug()).doesNotContain("ungdomsjouren");
  }

  @Test
  void aHomelessAdultAtCentralstationenAtFourOnATuesdayMorning() {
    HandoverResult result =
        find(TargetGroup.HOMELESS_ADULTS, null, null, "centralstationen", "2026-12-01T04:00");
    assertThat(result.onDuty())
        .extracting(m -> m.unit().slug())
        .contains("socialjouren", "polisen-ingripande", "ordningsvakter-jernhusen")
        .doesNotContain("uppsokarteamet", "uppsokande-centralstationen");
    assertThat(result.comesNext())
        .extracting(m -> m.unit().slug() + " " + m.nextStart().toLocalDateTime())
        .contains(
            "uppsokarteamet 2026-12-01T07:30",
            "uppsokande-centralstationen 2026-12-01T08:00",
            "eu-teamet 2026-12-01T08:00");
    assertThat(result.onDuty().get(0).unit().slug())
        .as("those working at the very place come first")
        .isEqualTo("ordningsvakter-jernhusen");
  }

  @Test
  void whenNobodyWithTheMandateIsOnDutyTheFinderSaysWhoComesNextAndWhen() {
    HandoverResult result =
        find(TargetGroup.SELLING_SEX, 30, Need.OUTREACH_CONTACT, null, "2026-11-28T12:00");
    assertThat(result.onDuty()).isEmpty();
    assertThat(result.comesNext())
        .extracting(m -> m.unit().slug() + " " + m.nextStart().toLocalDateTime())
        .containsExactly("mika 2026-11-30T09:00");
  }

  @Test
  void anAgeOutsideAUnitsRangeLeavesItOut() {
    HandoverResult result = find(TargetGroup.YOUTH, 12, null, "sergels-torg", "2026-11-27T20:00");
    assertThat(result.onDuty())
        .extracting(m -> m.unit().slug())
        .contains("ungdomsjouren")
        .doesNotContain("faltassistenter-norrmalm");
    HandoverResult sixteen = find(TargetGroup.YOUTH, 16, null, "sergels-torg", "2026-11-27T20:00");
    assertThat(sixteen.onDuty())
        .extracting(m -> m.unit().slug())
        .contains("faltassistenter-norrmalm");
  }

  @Test
  void theFinderPageShowsWhoToCallWithATapToCallLink() {
    WebSession field = signedInAs("field");
    WebSession.Response page =
        field.get(
            "/areas/klara/handover?group=YOUTH&age=15&need=SUBSTANCE_USE&place=sergels-torg"
                + "&day=2026-11-27&time=23:30");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Ungdomsjouren")
        .contains("href=\"tel:0701740610\"")
        .contains("data-copy=\"070-174 06 10\"")
        .contains("I tjänst till lör 03:00");
  }

  @Test
  void aWrongAgeOrTimeGetsItsOwnMessage() {
    WebSession field = signedInAs("field");
    WebSession.Response page =
        field.get("/areas/klara/handover?group=YOUTH&age=femton&day=2026-11-27&time=25:99");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Åldern ska vara ett heltal, t.ex. 15.")
        .contains("Ange dag som ÅÅÅÅ-MM-DD och tid som TT:MM.");
  }

  @Test
  void theDirectoryListsTheAreasActorsAndAnEntryShowsItsHours() {
    WebSession field = signedInAs("field");
    assertThat(field.get("/areas/klara/directory").body())
        .contains("Ungdomsjouren")
        .contains("Socialförvaltningen, Stockholms stad");
    assertThat(field.get("/areas/klara/directory/ungdomsjouren").body())
        .contains("fredag–lördag 13:00–03:00")
        .contains("Ungdomar");
    assertThat(field.get("/areas/klara/directory/finns-inte").status()).isEqualTo(404);
    assertThat(field.get("/areas/liljeholmen/handover").status()).isEqualTo(404);
  }
}
