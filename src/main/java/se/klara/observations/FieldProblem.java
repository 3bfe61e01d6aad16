package se.klara.observations;

import java.util.List;

/**
 * Why one field of a submission cannot be accepted: a message key the web edge resolves in the
 * user's language, its arguments, and (for the privacy guard) the labels of what was found, never
 * the value.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {
  public FieldProblem {
    arguments = List.copyOf(arguments);
  }

  static FieldProblem of(String field, String messageKey, Object... arguments) {
    return new FieldProblem(field, messageKey, List.of(arguments));
  }
}
