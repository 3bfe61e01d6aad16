package se.klara.analysis;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Input an analysis refuses, when a handler lets it through (the JSON API and the CSV export; the
 * pages catch it to show it above their form): a 400 problem detail with the field, the message key
 * and the message in the reader's language.
 */
@RestControllerAdvice(assignableTypes = {AnalysisController.class, OriginsController.class})
class AnalysisApiProblems {
  private final MessageSource messages;

  AnalysisApiProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(AnalysisInputException.class)
  ResponseEntity<ProblemDetail> refused(AnalysisInputException e, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(messages.getMessage("analysis.api.invalid", null, locale));
    problem.setDetail(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
    problem.setProperty("field", e.field());
    problem.setProperty("key", e.messageKey());
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
