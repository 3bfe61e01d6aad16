package se.klara.places;

import java.util.Objects;

/**
 * The organisation that owns an asset at a place; {@code definedAt} is the place where the owner is
 * recorded, which is an ancestor when the owner is inherited.
 */
public record AssetOwner(Asset asset, long organisationId, long definedAt) {
  public AssetOwner {
    Objects.requireNonNull(asset, "asset");
  }
}
