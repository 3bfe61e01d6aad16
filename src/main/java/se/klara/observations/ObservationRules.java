package se.klara.observations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.klara.privacy.Finding;
import se.klara.privacy.PrivacyGuard;
import se.klara.privacy.Verdict;

/**
 * The rules a submission must meet before anything is stored: a known place, a plausible time
 * window, known phenomena, plausible counts and a note that names no person.
 */
final class ObservationRules {
  static final Duration MAX_AGE = Duration.ofDays(7);
  static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
  static final int MAX_NOTE = 1000;
  static final String CONFIRM_NOTE = "observation.error.note.confirm";

  private ObservationRules() {}

  /** The verdict on the note together with the problems found. */
  record Outcome(List<FieldProblem> problems, Verdict noteVerdict) {}

  static Outcome check(
      ObservationDraft draft,
      boolean placeKnown,
      Set<String> vocabulary,
      Instant now,
      PrivacyGuard privacy,
      Set<String> fieldsAlreadyWrong) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!fieldsAlreadyWrong.contains("place")) {
      if (draft.place() == null || draft.place().isBlank()) {
        problems.add(FieldProblem.of("place", "observation.error.place.required"));
      } else if (!placeKnown) {
        problems.add(FieldProblem.of("place", "observation.error.place.unknown"));
      }
    }
    boolean fromOk = !fieldsAlreadyWrong.contains("from");
    boolean toOk = !fieldsAlreadyWrong.contains("to");
    if (fromOk && draft.from() == null) {
      problems.add(FieldProblem.of("from", "observation.error.from.required"));
      fromOk = false;
    }
    if (toOk && draft.to() == null) {
      problems.add(FieldProblem.of("to", "observation.error.to.required"));
      toOk = false;
    }
    if (fromOk && draft.from().isBefore(now.minus(MAX_AGE))) {
      problems.add(FieldProblem.of("from", "observation.error.from.too-old"));
    }
    if (toOk && draft.to().isAfter(now.plus(CLOCK_SKEW))) {
      problems.add(FieldProblem.of("to", "observation.error.to.future"));
    } else if (fromOk && toOk && draft.to().isBefore(draft.from())) {
      problems.add(FieldProblem.of("to", "observation.error.to.before-from"));
    }
    if (!fieldsAlreadyWrong.contains("phenomena")) {
      List<String> unknown =
          draft.phenomena().stream().filter(code -> !vocabulary.contains(code)).toList();
      if (!unknown.isEmpty()) {
        problems.add(FieldProblem.of("phenomena", "observation.error.phenomena.unknown"));
      }
    }
    Integer estimate = draft.estimatedCount();
    if (estimate != null && (estimate < 0 || estimate > GroupCounts.MAX)) {
      problems.add(FieldProblem.of("estimatedCount", "observation.error.count.range"));
    } else if (estimate != null
        && !fieldsAlreadyWrong.contains("counts")
        && draft.counts().total() > estimate) {
      problems.add(FieldProblem.of("counts", "observation.error.counts.exceed-total"));
    }
    Verdict verdict = Verdict.of(List.of());
    if (draft.note() != null && !fieldsAlreadyWrong.contains("note")) {
      if (draft.note().length() > MAX_NOTE) {
        problems.add(FieldProblem.of("note", "observation.error.note.too-long", MAX_NOTE));
      } else {
        verdict = privacy.check(draft.note());
        if (verdict.blocked()) {
          List<Finding.Label> blocking = verdict.blockingLabels();
          for (Finding.Label label : blocking) {
            problems.add(FieldProblem.of("note", "observation.privacy.blocked." + label.name()));
          }
        } else if (verdict.action() == Verdict.Action.WARN && !draft.noteConfirmed()) {
          problems.add(
              new FieldProblem(
                  "note", CONFIRM_NOTE, List.of(String.join(", ", labelKeys(verdict)))));
        }
      }
    }
    return new Outcome(problems, verdict);
  }

  static List<String> labelKeys(Verdict verdict) {
    return verdict.labels().stream().map(Enum::name).toList();
  }
}
