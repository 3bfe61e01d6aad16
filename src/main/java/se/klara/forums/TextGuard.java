package se.klara.forums;

import org.springframework.stereotype.Component;
import se.klara.privacy.Finding;
import se.klara.privacy.PrivacyGuard;
import se.klara.privacy.Verdict;
import se.klara.shared.InputException;

/**
 * Free text of forums (minutes, decisions, questions, answers) passes the privacy guard: identity
 * numbers, mobile numbers and e-mail addresses are refused; a possible name needs the writer's
 * confirmation. Returns whether the writer confirmed a warning (the caller audits it).
 */
@Component
class TextGuard {
  private final PrivacyGuard privacy;

  TextGuard(PrivacyGuard privacy) {
    this.privacy = privacy;
  }

  boolean check(String field, String text, boolean confirmed) {
    if (text == null || text.isBlank()) {
      return false;
    }
    Verdict verdict = privacy.check(text);
    if (verdict.blocked()) {
      Finding.Label label =
          verdict.blockingLabels().stream().findFirst().orElse(Finding.Label.DETECTOR_FAILED);
      throw new InputException(field, "privacy.blocked." + label.name(), field);
    }
    if (verdict.action() == Verdict.Action.WARN) {
      if (!confirmed) {
        throw new InputException(field, "forums.privacy.confirm");
      }
      return true;
    }
    return false;
  }
}
