package se.klara.places;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of places and checks all of it before anything is stored: each
 * problem names the feature index and a message key.
 */
@Component
class PlaceImport {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private final Places places;
  private final PlaceNameGuard guard;

  PlaceImport(Places places, PlaceNameGuard guard) {
    this.places = places;
    this.guard = guard;
  }

  /**
   * A problem at a feature ({@code index} -1 for the file as a whole); {@code field} names the
   * property it was found in when the message needs it (privacy refusals), else null.
   */
  record Problem(int index, String messageKey, String field) {
    Problem(int index, String messageKey) {
      this(index, messageKey, null);
    }
  }

  /** The result of checking a file: the drafts to store when there are no problems. */
  record Outcome(List<PlaceDraft> drafts, List<Problem> problems, List<Problem> warnings) {}

  Outcome check(long areaId, byte[] file) {
    List<Problem> problems = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    List<PlaceDraft> drafts = new ArrayList<>();
    JsonNode root;
    try {
      root = JSON.readTree(file);
    } catch (JacksonException e) {
      return new Outcome(
          List.of(), List.of(new Problem(-1, "places.import.error.json")), List.of());
    }
    if (root == null
        || !root.isObject()
        || !"FeatureCollection".equals(root.path("type").asString(""))
        || !root.path("features").isArray()) {
      return new Outcome(
          List.of(), List.of(new Problem(-1, "places.import.error.collection")), List.of());
    }
    Map<String, Long> organisations = new HashMap<>();
    places.organisationChoices().forEach(o -> organisations.put(o.slug(), o.id()));
    Map<String, String> parents = new HashMap<>();
    Map<Long, String> existingSlugs = new HashMap<>();
    places.inArea(areaId).forEach(p -> existingSlugs.put(p.id(), p.slug()));
    places
        .inArea(areaId)
        .forEach(
            p ->
                parents.put(
                    p.slug(), p.parentId() == null ? null : existingSlugs.get(p.parentId())));
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (JsonNode feature : root.get("features")) {
      int i = index++;
      int before = problems.size();
      JsonNode props = feature.path("properties");
      String name = props.path("name").asString("").trim();
      if (name.isEmpty() || name.length() > 200) {
        problems.add(new Problem(i, "places.import.error.name"));
      } else {
        guard.refusal(name).ifPresent(key -> problems.add(new Problem(i, key, "properties.name")));
      }
      String slug = props.path("slug").asString("").trim();
      if (!SLUG.matcher(slug).matches() || slug.length() > 100) {
        problems.add(new Problem(i, "places.import.error.slug"));
      } else if (!seen.add(slug)) {
        problems.add(new Problem(i, "places.import.error.duplicate-slug"));
      }
      JsonNode parentNode = props.path("parent");
      String parent = parentNode.isString() ? parentNode.asString() : null;
      List<String> aliases = new ArrayList<>();
      for (JsonNode alias : props.path("aliases")) {
        if (alias.isString() && !alias.asString().isBlank()) {
          aliases.add(alias.asString().trim());
        }
      }
      aliases.stream()
          .map(guard::refusal)
          .flatMap(java.util.Optional::stream)
          .findFirst()
          .ifPresent(key -> problems.add(new Problem(i, key, "properties.aliases")));
      Map<Asset, Long> owners = new EnumMap<>(Asset.class);
      for (JsonNode owner : props.path("owners")) {
        Asset asset;
        try {
          asset = Asset.valueOf(owner.path("asset").asString(""));
        } catch (IllegalArgumentException e) {
          problems.add(new Problem(i, "places.import.error.asset"));
          continue;
        }
        Long organisation = organisations.get(owner.path("organisation").asString(""));
        if (organisation == null) {
          problems.add(new Problem(i, "places.import.error.organisation"));
        } else {
          owners.put(asset, organisation);
        }
      }
      Double latitude = null;
      Double longitude = null;
      String geometry = null;
      JsonNode geo = feature.path("geometry");
      if (!geo.isMissingNode() && !geo.isNull()) {
        String type = geo.path("type").asString("");
        List<double[]> positions = new ArrayList<>();
        boolean shaped =
            switch (type) {
              case "Point" -> position(geo.path("coordinates"), positions);
              case "Polygon" -> polygon(geo.path("coordinates"), positions);
              case "MultiPolygon" -> {
                boolean ok =
                    geo.path("coordinates").isArray() && !geo.path("coordinates").isEmpty();
                for (JsonNode poly : geo.path("coordinates")) {
                  ok &= polygon(poly, positions);
                }
                yield ok;
              }
              default -> {
                problems.add(new Problem(i, "places.import.error.geometry-type"));
                yield true;
              }
            };
        if (!shaped) {
          problems.add(new Problem(i, "places.import.error.coordinates"));
        } else if (!positions.isEmpty()) {
          if (positions.stream().anyMatch(p -> Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)) {
            problems.add(new Problem(i, "places.import.error.range"));
          } else if (positions.stream().anyMatch(p -> !inSweden(p[0], p[1]))) {
            warnings.add(
                new Problem(
                    i,
                    positions.stream().allMatch(p -> inSweden(p[1], p[0]))
                        ? "places.import.warning.swapped"
                        : "places.import.warning.outside"));
          }
          longitude = positions.stream().mapToDouble(p -> p[0]).average().orElseThrow();
          latitude = positions.stream().mapToDouble(p -> p[1]).average().orElseThrow();
          if (!"Point".equals(type)) {
            geometry = JSON.writeValueAsString(geo);
          }
        }
      }
      if (problems.size() == before) {
        parents.put(slug, parent);
        drafts.add(
            new PlaceDraft(slug, name, parent, aliases, latitude, longitude, geometry, owners));
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      PlaceDraft draft = drafts.get(i);
      if (draft.parentSlug() == null) {
        continue;
      }
      int at = indexOf(root, draft.slug());
      if (!parents.containsKey(draft.parentSlug())) {
        problems.add(new Problem(at, "places.import.error.parent"));
        continue;
      }
      String up = draft.parentSlug();
      for (int depth = 0; up != null && depth < 1000; depth++) {
        if (up.equals(draft.slug())) {
          problems.add(new Problem(at, "places.import.error.parent-cycle"));
          break;
        }
        up = parents.get(up);
      }
    }
    problems.sort(java.util.Comparator.comparingInt(Problem::index));
    return new Outcome(problems.isEmpty() ? drafts : List.of(), problems, warnings);
  }

  private static int indexOf(JsonNode root, String slug) {
    int i = 0;
    for (JsonNode feature : root.get("features")) {
      if (slug.equals(feature.path("properties").path("slug").asString(""))) {
        return i;
      }
      i++;
    }
    return -1;
  }

  private static boolean inSweden(double lon, double lat) {
    return lon >= 10.5 && lon <= 24.2 && lat >= 55.0 && lat <= 69.1;
  }

  private static boolean position(JsonNode node, List<double[]> into) {
    if (!node.isArray() || node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
      return false;
    }
    into.add(new double[] {node.get(0).asDouble(), node.get(1).asDouble()});
    return true;
  }

  private static boolean polygon(JsonNode rings, List<double[]> into) {
    if (!rings.isArray() || rings.isEmpty()) {
      return false;
    }
    boolean outer = true;
    for (JsonNode ring : rings) {
      if (!ring.isArray() || ring.size() < 4) {
        return false;
      }
      List<double[]> points = new ArrayList<>();
      for (JsonNode p : ring) {
        if (!position(p, points)) {
          return false;
        }
      }
      double[] first = points.get(0);
      double[] last = points.get(points.size() - 1);
      if (first[0] != last[0] || first[1] != last[1]) {
        return false;
      }
      if (outer) {
        into.addAll(points.subList(0, points.size() - 1));
        outer = false;
      }
    }
    return true;
  }
}
