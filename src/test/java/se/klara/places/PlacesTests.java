package se.klara.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlacesTests extends IntegrationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired Places places;
  @Autowired Areas areas;

  private long klara() {
    return areas.bySlug("klara").orElseThrow().id();
  }

  private long organisation(String slug) {
    return jdbc.sql("select id from organisation where slug = ?")
        .param(slug)
        .query(Long.class)
        .single();
  }

  private JsonNode feature(JsonNode collection, String slug) {
    for (JsonNode f : collection.get("features")) {
      if (f.get("properties").get("slug").asString().equals(slug)) {
        return f;
      }
    }
    throw new AssertionError("no feature " + slug);
  }

  @Test
  void theGeoJsonExportHasEveryDemoPlaceWithLongitudeBeforeLatitude() {
    WebSession.Response response = signedInAs("field").getJson("/areas/klara/places.geojson");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/geo+json");
    JsonNode collection = JSON.readTree(response.body());
    assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
    List<String> slugs =
        collection
            .get("features")
            .valueStream()
            .map(f -> f.get("properties").get("slug").asString())
            .toList();
    assertThat(slugs)
        .containsExactlyInAnyOrderElementsOf(
            places.inArea(klara()).stream().map(Place::slug).toList())
        .contains("centralstationen", "plattan", "sergels-torg", "drottninggatan");
    JsonNode central = feature(collection, "centralstationen");
    assertThat(central.get("geometry").get("type").asString()).isEqualTo("Point");
    assertThat(central.get("geometry").get("coordinates").get(0).asDouble())
        .isCloseTo(18.058, within(0.01));
    assertThat(central.get("geometry").get("coordinates").get(1).asDouble())
        .isCloseTo(59.330, within(0.01));
    assertThat(central.get("properties").get("owners").get(0).get("organisation").asString())
        .isEqualTo("jernhusen");
    JsonNode plattan = feature(collection, "plattan");
    assertThat(plattan.get("properties").get("parent").asString()).isEqualTo("sergels-torg");
    assertThat(plattan.get("properties").get("aliases").get(0).asString())
        .isEqualTo("Sergels torg nedre plan");
    assertThat(feature(collection, "sergels-torg").get("geometry").get("type").asString())
        .isEqualTo("Polygon");
    assertThat(
            feature(collection, "sergels-torg")
                .get("geometry")
                .get("coordinates")
                .get(0)
                .get(0)
                .get(0)
                .asDouble())
        .isCloseTo(18.06, within(0.01));
  }

  @Test
  void plattanInheritsItsLightingOwnerFromSergelsTorg() {
    Place plattan = places.bySlug(klara(), "plattan").orElseThrow();
    Place sergels = places.bySlug(klara(), "sergels-torg").orElseThrow();

    List<AssetOwner> owners = places.ownersOf(plattan.id());

    assertThat(owners)
        .contains(new AssetOwner(Asset.LIGHTING, organisation("trafikkontoret"), sergels.id()))
        .contains(new AssetOwner(Asset.CLEANING, organisation("trafikkontoret"), sergels.id()));
    Place entrance = places.bySlug(klara(), "kulturhuset-entre").orElseThrow();
    assertThat(places.ownersOf(entrance.id()))
        .containsExactly(
            new AssetOwner(Asset.LIGHTING, organisation("trafikkontoret"), sergels.id()),
            new AssetOwner(Asset.CLEANING, organisation("trafikkontoret"), sergels.id()),
            new AssetOwner(
                Asset.BUILDING, organisation("kulturhuset-stadsteatern"), entrance.id()));
  }

  @Test
  void thePlacePageShowsAliasesParentAndInheritedOwners() {
    WebSession.Response page = signedInAs("field").get("/areas/klara/places/plattan");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Sergels torg nedre plan")
        .contains("href=\"/areas/klara/places/sergels-torg\"")
        .contains("Trafikkontoret, Stockholms stad")
        .contains("Belysning");
  }

  @Test
  void theMapPageListsEveryPlaceWithALink() {
    WebSession.Response page = signedInAs("field").get("/areas/klara/places");

    assertThat(page.status()).isEqualTo(200);
    for (Place place : places.inArea(klara())) {
      assertThat(page.body()).contains("href=\"/areas/klara/places/" + place.slug() + "\"");
    }
    assertThat(page.body())
        .contains("data-tile-url=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"");
  }

  @Test
  void aNonMemberGetsNotFound() {
    // The partner account is a member of Klara only; Liljeholmen answers as if it did not exist.
    assertThat(signedInAs("partner").get("/areas/liljeholmen/places").status()).isEqualTo(404);
    assertThat(signedInAs("partner").getJson("/areas/liljeholmen/places.geojson").status())
        .isEqualTo(404);
    assertThat(signedInAs("field").get("/areas/klara/places/no-such-place").status())
        .isEqualTo(404);
  }

  @Test
  void loadingTheDemoAgainAddsNoAliasesOrOwners() {
    Place plattan = places.bySlug(klara(), "plattan").orElseThrow();
    places.addAliasIfMissing(plattan.id(), "Sergels torg nedre plan");
    places.addOwnerIfMissing(
        places.bySlug(klara(), "sergels-torg").orElseThrow().id(), Asset.LIGHTING, "jernhusen");

    assertThat(places.aliasesOf(plattan.id())).containsExactly("Sergels torg nedre plan");
    assertThat(places.ownersOf(plattan.id()).get(0).organisationId())
        .isEqualTo(organisation("trafikkontoret"));
  }
}
