package se.klara.privacy;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the {@link PrivacyGuard} found in one text: the most severe action of its findings, and the
 * findings in the order they occur. Holds no part of the text.
 */
public record Verdict(Action action, List<Finding> findings) {

  /** What to do with a text: store it, ask the user to confirm, or refuse it. */
  public enum Action {
    ALLOW,
    WARN,
    BLOCK;

    Action atLeast(Action other) {
      return compareTo(other) >= 0 ? this : other;
    }
  }

  public Verdict {
    Objects.requireNonNull(action, "action");
    findings = List.copyOf(findings);
    Action mostSevere =
        findings.stream().map(Finding::action).reduce(Action.ALLOW, Action::atLeast);
    if (mostSevere != action) {
      throw new IllegalArgumentException(
          "The action of a verdict is its most severe finding's: " + mostSevere);
    }
  }

  /** The verdict of these findings: the most severe finding wins; no findings allow the text. */
  public static Verdict of(List<Finding> findings) {
    List<Finding> ordered =
        findings.stream()
            .sorted(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end))
            .toList();
    return new Verdict(
        ordered.stream().map(Finding::action).reduce(Action.ALLOW, Action::atLeast), ordered);
  }

  /** The labels found, each once, in the order they first occur in the text. */
  public List<Finding.Label> labels() {
    return findings.stream().map(Finding::label).distinct().toList();
  }

  /** The labels of the findings that block the text, each once, in the order they occur. */
  public List<Finding.Label> blockingLabels() {
    return findings.stream()
        .filter(f -> f.action() == Action.BLOCK)
        .map(Finding::label)
        .distinct()
        .toList();
  }

  public boolean allowed() {
    return action == Action.ALLOW;
  }

  public boolean blocked() {
    return action == Action.BLOCK;
  }
}
