package se.klara.places;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.klara.privacy.Finding;
import se.klara.privacy.PrivacyGuard;
import se.klara.privacy.Verdict;

/**
 * Place names and aliases pass the {@link PrivacyGuard} before they are stored, from the form and
 * from GeoJSON imports. Only what blocks is refused: first names warn and are allowed, since many
 * places are named after persons (Nils Ferlins torg).
 */
@Component
class PlaceNameGuard {
  private final PrivacyGuard privacy;

  PlaceNameGuard(PrivacyGuard privacy) {
    this.privacy = privacy;
  }

  /** The message key of what blocks the text (never the text itself), if anything does. */
  Optional<String> refusal(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Verdict verdict = privacy.check(text);
    if (!verdict.blocked()) {
      return Optional.empty();
    }
    Finding.Label label =
        verdict.blockingLabels().stream().findFirst().orElse(Finding.Label.DETECTOR_FAILED);
    return Optional.of("places.privacy.blocked." + label.name());
  }
}
