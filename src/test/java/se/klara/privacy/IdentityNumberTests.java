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
 * Personnummer and samordningsnummer in every written form.
 *
 * <p>Only Skatteverket's test numbers are used, never invented ones: 19121212-1212 (Tolvan
 * Tolvansson, Skatteverket's classic example) and numbers from its published "Testpersonnummer" and
 * "Testsamordningsnummer" data sets (189001019802, 19031204-9802, 20190101-2391, 199001012385,
 * 200002292399; samordningsnummer 202601612381, 191401682396). A wrong check digit is one of those
 * with its last digit changed. The one constructed Luhn-valid number, 121212-0008, has the birth
 * number 000, which Skatteverket never issues, so it cannot be anyone's.
 */
class IdentityNumberTests {
  /** 1 June 2026. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

  private final PrivacyGuard guard = new PrivacyGuard(CLOCK);

  private void assertIdentityNumber(String text, Label label) {
    Verdict verdict = guard.check(text);
    assertThat(verdict.action()).as(text).isEqualTo(Action.BLOCK);
    assertThat(verdict.labels()).as(text).containsExactly(label);
  }

  private void assertNoIdentityNumber(String text) {
    assertThat(guard.check(text).labels())
        .as(text)
        .doesNotContain(Label.PERSONAL_IDENTITY_NUMBER, Label.COORDINATION_NUMBER);
  }

  @Test
  void twelveDigitsAreBlockedWithHyphenSpacePlusOrNoSeparator() {
    for (String text :
        List.of(
            "19121212-1212",
            "191212121212",
            "19121212 1212",
            "19121212+1212",
            "189001019802",
            "18900101-9802",
            "19031204-9802",
            "20190101-2391",
            "199001012385")) {
      assertIdentityNumber(text, Label.PERSONAL_IDENTITY_NUMBER);
    }
  }

  @Test
  void tenDigitsAreBlockedWithHyphenSpaceOrNoSeparator() {
    for (String text :
        List.of("121212-1212", "121212 1212", "1212121212", "900101-2385", "190101-2391")) {
      assertIdentityNumber(text, Label.PERSONAL_IDENTITY_NUMBER);
    }
  }

  @Test
  void aPlusMarksAHolderOfAHundredOrMore() {
    assertIdentityNumber("031204+9802", Label.PERSONAL_IDENTITY_NUMBER);
    assertIdentityNumber("121212+1212", Label.PERSONAL_IDENTITY_NUMBER);
    // 29 February: with "-" the digits are 2000, a leap year; with "+" they are 1900, which had
    // no 29 February, so that is no date.
    assertIdentityNumber("000229-2399", Label.PERSONAL_IDENTITY_NUMBER);
    assertIdentityNumber("200002292399", Label.PERSONAL_IDENTITY_NUMBER);
    assertNoIdentityNumber("000229+2399");
  }

  @Test
  void aNumberInASentenceIsFoundWhereItIs() {
    String text = "Anmälan gällde 19121212-1212 vid trappan.";
    Verdict verdict = guard.check(text);
    assertThat(verdict.findings())
        .containsExactly(new Finding(Label.PERSONAL_IDENTITY_NUMBER, Action.BLOCK, 15, 15 + 13));
    assertThat(text.substring(15, 28)).isEqualTo("19121212-1212");
  }

  @Test
  void coordinationNumbersHaveSixtyAddedToTheDay() {
    assertIdentityNumber("191401682396", Label.COORDINATION_NUMBER);
    assertIdentityNumber("19140168-2396", Label.COORDINATION_NUMBER);
    assertIdentityNumber("140168+2396", Label.COORDINATION_NUMBER);
    assertIdentityNumber("202601612381", Label.COORDINATION_NUMBER);
    assertIdentityNumber("260161-2381", Label.COORDINATION_NUMBER);
    assertIdentityNumber("2601612381", Label.COORDINATION_NUMBER);
  }

  @Test
  void aBirthDateInTheFutureIsNoIdentityNumber() {
    PrivacyGuard lastYear =
        new PrivacyGuard(Clock.fixed(Instant.parse("2025-12-15T12:00:00Z"), ZoneOffset.UTC));
    // born 1 January 2026 (day 61): in the future on 15 December 2025
    assertThat(lastYear.check("202601612381").action()).isEqualTo(Action.ALLOW);
    assertThat(lastYear.check("20260161-2381").action()).isEqualTo(Action.ALLOW);
    assertThat(guard.check("202601612381").action()).isEqualTo(Action.BLOCK);
  }

  @Test
  void birthNumber000IsNoIdentityNumber() {
    // Luhn-valid, but 000 is never issued
    assertThat(IdentityNumbers.luhnValid("1212120008")).isTrue();
    assertThat(guard.check("121212-0008").action()).isEqualTo(Action.ALLOW);
    assertThat(guard.check("19121212-0008").action()).isEqualTo(Action.ALLOW);
  }

  @Test
  void aWrongCheckDigitIsNoIdentityNumber() {
    for (String text :
        List.of("19121212-1213", "121212-1213", "1212121211", "189001019803", "202601612382")) {
      assertThat(guard.check(text).action()).as(text).isEqualTo(Action.ALLOW);
    }
  }

  @Test
  void aDateThatIsNotOnTheCalendarIsNoIdentityNumber() {
    // Skatteverket's test samordningsnummer for an unknown birth day (day 60 = 0 + 60): Luhn-valid,
    // but the issue asks for a real calendar date.
    assertThat(IdentityNumbers.luhnValid("1711602399")).isTrue();
    assertThat(guard.check("191711602399").action()).isEqualTo(Action.ALLOW);
  }

  @Test
  void digitsInsideALongerRunOfDigitsDoNotCount() {
    for (String text :
        List.of(
            "Order 4412121212121299",
            "ref 91212121212",
            "ref 121212121212",
            "x1912121212123",
            "121212-12123",
            "31212121212")) {
      assertNoIdentityNumber(text);
    }
  }

  @Test
  void fullWidthAndArabicIndicDigitsAreDigits() {
    assertIdentityNumber("１９１２１２１２－１２１２", Label.PERSONAL_IDENTITY_NUMBER);
    assertIdentityNumber("１２１２１２１２１２", Label.PERSONAL_IDENTITY_NUMBER);
    assertIdentityNumber("١٢١٢١٢-١٢١٢", Label.PERSONAL_IDENTITY_NUMBER);
    assertIdentityNumber("۱۲۱۲۱۲-۱۲۱۲", Label.PERSONAL_IDENTITY_NUMBER);
  }

  @Test
  void otherDashesCountAsHyphens() {
    for (String dash : List.of("\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212")) {
      assertIdentityNumber("121212" + dash + "1212", Label.PERSONAL_IDENTITY_NUMBER);
      assertIdentityNumber("19121212" + dash + "1212", Label.PERSONAL_IDENTITY_NUMBER);
    }
    assertIdentityNumber("031204\uFF0B9802", Label.PERSONAL_IDENTITY_NUMBER);
  }

  @Test
  void zeroWidthCharactersAndSoftHyphensInsideAreIgnored() {
    for (String invisible : List.of("\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF")) {
      assertIdentityNumber(
          "1212" + invisible + "12-12" + invisible + "12", Label.PERSONAL_IDENTITY_NUMBER);
    }
    assertIdentityNumber("1\u200B9\u200B1\u200B2\u200B12121212", Label.PERSONAL_IDENTITY_NUMBER);
  }

  @Test
  void aNonBreakingSpaceIsASpace() {
    assertIdentityNumber("121212\u00A01212", Label.PERSONAL_IDENTITY_NUMBER);
    assertIdentityNumber("19121212\u202F1212", Label.PERSONAL_IDENTITY_NUMBER);
  }

  @Test
  void theRangeOfANormalisedNumberIsInTheOriginalText() {
    String text = "pnr ١٢١٢\u200B١٢\u2011١٢١٢ ok";
    Finding finding = guard.check(text).findings().get(0);
    assertThat(finding.start()).isEqualTo(4);
    assertThat(finding.end()).isEqualTo(text.indexOf(" ok"));
  }
}
