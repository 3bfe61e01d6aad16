package se.klara.observations;

import java.util.List;

/** A submission that breaks a rule, with every field that is wrong; nothing was stored. */
public class ObservationRejected extends RuntimeException {
  private final transient List<FieldProblem> problems;

  public ObservationRejected(List<FieldProblem> problems) {
    super("rejected: " + problems.stream().map(FieldProblem::field).toList());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** Whether the only thing missing is the confirmation that the note names no person. */
  public boolean needsNoteConfirmation() {
    return problems.stream().anyMatch(p -> p.messageKey().equals(ObservationRules.CONFIRM_NOTE));
  }
}
