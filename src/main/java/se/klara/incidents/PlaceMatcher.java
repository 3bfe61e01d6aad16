package se.klara.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.klara.places.Place;
import se.klara.places.Places;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the named place of an incident: by name, slug or alias (case-insensitive, trimmed), or by
 * coordinates: inside a place's outline (the smallest one when outlines nest) unless a place marked
 * only by a point inside that outline is within {@link #INSIDE_METRES} (Plattan within the outline
 * of Sergels torg), else the nearest place point within {@link #NEAREST_METRES}, else none (the
 * incident counts for the area only).
 */
final class PlaceMatcher {
  static final double NEAREST_METRES = 150;

  /** A point-only place this close to an incident inside an outline is the more exact match. */
  static final double INSIDE_METRES = 40;

  private static final double EARTH_RADIUS = 6_371_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, Long> byName;
  private final List<Outline> outlines;
  private final List<Point> points;

  /** An outline: polygons, each an outer ring followed by holes; rings as [lon, lat] pairs. */
  private record Outline(long placeId, List<List<double[][]>> polygons, double area) {
    boolean contains(double latitude, double longitude) {
      for (List<double[][]> polygon : polygons) {
        if (inside(polygon.get(0), longitude, latitude)
            && polygon.stream().skip(1).noneMatch(hole -> inside(hole, longitude, latitude))) {
          return true;
        }
      }
      return false;
    }
  }

  private record Point(long placeId, double latitude, double longitude, boolean pointOnly) {}

  PlaceMatcher(Map<String, Long> byName, List<Outline> outlines, List<Point> points) {
    this.byName = byName;
    this.outlines = outlines;
    this.points = points;
  }

  static PlaceMatcher of(Places places, long areaId) {
    Map<String, Long> byName = new HashMap<>();
    List<Outline> outlines = new ArrayList<>();
    List<Point> points = new ArrayList<>();
    for (Place place : places.inArea(areaId)) {
      byName.putIfAbsent(key(place.name()), place.id());
      byName.putIfAbsent(key(place.slug()), place.id());
      for (String alias : places.aliasesOf(place.id())) {
        byName.putIfAbsent(key(alias), place.id());
      }
      var geometry = places.geometryOf(place.id());
      geometry.ifPresent(g -> outlines.add(outline(place.id(), g)));
      if (place.latitude() != null && place.longitude() != null) {
        points.add(new Point(place.id(), place.latitude(), place.longitude(), geometry.isEmpty()));
      }
    }
    outlines.sort((a, b) -> Double.compare(a.area(), b.area()));
    return new PlaceMatcher(byName, outlines, points);
  }

  Long byName(String name) {
    return name == null || name.isBlank() ? null : byName.get(key(name));
  }

  Long byCoordinates(double latitude, double longitude) {
    for (Outline outline : outlines) {
      if (outline.contains(latitude, longitude)) {
        Long within = null;
        double best = INSIDE_METRES;
        for (Point point : points) {
          if (point.pointOnly() && outline.contains(point.latitude(), point.longitude())) {
            double metres = metres(latitude, longitude, point.latitude(), point.longitude());
            if (metres <= best) {
              best = metres;
              within = point.placeId();
            }
          }
        }
        return within != null ? within : outline.placeId();
      }
    }
    Long nearest = null;
    double best = NEAREST_METRES;
    for (Point point : points) {
      double metres = metres(latitude, longitude, point.latitude(), point.longitude());
      if (metres <= best) {
        best = metres;
        nearest = point.placeId();
      }
    }
    return nearest;
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /** Equirectangular distance: exact enough within a few hundred metres. */
  static double metres(double lat1, double lon1, double lat2, double lon2) {
    double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    double y = Math.toRadians(lat2 - lat1);
    return Math.sqrt(x * x + y * y) * EARTH_RADIUS;
  }

  /** Ray casting on [lon, lat] rings. */
  private static boolean inside(double[][] ring, double x, double y) {
    boolean inside = false;
    for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside;
  }

  private static Outline outline(long placeId, String geoJson) {
    JsonNode geometry = JSON.readTree(geoJson);
    List<List<double[][]>> polygons = new ArrayList<>();
    JsonNode coordinates = geometry.path("coordinates");
    if ("Polygon".equals(geometry.path("type").asString(""))) {
      polygons.add(rings(coordinates));
    } else {
      for (JsonNode polygon : coordinates) {
        polygons.add(rings(polygon));
      }
    }
    double area = 0;
    for (List<double[][]> polygon : polygons) {
      area += Math.abs(shoelace(polygon.get(0)));
    }
    return new Outline(placeId, polygons, area);
  }

  private static List<double[][]> rings(JsonNode polygon) {
    List<double[][]> rings = new ArrayList<>();
    for (JsonNode ring : polygon) {
      double[][] points = new double[ring.size()][];
      for (int i = 0; i < ring.size(); i++) {
        points[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
      }
      rings.add(points);
    }
    return rings;
  }

  private static double shoelace(double[][] ring) {
    double sum = 0;
    for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
    }
    return sum / 2;
  }
}
