package se.klara.observations;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/** Resolves a field problem in the user's language; privacy labels are named, never values. */
final class ObservationMessages {
  private ObservationMessages() {}

  static String text(MessageSource messages, FieldProblem problem, Locale locale) {
    Object[] arguments = problem.arguments().toArray();
    boolean labels =
        problem.messageKey().equals(ObservationRules.CONFIRM_NOTE)
            || problem.messageKey().equals(ObservationRules.ORIGIN_PERSONAL_DATA);
    if (labels && arguments.length == 1) {
      arguments =
          new Object[] {
            Arrays.stream(arguments[0].toString().split(", "))
                .map(
                    label ->
                        messages.getMessage("observation.privacy.label." + label, null, locale))
                .collect(Collectors.joining(", "))
          };
    }
    return messages.getMessage(problem.messageKey(), arguments, locale);
  }

  /**
   * Where the form shows a problem: all counts under {@code counts}, the origin and count of one
   * origin row under {@code origins[<row>]}, every other field under its own name.
   */
  static String formField(String field) {
    if (field.startsWith("counts")) {
      return "counts";
    }
    return field.replaceFirst("^(origins\\[\\d+])\\..*$", "$1");
  }
}
