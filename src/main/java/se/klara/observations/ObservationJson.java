package se.klara.observations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of the observation API (see docs/observations-api.md): reads a submission with a problem
 * per wrong field, writes an observation, and hashes a body in canonical form (keys sorted, no
 * white space) so that the same content always has the same hash.
 */
final class ObservationJson {
  static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private ObservationJson() {}

  /** A submission as read, with the problems of fields that could not be read. */
  record Read(ObservationDraft draft, List<FieldProblem> problems) {}

  static JsonNode parse(String body) {
    JsonNode node = JSON.readTree(body);
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return node;
  }

  static String hash(JsonNode node) {
    StringBuilder canonical = new StringBuilder();
    canonical(node, canonical);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void canonical(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        sorted.put(e.getKey(), e.getValue());
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        out.append(JSON.getNodeFactory().stringNode(e.getKey()).toString()).append(':');
        canonical(e.getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        canonical(node.get(i), out);
      }
      out.append(']');
    } else {
      out.append(node.toString());
    }
  }

  static Read read(JsonNode node) {
    List<FieldProblem> problems = new ArrayList<>();
    String place = string(node, "place", problems);
    Instant from = instant(node, "from", problems);
    Instant to = instant(node, "to", problems);
    List<String> phenomena = new ArrayList<>();
    JsonNode list = node.get("phenomena");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        problems.add(FieldProblem.of("phenomena", "observation.error.phenomena.unknown"));
      } else {
        for (JsonNode code : list) {
          if (code.isString()) {
            phenomena.add(code.stringValue());
          } else {
            problems.add(FieldProblem.of("phenomena", "observation.error.phenomena.unknown"));
            break;
          }
        }
      }
    }
    Intensity intensity = enumValue(node, "intensity", Intensity.class, problems);
    Integer estimate = count(node, "estimatedCount", problems, "estimatedCount");
    NewFaces newFaces = enumValue(node, "newFaces", NewFaces.class, problems);
    Map<Gender, Map<AgeBand, Integer>> cells = new EnumMap<>(Gender.class);
    JsonNode counts = node.get("counts");
    if (counts != null && !counts.isNull()) {
      if (!counts.isObject()) {
        problems.add(FieldProblem.of("counts", "observation.error.count.range"));
      } else {
        for (Gender gender : Gender.values()) {
          JsonNode row = counts.get(gender.key());
          if (row == null || row.isNull()) {
            continue;
          }
          for (AgeBand band : AgeBand.values()) {
            String field = "counts." + gender.key() + "." + band.key();
            Integer value = count(row, band.key(), problems, field);
            if (value != null && value >= 0 && value <= GroupCounts.MAX) {
              cells.computeIfAbsent(gender, g -> new EnumMap<>(AgeBand.class)).put(band, value);
            }
          }
        }
      }
    }
    String note = string(node, "note", problems);
    List<OriginCount> origins = origins(node.get("origins"), problems);
    JsonNode confirmed = node.get("noteConfirmed");
    boolean noteConfirmed = confirmed != null && confirmed.isBoolean() && confirmed.asBoolean();
    ObservationDraft draft =
        new ObservationDraft(
            place,
            from,
            to,
            phenomena,
            intensity,
            estimate,
            new GroupCounts(cells),
            newFaces,
            note,
            noteConfirmed,
            origins);
    // Counts problems are reported under "counts" too, so the total check is skipped.
    if (problems.stream().anyMatch(p -> p.field().startsWith("counts."))) {
      problems.add(FieldProblem.of("counts", "observation.error.count.range"));
    }
    return new Read(draft, problems);
  }

  /**
   * The origins of the people met: {@code [{"origin": "Solna", "count": 3}, …]}. An entry that
   * cannot be read is kept (as an empty origin or a zero count) so that the problems of the others
   * keep their index; its problem names the entry, e.g. {@code origins[1].count}.
   */
  private static List<OriginCount> origins(JsonNode list, List<FieldProblem> problems) {
    List<OriginCount> origins = new ArrayList<>();
    if (list == null || list.isNull()) {
      return origins;
    }
    if (!list.isArray()) {
      problems.add(FieldProblem.of("origins", "observation.error.origins.format"));
      return origins;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      String field = "origins[" + i + "]";
      if (!entry.isObject()) {
        problems.add(FieldProblem.of(field, "observation.error.origins.format"));
        origins.add(new OriginCount("", 0));
        continue;
      }
      JsonNode origin = entry.get("origin");
      String text = "";
      if (origin != null && !origin.isNull() && !origin.isString()) {
        problems.add(FieldProblem.of(field + ".origin", "observation.error.not-text"));
      } else if (origin != null && origin.isString()) {
        text = origin.stringValue();
      }
      JsonNode count = entry.get("count");
      int value = 0;
      if (count == null
          || !count.isIntegralNumber()
          || count.bigIntegerValue().abs().compareTo(java.math.BigInteger.valueOf(1_000_000)) > 0) {
        problems.add(FieldProblem.of(field + ".count", "observation.error.origin.count"));
      } else {
        value = count.intValue();
      }
      origins.add(new OriginCount(text, value));
    }
    return origins;
  }

  private static String string(JsonNode node, String field, List<FieldProblem> problems) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      problems.add(FieldProblem.of(field, "observation.error.not-text"));
      return null;
    }
    return value.stringValue();
  }

  private static Instant instant(JsonNode node, String field, List<FieldProblem> problems) {
    String text = string(node, field, problems);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.of(field, "observation.error.time.format"));
      return null;
    }
  }

  private static Integer count(
      JsonNode node, String name, List<FieldProblem> problems, String field) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()
        || value.bigIntegerValue().abs().compareTo(java.math.BigInteger.valueOf(1_000_000)) > 0) {
      problems.add(FieldProblem.of(field, "observation.error.count.range"));
      return null;
    }
    int count = value.intValue();
    if (count < 0 || count > GroupCounts.MAX) {
      problems.add(FieldProblem.of(field, "observation.error.count.range"));
      return null;
    }
    return count;
  }

  private static <E extends Enum<E>> E enumValue(
      JsonNode node, String field, Class<E> type, List<FieldProblem> problems) {
    String text = string(node, field, problems);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      problems.add(FieldProblem.of(field, "observation.error.choice"));
      return null;
    }
  }

  static ObjectNode write(Observation o) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", o.id());
    ObjectNode place = root.putObject("place");
    place.put("slug", o.placeSlug());
    place.put("name", o.placeName());
    root.put("from", o.from().toString());
    root.put("to", o.to().toString());
    ArrayNode phenomena = root.putArray("phenomena");
    o.phenomena().forEach(phenomena::add);
    root.put("intensity", o.intensity() == null ? null : o.intensity().name());
    if (o.estimatedCount() == null) {
      root.putNull("estimatedCount");
    } else {
      root.put("estimatedCount", o.estimatedCount());
    }
    ObjectNode counts = root.putObject("counts");
    for (Gender gender : Gender.values()) {
      ObjectNode row = counts.putObject(gender.key());
      for (AgeBand band : AgeBand.values()) {
        row.put(band.key(), o.counts().get(gender, band));
      }
    }
    ArrayNode origins = root.putArray("origins");
    for (OriginCount origin : o.origins()) {
      origins.addObject().put("origin", origin.origin()).put("count", origin.count());
    }
    root.put("newFaces", o.newFaces().name());
    root.put("note", o.note());
    root.put("organisation", o.organisationName());
    root.put("synthetic", o.synthetic());
    root.put("version", o.version());
    root.put("createdAt", o.createdAt().toString());
    root.put("updatedAt", o.updatedAt().toString());
    return root;
  }

  static String text(JsonNode node) {
    return JSON.writeValueAsString(node);
  }
}
