package se.klara.observations;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.shared.Actor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON API of observations (docs/observations-api.md). A submission needs an {@code
 * Idempotency-Key}; 201 is sent only after the observation and its key are committed. Errors are
 * RFC 9457 problem details with one entry per wrong field.
 */
@Controller
@ResponseBody
class ObservationApiController {
  static final String KEY_HEADER = "Idempotency-Key";
  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  private final AreaAccess areaAccess;
  private final Observations observations;
  private final IdempotencyKeys keys;
  private final MessageSource messages;

  ObservationApiController(
      AreaAccess areaAccess,
      Observations observations,
      IdempotencyKeys keys,
      MessageSource messages) {
    this.areaAccess = areaAccess;
    this.observations = observations;
    this.keys = keys;
    this.messages = messages;
  }

  @PostMapping("/api/v1/areas/{area}/observations")
  ResponseEntity<?> create(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestHeader(name = KEY_HEADER, required = false) String key,
      @RequestBody(required = false) String body,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    String path = "/api/v1/areas/" + area.slug() + "/observations";
    if (key == null || key.isBlank() || key.length() > 255) {
      return problem(
          HttpStatus.BAD_REQUEST,
          path,
          "observation.api.key-missing",
          List.of(FieldProblem.of(KEY_HEADER, "observation.api.key-missing")),
          locale);
    }
    JsonNode node;
    try {
      node = ObservationJson.parse(body == null ? "" : body);
    } catch (JacksonException | IllegalArgumentException e) {
      return problem(HttpStatus.BAD_REQUEST, path, "observation.api.not-json", List.of(), locale);
    }
    String hash = ObservationJson.hash(node);
    IdempotencyKeys.StoredResponse response;
    try {
      response =
          keys.submit(
              actor.userId(),
              key,
              hash,
              () -> {
                ObservationJson.Read read = ObservationJson.read(node);
                Observation o = observations.record(actor, area, read.draft(), read.problems());
                return new IdempotencyKeys.StoredResponse(
                    201,
                    path + "/" + o.id(),
                    ObservationJson.text(ObservationJson.write(o)),
                    false);
              });
    } catch (IdempotencyKeys.InProgress e) {
      return problem(HttpStatus.CONFLICT, path, "observation.api.in-progress", List.of(), locale);
    } catch (IdempotencyKeys.KeyReused e) {
      return problem(
          HttpStatus.UNPROCESSABLE_CONTENT, path, "observation.api.key-reused", List.of(), locale);
    } catch (ObservationRejected e) {
      return problem(HttpStatus.BAD_REQUEST, path, "observation.api.invalid", e.problems(), locale);
    }
    // The transaction has committed here: only now is the response sent.
    ResponseEntity.BodyBuilder builder =
        ResponseEntity.status(response.status()).contentType(MediaType.APPLICATION_JSON);
    if (response.location() != null) {
      builder.location(URI.create(response.location()));
    }
    if (response.replayed()) {
      builder.header("Idempotent-Replayed", "true");
    }
    return builder.body(response.body());
  }

  @GetMapping("/api/v1/areas/{area}/observations")
  ResponseEntity<String> list(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "before", required = false) Long before,
      @RequestParam(name = "limit", defaultValue = "50") int limit) {
    Area area = areaAccess.require(actor, slug);
    List<Observation> page = observations.visible(actor, area, before, limit);
    ObjectNode root = ObservationJson.JSON.createObjectNode();
    ArrayNode items = root.putArray("observations");
    page.forEach(o -> items.add(ObservationJson.write(o)));
    int bounded = Math.max(1, Math.min(Observations.MAX_LIMIT, limit));
    if (page.size() == bounded) {
      root.put(
          "next",
          "/api/v1/areas/"
              + area.slug()
              + "/observations?before="
              + page.get(page.size() - 1).id()
              + "&limit="
              + bounded);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(ObservationJson.text(root));
  }

  private ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String path, String titleKey, List<FieldProblem> fields, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(messages.getMessage(titleKey, null, locale));
    problem.setInstance(URI.create(path));
    if (!fields.isEmpty()) {
      problem.setDetail(messages.getMessage("observation.api.invalid.detail", null, locale));
      problem.setProperty(
          "errors",
          fields.stream()
              .map(
                  f ->
                      new FieldError(
                          f.field(), f.messageKey(), ObservationMessages.text(messages, f, locale)))
              .toList());
    }
    se.klara.shared.RequestId.current().ifPresent(id -> problem.setProperty("requestId", id));
    return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
  }

  /** One wrong field in a problem detail. */
  record FieldError(String field, String code, String message) {}
}
