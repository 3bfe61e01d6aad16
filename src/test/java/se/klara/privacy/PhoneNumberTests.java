package se.klara.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klara.privacy.Finding.Label;
import se.klara.privacy.Verdict.Action;

/**
 * Swedish phone numbers. The mobile numbers are from the range PTS reserves for fiction (070-174 06
 * 05 to 070-174 06 99); the landlines are public switchboards of authorities (Stockholms stad
 * 08-508 290 00, Skatteverket 0771-567 567), never a person's.
 */
class PhoneNumberTests {
  private final PrivacyGuard guard =
      new PrivacyGuard(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void mobileNumbersAreBlockedInEveryCommonForm() {
    for (String text :
        List.of(
            "070-174 06 10",
            "070-1740610",
            "070 174 06 10",
            "0701740610",
            "070-174-06-10",
            "+46 70 174 06 10",
            "+46701740610",
            "+46 (0)70 174 06 10",
            "+46 070-174 06 10",
            "0046 70-174 06 10",
            "0046701740610",
            "＋４６ ７０ １７４ ０６ １０",
            "070\u2011174\u00A006\u00A010",
            "ring 070-174 06 10 efter kl. 18")) {
      Verdict verdict = guard.check(text);
      assertThat(verdict.action()).as(text).isEqualTo(Action.BLOCK);
      assertThat(verdict.labels()).as(text).containsExactly(Label.MOBILE_PHONE);
    }
  }

  @Test
  void aMobileNumberIsFoundWhereItIs() {
    String text = "Ring 070-174 06 10!";
    assertThat(guard.check(text).findings())
        .containsExactly(new Finding(Label.MOBILE_PHONE, Action.BLOCK, 5, 18));
  }

  @Test
  void landlineNumbersWarn() {
    for (String text :
        List.of(
            "08-508 290 00",
            "08-50829000",
            "08 508 290 00",
            "+46 8 508 290 00",
            "+46850829000",
            "0046 8-508 290 00",
            "växeln 08-508 290 00",
            "0771-567 567")) {
      Verdict verdict = guard.check(text);
      assertThat(verdict.action()).as(text).isEqualTo(Action.WARN);
      assertThat(verdict.labels()).as(text).containsExactly(Label.LANDLINE_PHONE);
    }
  }

  @Test
  void digitGroupsThatDoNotMakeASwedishNumberAreNoPhoneNumber() {
    for (String text :
        List.of(
            "2026-11-27",
            "01-02-2026",
            "07-01-26",
            "27/11 2026",
            "kl. 23:30",
            "13:00–03:00",
            "08:00-17:00",
            "kl 08-10",
            "5 pojkar 13–15 år",
            "SE45 5000 0000 0583 9825 7466",
            "SE35 5000 0000 0549 1000 0003",
            "IBAN SE3550000000054910000003.",
            "Order 4412121212121299",
            "070-174 06",
            "nyko 10102",
            "0,5 promille")) {
      assertThat(guard.check(text).labels())
          .as(text)
          .doesNotContain(Label.MOBILE_PHONE, Label.LANDLINE_PHONE);
    }
  }

  @Test
  void onlyAnIbanWithAValidCheckHidesTheDigitGroupsInIt() {
    assertThat(PhoneNumbers.validIban("SE3550000000054910000003")).isTrue();
    assertThat(PhoneNumbers.validIban("SE3650000000054910000003")).isFalse();
    assertThat(guard.check("SE36 5000 0000 0549 1000 0003").labels())
        .containsExactly(Label.LANDLINE_PHONE);
  }
}
