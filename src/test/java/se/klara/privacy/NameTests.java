package se.klara.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.klara.privacy.Finding.Label;
import se.klara.privacy.Verdict.Action;

class NameTests {
  private final PrivacyGuard guard = new PrivacyGuard();

  @Test
  void aCapitalisedFirstNameWarns() {
    for (String text :
        List.of(
            "Ahmed stod vid trappan",
            "en kille, Anna-Karin sa att",
            "såg ANNA vid fontänen",
            "Pratade med Märta och",
            "Pratade med Ma\u0308rta och",
            "Oskar (ca 16 år)",
            "Eva och Per",
            "pratade med Max")) {
      Verdict verdict = guard.check(text);
      assertThat(verdict.action()).as(text).isEqualTo(Action.WARN);
      assertThat(verdict.labels()).as(text).containsExactly(Label.FIRST_NAME);
    }
  }

  @Test
  void theWarningPointsAtTheName() {
    assertThat(guard.check("Vi mötte Ali vid Plattan").findings())
        .containsExactly(new Finding(Label.FIRST_NAME, Action.WARN, 9, 12));
  }

  @Test
  void aFirstNameInLowerCaseOrInsideAWordIsNoName() {
    for (String text :
        List.of(
            "inga ungdomar på plats",
            "Inga ungdomar på plats",
            "vi bor per timme",
            "Elinsborg",
            "Klara kyrkogård",
            "Klarabergsgatan",
            "maja",
            "Per timme 3 st",
            "Max 5 personer",
            "Ca 10 st. Bo kvar?",
            "- Stig på")) {
      assertThat(guard.check(text).action()).as(text).isEqualTo(Action.ALLOW);
    }
  }

  @Test
  void aNameInAStreetOrPlaceNameIsNoPerson() {
    for (String text :
        List.of(
            "Nils Ferlins torg",
            "vid Olof Palmes gata",
            "Gustav Adolfs torg",
            "Maria Magdalena kyrka",
            "Sankta Clara kyrka",
            "S:ta Clara kyrka")) {
      assertThat(guard.check(text).action()).as(text).isEqualTo(Action.ALLOW);
    }
  }

  @Test
  void wordsThatIntroduceANameWarnInAnyCase() {
    for (String text :
        List.of(
            "en kille som heter något med M",
            "hon hette tidigare",
            "Kallas för \"Lillen\"",
            "han kallad Snobben",
            "en som kallar sig X",
            "alias X")) {
      Verdict verdict = guard.check(text);
      assertThat(verdict.action()).as(text).isEqualTo(Action.WARN);
      assertThat(verdict.labels()).as(text).containsExactly(Label.NAMING_WORD);
    }
  }

  @Test
  void callingWithoutNamingIsNoNamingWord() {
    for (String text : List.of("den så kallade plattan", "kallade på väktare", "vi kallar in")) {
      assertThat(guard.check(text).action()).as(text).isEqualTo(Action.ALLOW);
    }
  }

  @Test
  void theNameListHasAFewHundredNames() {
    assertThat(Names.fromClasspath().size()).isBetween(300, 2000);
  }
}
