package se.klara.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klara.privacy.Finding.Label;
import se.klara.privacy.Verdict.Action;

/** The guard as a whole: what passes, what the most severe finding decides, and failing closed. */
class PrivacyGuardTests {
  private final PrivacyGuard guard =
      new PrivacyGuard(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void datesTimesCountsAddressesIbansAndOrderNumbersPass() {
    for (String text :
        List.of(
            "2026-11-27",
            "2026-11-27 23:30",
            "20261127",
            "kl. 23:30",
            "13:00–03:00",
            "öppet 18:00-03:00 fre–lör",
            "5 pojkar 13–15 år",
            "3 flickor 15-17 år, 2 okända 18-24",
            "Vasagatan 24",
            "Vasagatan 7, entrén",
            "nyko 10102",
            "SE45 5000 0000 0583 9825 7466",
            "SE4550000000058398257466",
            "Order 4412121212121299",
            "ordernr 4412121212121299 levererad",
            "Ärende K123456-26",
            "Organisationsnummer 212000-0142",
            "Ca 20-30 personer vid Plattan 22.00–02.00, 2 ordningsvakter",
            "Langning vid T-Centralen södra, uppgång Sergels torg",
            "")) {
      Verdict verdict = guard.check(text);
      assertThat(verdict.action()).as(text).isEqualTo(Action.ALLOW);
      assertThat(verdict.findings()).as(text).isEmpty();
    }
    assertThat(guard.check(null).action()).isEqualTo(Action.ALLOW);
  }

  @Test
  void theMostSevereFindingDecides() {
    Verdict verdict = guard.check("Ahmed, 070-174 06 10, växel 08-508 290 00");
    assertThat(verdict.action()).isEqualTo(Action.BLOCK);
    assertThat(verdict.labels())
        .containsExactly(Label.FIRST_NAME, Label.MOBILE_PHONE, Label.LANDLINE_PHONE);
    assertThat(verdict.findings())
        .extracting(Finding::action)
        .containsExactly(Action.WARN, Action.BLOCK, Action.WARN);
    assertThat(guard.check("Ahmed heter han").action()).isEqualTo(Action.WARN);
  }

  @Test
  void everyLabelPointsToTheRangeItWasFoundIn() {
    String text = "Tolvan 19121212-1212 eller info@example.org";
    Verdict verdict = guard.check(text);
    assertThat(verdict.findings())
        .extracting(finding -> text.substring(finding.start(), finding.end()))
        .containsExactly("19121212-1212", "info@example.org");
  }

  @Test
  void aVerdictAndItsFindingsNeverHoldTheValue() {
    Verdict verdict = guard.check("19121212-1212, 070-174 06 10, info@example.org, Ahmed heter");
    assertThat(verdict.toString())
        .doesNotContain("1212", "174", "info", "example", "Ahmed", "heter")
        .contains("PERSONAL_IDENTITY_NUMBER", "MOBILE_PHONE", "EMAIL", "FIRST_NAME");
    assertThat(verdict.labels())
        .containsExactly(
            Label.PERSONAL_IDENTITY_NUMBER,
            Label.MOBILE_PHONE,
            Label.EMAIL,
            Label.FIRST_NAME,
            Label.NAMING_WORD);
  }

  @Test
  void aFailingDetectorBlocksTheText() {
    Clock broken =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            throw new IllegalStateException("clock unavailable");
          }
        };
    Verdict verdict = new PrivacyGuard(broken).check("helt vanlig text");
    assertThat(verdict.action()).isEqualTo(Action.BLOCK);
    assertThat(verdict.findings())
        .containsExactly(new Finding(Label.DETECTOR_FAILED, Action.BLOCK, 0, 16));
  }

  @Test
  void aVerdictMustTakeTheActionOfItsMostSevereFinding() {
    assertThat(Verdict.of(List.of()).action()).isEqualTo(Action.ALLOW);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Verdict(Action.ALLOW, List.of(new Finding(Label.EMAIL, 0, 3))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultGuardUsesTheSystemClock() {
    assertThat(new PrivacyGuard().check("19121212-1212").action()).isEqualTo(Action.BLOCK);
  }
}
