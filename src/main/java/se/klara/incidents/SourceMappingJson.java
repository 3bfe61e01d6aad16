package se.klara.incidents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link SourceMapping} (docs/data-formats.md), as stored and as the CLI takes
 * it.
 */
public final class SourceMappingJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SourceMappingJson() {}

  /** Reads a mapping; a malformed document or value is an {@link IncidentException}. */
  public static SourceMapping read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new IncidentException("mapping", "incidents.mapping.error.json");
    }
    if (root == null || !root.isObject()) {
      throw new IncidentException("mapping", "incidents.mapping.error.json");
    }
    JsonNode columns = root.path("columns");
    SourceKind kind;
    try {
      kind = text(root, "kind") == null ? null : SourceKind.valueOf(text(root, "kind"));
    } catch (IllegalArgumentException e) {
      throw new IncidentException("kind", "incidents.mapping.error.kind");
    }
    Map<String, String> categories = new LinkedHashMap<>();
    JsonNode map = root.path("categories");
    if (!map.isMissingNode() && !map.isNull()) {
      if (!map.isObject()) {
        throw new IncidentException("categories", "incidents.mapping.error.json");
      }
      for (Map.Entry<String, JsonNode> entry : map.properties()) {
        if (!entry.getValue().isString()) {
          throw new IncidentException("categories", "incidents.mapping.error.category-entry");
        }
        categories.put(entry.getKey(), entry.getValue().asString());
      }
    }
    return new SourceMapping(
        kind,
        text(columns, "time"),
        text(columns, "priority"),
        text(columns, "category"),
        text(columns, "place"),
        text(columns, "latitude"),
        text(columns, "longitude"),
        text(root, "timeFormat"),
        categories,
        text(root, "defaultCategory"));
  }

  public static String write(SourceMapping mapping) {
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", mapping.kind().name());
    ObjectNode columns = root.putObject("columns");
    put(columns, "time", mapping.timeColumn());
    put(columns, "priority", mapping.priorityColumn());
    put(columns, "category", mapping.categoryColumn());
    put(columns, "place", mapping.placeColumn());
    put(columns, "latitude", mapping.latitudeColumn());
    put(columns, "longitude", mapping.longitudeColumn());
    put(root, "timeFormat", mapping.timeFormat());
    ObjectNode categories = root.putObject("categories");
    new TreeMap<>(mapping.categories()).forEach(categories::put);
    put(root, "defaultCategory", mapping.defaultCategory());
    return JSON.writeValueAsString(root);
  }

  private static void put(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw new IncidentException(name, "incidents.mapping.error.json");
    }
    return value.asString();
  }
}
