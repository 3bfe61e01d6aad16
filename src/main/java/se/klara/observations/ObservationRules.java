package se.klara.observations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.klara.privacy.Finding;
import se.klara.privacy.PrivacyGuard;
import se.klara.privacy.Verdict;

/**
 * The rules a submission must meet before anything is stored: a known place, a plausible time
 * window, known phenomena, plausible counts, a note that names no person, and origins of the people
 * met that are place names with counts adding up to no more than the people counted.
 */
final class ObservationRules {
  static final Duration MAX_AGE = Duration.ofDays(7);
  static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
  static final int MAX_NOTE = 1000;
  static final String CONFIRM_NOTE = "observation.error.note.confirm";
  static final String ORIGIN_PERSONAL_DATA = "observation.error.origin.personal-data";
  static final int MAX_ORIGINS = 50;

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
    checkOrigins(draft, privacy, fieldsAlreadyWrong, problems);
    return new Outcome(problems, verdict);
  }

  /**
   * Each origin: a text of at most {@value OriginCount#MAX_LENGTH} characters that the privacy
   * guard lets through (an origin has no confirmation box: a warning, such as a first name, refuses
   * a text that is not a suggested place name), a count between 1 and {@link GroupCounts#MAX}, each
   * origin once; together no more than the people the observation counted, if it counted any.
   */
  private static void checkOrigins(
      ObservationDraft draft,
      PrivacyGuard privacy,
      Set<String> fieldsAlreadyWrong,
      List<FieldProblem> problems) {
    List<OriginCount> origins = draft.origins();
    if (fieldsAlreadyWrong.contains("origins")) {
      return;
    }
    if (origins.size() > MAX_ORIGINS) {
      problems.add(FieldProblem.of("origins", "observation.error.origins.too-many", MAX_ORIGINS));
      return;
    }
    Set<String> seen = new HashSet<>();
    boolean countsOk = true;
    int sum = 0;
    for (int i = 0; i < origins.size(); i++) {
      OriginCount origin = origins.get(i);
      String field = "origins[" + i + "].";
      if (fieldsAlreadyWrong.contains("origins[" + i + "]")) {
        countsOk = false;
        continue;
      }
      if (!fieldsAlreadyWrong.contains(field + "origin")) {
        FieldProblem problem = originProblem(origin.origin(), privacy, seen);
        if (problem != null) {
          problems.add(
              new FieldProblem(field + "origin", problem.messageKey(), problem.arguments()));
        }
      }
      if (fieldsAlreadyWrong.contains(field + "count")) {
        countsOk = false;
      } else if (origin.count() < 1 || origin.count() > GroupCounts.MAX) {
        problems.add(FieldProblem.of(field + "count", "observation.error.origin.count"));
        countsOk = false;
      } else {
        sum += origin.count();
      }
    }
    Integer people = peopleCounted(draft);
    if (countsOk && people != null && sum > people) {
      problems.add(
          FieldProblem.of("origins", "observation.error.origins.exceed-people", sum, people));
    }
  }

  private static FieldProblem originProblem(String text, PrivacyGuard privacy, Set<String> seen) {
    if (text == null || text.isEmpty()) {
      return FieldProblem.of("", "observation.error.origin.required");
    }
    if (text.length() > OriginCount.MAX_LENGTH) {
      return FieldProblem.of("", "observation.error.origin.too-long", OriginCount.MAX_LENGTH);
    }
    if (!OriginNames.suggested(text)) {
      Verdict verdict = privacy.check(text);
      if (verdict.action() != Verdict.Action.ALLOW) {
        return new FieldProblem(
            "", ORIGIN_PERSONAL_DATA, List.of(String.join(", ", labelKeys(verdict))));
      }
    }
    if (!seen.add(OriginNames.key(text))) {
      return FieldProblem.of("", "observation.error.origin.duplicate");
    }
    return null;
  }

  /**
   * How many people the observation counted: its estimated total if it has one, otherwise the sum
   * of its counts by gender and age if that is not zero; null if it counted nobody.
   */
  static Integer peopleCounted(ObservationDraft draft) {
    if (draft.estimatedCount() != null) {
      return draft.estimatedCount();
    }
    int total = draft.counts().total();
    return total > 0 ? total : null;
  }

  static List<String> labelKeys(Verdict verdict) {
    return verdict.labels().stream().map(Enum::name).toList();
  }
}
