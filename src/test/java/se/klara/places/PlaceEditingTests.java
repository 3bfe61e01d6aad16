package se.klara.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

class PlaceEditingTests extends IntegrationTest {
  @Autowired Places places;
  @Autowired Areas areas;

  private long klara() {
    return areas.bySlug("klara").orElseThrow().id();
  }

  private long audited(String action, long placeId) {
    return jdbc.sql("select count(*) from audit_event where action = ? and object_id = ?")
        .params(action, String.valueOf(placeId))
        .query(Long.class)
        .single();
  }

  @Test
  void aFieldUserCannotCreateOrEditPlaces() {
    WebSession field = signedInAs("field");

    assertThat(field.get("/areas/klara/places/new").status()).isEqualTo(403);
    assertThat(field.get("/areas/klara/places/plattan/edit").status()).isEqualTo(403);
    assertThat(field.post("/areas/klara/places/plattan", Map.of("name", "Annat")).status())
        .isEqualTo(403);
    assertThat(places.bySlug(klara(), "plattan").orElseThrow().name()).isEqualTo("Plattan");
  }

  @Test
  void aCoordinatorOfAnotherAreaGetsNotFound() {
    // The field account is not a member of Liljeholmen; the coordinator is. Use a slug nobody has.
    assertThat(signedInAs("coordinator").get("/areas/no-such-area/places/new").status())
        .isEqualTo(404);
  }

  @Test
  void aCoordinatorCreatesAPlaceWithinAnotherWithAPointAliasesAndAnOwner() {
    WebSession coordinator = signedInAs("coordinator");
    long jernhusen =
        jdbc.sql("select id from organisation where slug = 'jernhusen'").query(Long.class).single();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("slug", "centralens-norra-entre");
    form.put("name", "Centralens norra entré");
    form.put("aliases", "Norra entrén\nEntrén mot Vasagatan");
    form.put("parent", "centralstationen");
    form.put("latitude", "59.3310");
    form.put("longitude", "18.0580");
    form.put("owner.BUILDING", String.valueOf(jernhusen));

    WebSession.Response response = coordinator.post("/areas/klara/places", form);

    assertThat(response.status()).isEqualTo(302);
    assertThat(response.location()).endsWith("/areas/klara/places/centralens-norra-entre");
    Place created = places.bySlug(klara(), "centralens-norra-entre").orElseThrow();
    assertThat(created.latitude()).isEqualTo(59.331);
    assertThat(created.longitude()).isEqualTo(18.058);
    assertThat(created.parentId())
        .isEqualTo(places.bySlug(klara(), "centralstationen").orElseThrow().id());
    assertThat(places.aliasesOf(created.id()))
        .containsExactly("Norra entrén", "Entrén mot Vasagatan");
    assertThat(places.ownersOf(created.id()).stream().map(AssetOwner::asset))
        .containsExactly(Asset.STATION, Asset.BUILDING);
    assertThat(audited("PLACE_CREATED", created.id())).isEqualTo(1);

    form.put("name", "Centralens norra entrén");
    form.put("latitude", "91");
    WebSession.Response refused =
        coordinator.post("/areas/klara/places/centralens-norra-entre", form);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Latituden ska vara ett tal mellan -90 och 90.");
    assertThat(places.byId(created.id()).orElseThrow().name()).isEqualTo("Centralens norra entré");

    form.put("latitude", "59.3311");
    assertThat(coordinator.post("/areas/klara/places/centralens-norra-entre", form).status())
        .isEqualTo(302);
    assertThat(places.byId(created.id()).orElseThrow().name()).isEqualTo("Centralens norra entrén");
    assertThat(audited("PLACE_UPDATED", created.id())).isEqualTo(1);
  }

  @Test
  void aPlaceCannotBeMovedWithinItsOwnChild() {
    WebSession.Response refused =
        signedInAs("admin")
            .post(
                "/areas/klara/places/sergels-torg",
                Map.of("name", "Sergels torg", "parent", "plattan"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(places.bySlug(klara(), "sergels-torg").orElseThrow().parentId()).isNull();
  }
}
