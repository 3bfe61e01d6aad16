package se.klara.actions;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.shared.Actor;
import se.klara.shared.RequestId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Klara's own JSON API for an action item: read it, and apply a verb (a JSON object with verb,
 * version, note, owner and ownerFunction; see docs/action-plan.md). Refusals are RFC 9457 problem
 * details with the field and, for a stale version, the current version and status.
 */
@RestController
class ActionApiController {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AreaAccess areaAccess;
  private final ActionPlan plan;
  private final MessageSource messages;

  ActionApiController(AreaAccess areaAccess, ActionPlan plan, MessageSource messages) {
    this.areaAccess = areaAccess;
    this.plan = plan;
    this.messages = messages;
  }

  @GetMapping(
      value = "/api/v1/areas/{area}/actions/{id}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> get(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id) {
    Area area = areaAccess.require(actor, slug);
    return json(plan.get(actor, area, id));
  }

  @PostMapping("/api/v1/areas/{area}/actions/{id}/transitions")
  ResponseEntity<?> transition(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestBody(required = false) String body,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    String path = "/api/v1/areas/" + area.slug() + "/actions/" + id + "/transitions";
    plan.get(actor, area, id);
    JsonNode node;
    try {
      node = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (JacksonException e) {
      return problem(ActionRefused.input("body", "actions.api.not-json"), path, null, locale);
    }
    try {
      Verb verb =
          Verb.fromKey(text(node, "verb"))
              .orElseThrow(() -> ActionRefused.input("verb", "actions.error.verb"));
      JsonNode version = node.get("version");
      if (version == null || !version.isIntegralNumber()) {
        throw ActionRefused.input("version", "actions.error.version");
      }
      JsonNode owner = node.get("owner");
      ActionItem after =
          plan.decide(
              actor,
              area,
              id,
              version.asInt(),
              verb,
              new Decision(
                  text(node, "note"),
                  owner != null && owner.isIntegralNumber() ? owner.asLong() : null,
                  text(node, "ownerFunction")));
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(after));
    } catch (ActionRefused e) {
      ActionItem current =
          e.reason() == ActionRefused.Reason.STALE ? plan.get(actor, area, id) : null;
      return problem(e, path, current, locale);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private ResponseEntity<ProblemDetail> problem(
      ActionRefused e, String path, ActionItem current, Locale locale) {
    HttpStatus status = HttpStatus.valueOf(e.reason().httpStatus());
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create("urn:klara:actions:" + e.reason().name().toLowerCase(Locale.ROOT)));
    problem.setTitle(messages.getMessage("actions.api.refused." + e.reason().name(), null, locale));
    problem.setDetail(ActionMessages.text(messages, e, locale));
    problem.setInstance(URI.create(path));
    problem.setProperty("field", e.field());
    if (current != null) {
      problem.setProperty("currentVersion", current.version());
      problem.setProperty("currentStatus", current.status().name());
    }
    RequestId.current().ifPresent(id -> problem.setProperty("requestId", id));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  static Map<String, Object> json(ActionItem i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("title", i.title());
    m.put("kind", i.kind().name());
    m.put("category", i.category().code());
    m.put("place", i.placeName());
    m.put("owner", i.ownerOrgName());
    m.put("ownerFunction", i.ownerFunction());
    m.put("status", i.status().name());
    m.put("priority", i.priority().name());
    m.put("dueDate", i.dueDate() == null ? null : i.dueDate().toString());
    m.put("raisedAt", Open311Controller.iso(i.raisedAt()));
    m.put("closedAt", i.closedAt() == null ? null : Open311Controller.iso(i.closedAt()));
    m.put("outcome", i.outcome());
    m.put("version", i.version());
    return m;
  }
}
