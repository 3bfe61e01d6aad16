package se.klara.places;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A place as it is created, edited or imported: its parent by slug, a point or an outline (GeoJSON
 * text of a Polygon or MultiPolygon), and the organisation ids owning assets there.
 */
public record PlaceDraft(
    String slug,
    String name,
    String parentSlug,
    List<String> aliases,
    Double latitude,
    Double longitude,
    String geometry,
    Map<Asset, Long> owners) {
  public PlaceDraft {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    owners = Map.copyOf(owners);
  }
}
