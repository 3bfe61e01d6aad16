package se.klara.demo;

import java.util.List;
import se.klara.areas.Area;
import se.klara.places.Asset;
import se.klara.places.Place;
import se.klara.places.Places;

/** The places the seed names in and around Klara, with approximate WGS84 coordinates. */
final class DemoPlaces {
  private DemoPlaces() {}

  record Seed(String slug, String name, String parent, double latitude, double longitude) {}

  static final List<Seed> PLACES =
      List.of(
          new Seed("sergels-torg", "Sergels torg", null, 59.33260, 18.06490),
          new Seed("plattan", "Plattan", "sergels-torg", 59.33240, 18.06440),
          new Seed("kulturhuset-entre", "Kulturhusets entré", "sergels-torg", 59.33230, 18.06600),
          new Seed(
              "superelipsen", "Superelipsen under fontänen", "sergels-torg", 59.33265, 18.06420),
          new Seed("t-centralen-sodra", "T-Centralen södra", null, 59.33120, 18.06150),
          new Seed(
              "trappan-klarabergsgatan", "Trappan till Klarabergsgatan", null, 59.33210, 18.06230),
          new Seed("vasagatan-24", "Vasagatan 24", null, 59.33330, 18.05850),
          new Seed("vasagatan-7", "Vasagatan 7, entrén", null, 59.33150, 18.05900),
          new Seed("centralstationen", "Centralstationen", null, 59.33030, 18.05860),
          new Seed("cityterminalen", "Cityterminalen", null, 59.33160, 18.05590),
          new Seed("klara-kyrkogard", "Klara kyrkogård", null, 59.33300, 18.06170),
          new Seed("hotorget", "Hötorget", null, 59.33500, 18.06340),
          new Seed("brunkebergs-torg", "Brunkebergs torg", null, 59.33110, 18.06780),
          new Seed("nils-ferlins-torg", "Nils Ferlins torg", null, 59.33390, 18.05560),
          new Seed("drottninggatan", "Drottninggatan", null, 59.33400, 18.06200));

  /** Who owns what at a demo place (organisation slugs of the demo organisations). */
  record OwnerSeed(String place, Asset asset, String organisation) {}

  static final List<OwnerSeed> OWNERS =
      List.of(
          new OwnerSeed("sergels-torg", Asset.LIGHTING, "trafikkontoret"),
          new OwnerSeed("sergels-torg", Asset.CLEANING, "trafikkontoret"),
          new OwnerSeed("kulturhuset-entre", Asset.BUILDING, "kulturhuset-stadsteatern"),
          new OwnerSeed("centralstationen", Asset.STATION, "jernhusen"),
          new OwnerSeed("cityterminalen", Asset.STATION, "jernhusen"),
          new OwnerSeed("t-centralen-sodra", Asset.TRANSIT, "trafikforvaltningen-sl"),
          new OwnerSeed("vasagatan-24", Asset.LIGHTING, "trafikkontoret"),
          new OwnerSeed("trappan-klarabergsgatan", Asset.LIGHTING, "trafikkontoret"));

  /** Other names people use for a place. */
  static final List<List<String>> ALIASES =
      List.of(
          List.of("plattan", "Sergels torg nedre plan"),
          List.of("t-centralen-sodra", "T-centralen, södra uppgången"));

  /** Approximate outlines (GeoJSON, [lon, lat], closed rings). */
  static final List<List<String>> OUTLINES =
      List.of(
          List.of(
              "sergels-torg",
              """
              {"type":"Polygon","coordinates":[[[18.0632,59.3324],[18.0660,59.3322],              [18.0666,59.3329],[18.0640,59.3331],[18.0630,59.3328],[18.0632,59.3324]]]}"""),
          List.of(
              "klara-kyrkogard",
              """
              {"type":"Polygon","coordinates":[[[18.0605,59.3325],[18.0628,59.3325],              [18.0630,59.3336],[18.0607,59.3336],[18.0605,59.3325]]]}"""));

  static void load(Places places, Area area) {
    for (Seed seed : PLACES) {
      Long parentId =
          seed.parent() == null
              ? null
              : places.bySlug(area.id(), seed.parent()).map(Place::id).orElseThrow();
      places.register(
          area.id(), seed.slug(), seed.name(), parentId, seed.latitude(), seed.longitude());
    }
    for (List<String> alias : ALIASES) {
      places.addAliasIfMissing(id(places, area, alias.get(0)), alias.get(1));
    }
    for (List<String> outline : OUTLINES) {
      places.setGeometryIfMissing(id(places, area, outline.get(0)), outline.get(1));
    }
    for (OwnerSeed owner : OWNERS) {
      places.addOwnerIfMissing(
          id(places, area, owner.place()), owner.asset(), owner.organisation());
    }
  }

  private static long id(Places places, Area area, String slug) {
    return places.bySlug(area.id(), slug).orElseThrow().id();
  }
}
