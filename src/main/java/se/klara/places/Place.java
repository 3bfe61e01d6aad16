package se.klara.places;

import java.util.Objects;

/** A named place in an area; {@code parentId} nests it (Plattan within Sergels torg). */
public record Place(
    long id,
    long areaId,
    String slug,
    String name,
    Long parentId,
    Double latitude,
    Double longitude) {
  public Place {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
  }
}
