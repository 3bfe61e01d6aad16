package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;

/** The directory holds work contact paths of functions, never data about a person. */
class DirectoryPrivacyTests extends IntegrationTest {
  @Autowired Directory directory;
  @Autowired Areas areas;
  @Autowired MessageSource messages;

  private UnitDraft draft(
      String slug, String mandate, String handover, List<Commitment> commitments) {
    return new UnitDraft(
        slug,
        "Nattvandrare Klara",
        UnitKind.UNIT,
        "norrmalms-sdf",
        null,
        mandate,
        "",
        AgeRange.ANY,
        Set.of(TargetGroup.YOUTH),
        Set.of(Need.OUTREACH_CONTACT),
        new ContactPaths("070-174 06 30", null, null, null, handover),
        new Schedule(List.of(WeeklyRule.parse("FR-SA 21:00-02:00")), List.of(), null),
        List.of(),
        commitments);
  }

  private long units(Area area, String slug) {
    return directory.unitsIn(area).stream().filter(u -> u.slug().equals(slug)).count();
  }

  @Test
  void anIdentityNumberInTheMandateIsRefusedNamingTheFieldAndNothingIsStored() {
    Area klara = areas.bySlug("klara").orElseThrow();
    assertThatThrownBy(
            () ->
                directory.create(
                    klara,
                    draft(
                        "privacy-probe-1", "Följer upp 19121212-1212 varje helg.", "", List.of())))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.field()).isEqualTo("mandate");
              assertThat(e.messageKey()).isEqualTo("privacy.blocked.PERSONAL_IDENTITY_NUMBER");
              String text =
                  messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("sv"));
              assertThat(text)
                  .startsWith("Texten innehåller ett personnummer (privacy-probe-1).")
                  .doesNotContain("1212");
            });
    assertThat(units(klara, "privacy-probe-1")).isZero();
  }

  @Test
  void aPrivateMobileNumberOrEmailInFreeTextIsRefusedButTheFunctionsNumberFieldIsFine() {
    Area klara = areas.bySlug("klara").orElseThrow();
    assertThatThrownBy(
            () ->
                directory.create(
                    klara,
                    draft(
                        "privacy-probe-2",
                        "Nattvandring.",
                        "Ring mig på 070-174 06 31.",
                        List.of())))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.field()).isEqualTo("handover");
              assertThat(e.messageKey()).isEqualTo("privacy.blocked.MOBILE_PHONE");
            });
    assertThatThrownBy(
            () ->
                directory.create(
                    klara,
                    draft(
                        "privacy-probe-3",
                        "Nattvandring.",
                        "",
                        List.of(
                            new Commitment(
                                "Rapporterar till anna.andersson@example.org", "", "")))))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.field()).isEqualTo("commitments"));
    Unit stored =
        directory.create(
            klara,
            draft(
                "privacy-probe-4", "Nattvandring fredag och lördag, 5 vuxna 25+.", "", List.of()));
    assertThat(stored.contact().phone()).isEqualTo("070-174 06 30");
  }

  @Test
  void theDemoDirectoryPassesTheGuard() {
    Area klara = areas.bySlug("klara").orElseThrow();
    for (Unit unit : directory.unitsIn(klara)) {
      UnitDraft draft = unit.toDraft();
      // an update with the entry's own content must pass the guard
      directory.update(klara, unit.slug(), unit.version(), draft);
    }
    assertThat(directory.unitsIn(klara)).hasSizeGreaterThanOrEqualTo(16);
  }
}
