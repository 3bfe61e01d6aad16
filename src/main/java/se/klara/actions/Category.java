package se.klara.actions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.klara.places.Asset;

/**
 * What an action item is about. A physical category names the assets whose owner is responsible
 * (lighting → the lighting owner of the place); the code is also the Open311 {@code service_code}.
 */
public enum Category {
  LIGHTING(Kind.PHYSICAL, List.of(Asset.LIGHTING), "lampa, belysning, mörkt, ljus, lamp, light"),
  VEGETATION(
      Kind.PHYSICAL, List.of(Asset.PARK, Asset.MAINTENANCE), "buske, träd, växt, bush, tree"),
  FURNITURE(
      Kind.PHYSICAL,
      List.of(Asset.MAINTENANCE),
      "bänk, räcke, papperskorg, eluttag, bench, railing, bin"),
  CLEANING(Kind.PHYSICAL, List.of(Asset.CLEANING), "skräp, nedskräpning, sprutor, litter"),
  GRAFFITI(Kind.PHYSICAL, List.of(Asset.CLEANING, Asset.MAINTENANCE), "klotter, graffiti, tag"),
  CAMERA(Kind.PHYSICAL, List.of(Asset.BUILDING), "kamera, kamerabevakning, camera, cctv"),
  SIGNAGE(Kind.PHYSICAL, List.of(Asset.MAINTENANCE), "skylt, skyltning, sign"),
  ACCESS_LOCKS(
      Kind.PHYSICAL, List.of(Asset.BUILDING), "dörr, lås, port, garagedörr, door, lock, gate"),
  OTHER_PHYSICAL(Kind.PHYSICAL, List.of(Asset.OTHER), "övrigt, other"),
  WORKING_HOURS(Kind.STRUCTURAL, List.of(), ""),
  COMMUNICATION(Kind.STRUCTURAL, List.of(), ""),
  MANDATES(Kind.STRUCTURAL, List.of(), ""),
  TRAINING(Kind.STRUCTURAL, List.of(), ""),
  OTHER(Kind.OTHER, List.of(), "");

  /**
   * Who is responsible for everything at a property (the station, transit property, a building)
   * when no owner is recorded for the category's own assets: lighting inside the station is
   * Jernhusen's.
   */
  static final List<Asset> PROPERTY = List.of(Asset.STATION, Asset.TRANSIT, Asset.BUILDING);

  private final Kind kind;
  private final List<Asset> assets;
  private final List<String> keywords;

  Category(Kind kind, List<Asset> assets, String keywords) {
    this.kind = kind;
    this.assets = assets;
    this.keywords =
        keywords.isBlank() ? List.of() : Arrays.stream(keywords.split(",\\s*")).toList();
  }

  public Kind kind() {
    return kind;
  }

  /** The assets whose owner takes an item of this category, in order of preference. */
  public List<Asset> assets() {
    return assets;
  }

  /** Words people use for it (the Open311 {@code keywords}). */
  public List<String> keywords() {
    return keywords;
  }

  /** Lower-case with dashes: the form value and the Open311 {@code service_code}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The message key of the category's name. */
  public String messageKey() {
    return "actions.category." + name();
  }

  public static Optional<Category> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String trimmed = code.trim();
    return Arrays.stream(values()).filter(c -> c.code().equals(trimmed)).findFirst();
  }
}
