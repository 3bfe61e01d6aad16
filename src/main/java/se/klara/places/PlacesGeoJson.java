package se.klara.places;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes an area's places as a GeoJSON FeatureCollection (RFC 7946: WGS84, [lon, lat]). */
@Component
class PlacesGeoJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Places places;

  PlacesGeoJson(Places places) {
    this.places = places;
  }

  String write(long areaId) {
    List<Place> all = places.inArea(areaId);
    Map<Long, String> slugs =
        all.stream().collect(java.util.stream.Collectors.toMap(Place::id, Place::slug));
    Map<Long, Places.Shape> shapes = places.shapesInArea(areaId);
    Map<Long, List<Places.OwnerRow>> owners = places.ownOwnersInArea(areaId);
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "FeatureCollection");
    ArrayNode features = root.putArray("features");
    for (Place place : all) {
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      feature.put("id", place.slug());
      Places.Shape shape = shapes.getOrDefault(place.id(), new Places.Shape(List.of(), null));
      if (shape.geometry() != null) {
        feature.set("geometry", JSON.readTree(shape.geometry()));
      } else if (place.latitude() != null && place.longitude() != null) {
        ObjectNode point = feature.putObject("geometry");
        point.put("type", "Point");
        point.putArray("coordinates").add(place.longitude()).add(place.latitude());
      } else {
        feature.putNull("geometry");
      }
      ObjectNode properties = feature.putObject("properties");
      properties.put("slug", place.slug());
      properties.put("name", place.name());
      properties.put("parent", place.parentId() == null ? null : slugs.get(place.parentId()));
      ArrayNode aliases = properties.putArray("aliases");
      shape.aliases().forEach(aliases::add);
      ArrayNode ownerArray = properties.putArray("owners");
      for (Places.OwnerRow owner : owners.getOrDefault(place.id(), List.of())) {
        ObjectNode o = ownerArray.addObject();
        o.put("asset", owner.asset().name());
        o.put("organisation", owner.organisationSlug());
        o.put("organisationName", owner.name());
      }
    }
    return JSON.writeValueAsString(root);
  }
}
