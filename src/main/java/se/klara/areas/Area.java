package se.klara.areas;

import java.util.Objects;

/** A collaboration area, addressed in URLs by its slug (e.g. {@code klara}). */
public record Area(
    long id, String slug, String name, String description, String statisticalAreaCode) {
  public Area {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
  }
}
