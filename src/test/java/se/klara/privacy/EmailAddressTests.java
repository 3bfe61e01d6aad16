package se.klara.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.klara.privacy.Finding.Label;
import se.klara.privacy.Verdict.Action;

class EmailAddressTests {
  private final PrivacyGuard guard = new PrivacyGuard();

  @Test
  void eMailAddressesAreBlocked() {
    for (String text :
        List.of(
            "kontakt@example.org",
            "skriv till fältgruppen.norrmalm@example.org i morgon",
            "a.b+tag@sub.example.se.",
            "<x_y@example.org>",
            "kontakt＠example.org",
            "åsa@exempel.se")) {
      Verdict verdict = guard.check(text);
      assertThat(verdict.action()).as(text).isEqualTo(Action.BLOCK);
      assertThat(verdict.labels()).as(text).containsExactly(Label.EMAIL);
    }
  }

  @Test
  void anAddressIsFoundWhereItIsAndANameInsideItAddsNothing() {
    String text = "Mejla Anna.Svensson@example.org";
    assertThat(guard.check(text).findings())
        .containsExactly(new Finding(Label.EMAIL, Action.BLOCK, 6, text.length()));
  }

  @Test
  void anAtSignAloneIsNoAddress() {
    for (String text : List.of("@polisen", "möte @ Plattan", "a@b", "x@localhost")) {
      assertThat(guard.check(text).labels()).as(text).doesNotContain(Label.EMAIL);
    }
  }
}
