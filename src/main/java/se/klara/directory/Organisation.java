package se.klara.directory;

import java.util.Objects;

/** An organisation taking part in collaboration, e.g. Polisen LPO Norrmalm or Jernhusen. */
public record Organisation(long id, String slug, String name, OrganisationKind kind) {
  public Organisation {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
