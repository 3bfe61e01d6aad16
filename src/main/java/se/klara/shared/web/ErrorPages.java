package se.klara.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import se.klara.shared.RequestId;

/**
 * Renders every error once, at the web edge: a translated page for browsers and RFC 9457 problem
 * details for everyone else. Exception text never reaches the user; the request id lets operators
 * find the log entry.
 */
@Controller
class ErrorPages implements ErrorController {
  /** Statuses with their own explanation; other 4xx read as 400, other 5xx as 500. */
  private static final java.util.Set<Integer> KNOWN =
      java.util.Set.of(400, 401, 403, 404, 405, 500);

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request) {
    HttpStatus status = statusOf(request);
    int shown =
        KNOWN.contains(status.value()) ? status.value() : status.is4xxClientError() ? 400 : 500;
    return new ModelAndView(
        "error/page", Map.of("status", shown, "requestId", requestId(request)), status);
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = statusOf(request);
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(status.getReasonPhrase());
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path != null) {
      problem.setInstance(URI.create(path.toString()));
    }
    problem.setProperty("requestId", requestId(request));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static HttpStatus statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer value) {
      HttpStatus status = HttpStatus.resolve(value);
      if (status != null && status.isError()) {
        return status;
      }
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  private static String requestId(HttpServletRequest request) {
    return RequestId.current().orElse("-");
  }
}
