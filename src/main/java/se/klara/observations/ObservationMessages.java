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
    if (problem.messageKey().equals(ObservationRules.CONFIRM_NOTE) && arguments.length == 1) {
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
}
