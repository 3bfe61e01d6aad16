package se.klara.places;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.shared.Actor;
import se.klara.shared.NotFoundException;

/** The map of an area's places, its list, a place's page and the GeoJSON export (members). */
@Controller
class PlacesController {
  private final AreaAccess areaAccess;
  private final Places places;
  private final PlacesGeoJson geoJson;
  private final String tileUrl;
  private final String attribution;

  PlacesController(
      AreaAccess areaAccess,
      Places places,
      PlacesGeoJson geoJson,
      @Value("${klara.map.tile-url}") String tileUrl,
      @Value("${klara.map.attribution}") String attribution) {
    this.areaAccess = areaAccess;
    this.places = places;
    this.geoJson = geoJson;
    this.tileUrl = tileUrl;
    this.attribution = attribution;
  }

  /** A place in the list: the place, the name of the place it lies within, its aliases. */
  record Listed(Place place, String parentName, List<String> aliases) {}

  @GetMapping("/areas/{area}/places")
  String map(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    List<Place> all = places.inArea(area.id());
    Map<Long, String> names = all.stream().collect(Collectors.toMap(Place::id, Place::name));
    Map<Long, Places.Shape> shapes = places.shapesInArea(area.id());
    model.addAttribute("currentArea", area);
    model.addAttribute(
        "places",
        all.stream()
            .map(
                p ->
                    new Listed(
                        p,
                        p.parentId() == null ? null : names.get(p.parentId()),
                        shapes.containsKey(p.id()) ? shapes.get(p.id()).aliases() : List.of()))
            .toList());
    model.addAttribute("tileUrl", tileUrl);
    model.addAttribute("attribution", attribution);
    return "places/map";
  }

  @GetMapping(value = "/areas/{area}/places.geojson")
  ResponseEntity<String> export(Actor actor, @PathVariable("area") String slug) {
    Area area = areaAccess.require(actor, slug);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/geo+json"))
        .body(geoJson.write(area.id()));
  }

  @GetMapping("/areas/{area}/places/{place}")
  String place(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("place") String placeSlug,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    Place place =
        places.bySlug(area.id(), placeSlug).orElseThrow(() -> new NotFoundException("place"));
    List<Place> all = places.inArea(area.id());
    Map<Long, Place> byId = all.stream().collect(Collectors.toMap(Place::id, p -> p));
    Map<Long, String> orgNames =
        places.organisationChoices().stream()
            .collect(
                Collectors.toMap(Places.OrganisationChoice::id, Places.OrganisationChoice::name));
    model.addAttribute("currentArea", area);
    model.addAttribute("place", place);
    model.addAttribute("parent", place.parentId() == null ? null : byId.get(place.parentId()));
    model.addAttribute(
        "children",
        all.stream().filter(p -> Long.valueOf(place.id()).equals(p.parentId())).toList());
    model.addAttribute("aliases", places.aliasesOf(place.id()));
    model.addAttribute(
        "owners",
        places.ownersOf(place.id()).stream()
            .map(
                o ->
                    new ShownOwner(
                        o.asset().name(),
                        orgNames.get(o.organisationId()),
                        o.definedAt() == place.id() ? null : byId.get(o.definedAt()).name()))
            .toList());
    model.addAttribute("tileUrl", tileUrl);
    model.addAttribute("attribution", attribution);
    return "places/place";
  }

  /** An owner as the place page shows it; {@code inheritedFrom} is null for the place's own. */
  record ShownOwner(String asset, String organisation, String inheritedFrom) {}
}
