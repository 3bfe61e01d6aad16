package se.klara.situation;

import java.util.List;

/**
 * A briefing that cannot be saved as it is: each problem names the section (form field) and a
 * message key; the text itself is never repeated.
 */
public class BriefingProblem extends RuntimeException {
  /** One thing wrong with one section. */
  public record Problem(String field, String messageKey, List<String> arguments) {}

  private final List<Problem> problems;

  BriefingProblem(List<Problem> problems) {
    super("briefing refused: " + problems.stream().map(Problem::messageKey).toList());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
