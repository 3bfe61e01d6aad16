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

    form.put(
        "version",
        versionIn(
            coordinator
                .get(response.location().replaceAll("^https?://[^/]+", "") + "/edit")
                .body()));
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

  private static String versionIn(String editPage) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(editPage);
    assertThat(m.find()).as("the edit form carries the version").isTrue();
    return m.group(1);
  }

  @Test
  void aNameOrAliasWithAPersonalIdentifierIsRefusedNamingTheFieldAndWhatWasFoundNeverTheValue() {
    WebSession coordinator = signedInAs("coordinator");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("slug", "trappan-mot-klarabergsgatan");
    // A mobile number from the range PTS reserves for fiction.
    form.put("name", "Trappan, ring 070-174 06 10");
    // Skatteverket's official test personnummer.
    form.put("aliases", "Trappan\nSågs med 19121212-1212");

    WebSession.Response refused = coordinator.post("/areas/klara/places", form);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Fältet Namn innehåller ett mobilnummer.")
        .contains("Fältet Andra namn innehåller ett personnummer.")
        .contains("value=\"trappan-mot-klarabergsgatan\"");
    assertThat(
            refused
                .body()
                .replaceAll("(?s)<textarea[^>]*>.*?</textarea>", "")
                .replaceAll("<input[^>]*>", ""))
        .as("the values are only in the fields they were typed into, never in a message")
        .doesNotContain("1212")
        .doesNotContain("174 06");
    assertThat(places.bySlug(klara(), "trappan-mot-klarabergsgatan")).isEmpty();

    WebSession.Response english =
        coordinator.post(
            "/areas/klara/places?lang=en", Map.of("slug", "x-y", "name", "a@example.org"));
    assertThat(english.body()).contains("The field Name contains an e-mail address.");

    form.put("name", "Trappan mot Klarabergsgatan");
    form.put("aliases", "Nils trappa");
    // Every place the tests add to Klara has a point: the map test draws one shape per place.
    form.put("latitude", "59.3318");
    form.put("longitude", "18.0610");
    assertThat(coordinator.post("/areas/klara/places", form).status())
        .as("a first name only warns: places are named after persons")
        .isEqualTo(302);
  }

  @Test
  void aStaleEditIsRefusedWithAConflictMessageAndTheOtherChangeIsKept() {
    WebSession first = signedInAs("coordinator");
    WebSession second = signedInAs("admin");
    Map<String, String> place = new LinkedHashMap<>();
    place.put("slug", "kiosken-vid-fontanen");
    place.put("name", "Kiosken vid fontänen");
    place.put("latitude", "59.3323");
    place.put("longitude", "18.0641");
    assertThat(first.post("/areas/klara/places", place).status()).isEqualTo(302);
    String path = "/areas/klara/places/kiosken-vid-fontanen";
    String version = versionIn(first.get(path + "/edit").body());
    assertThat(versionIn(second.get(path + "/edit").body())).isEqualTo(version);

    Map<String, String> theirs = new LinkedHashMap<>(place);
    theirs.put("version", version);
    theirs.put("name", "Kiosken (ändrad av admin)");
    assertThat(second.post(path, theirs).status()).isEqualTo(302);

    Map<String, String> mine = new LinkedHashMap<>(theirs);
    mine.put("name", "Kiosken (ändrad av samordnaren)");
    WebSession.Response stale = first.post(path, mine);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body())
        .contains("Någon annan har sparat platsen sedan du öppnade den.")
        .contains("value=\"Kiosken (ändrad av samordnaren)\"");
    Place now = places.bySlug(klara(), "kiosken-vid-fontanen").orElseThrow();
    assertThat(now.name()).as("no lost update").isEqualTo("Kiosken (ändrad av admin)");
    assertThat(places.versionOf(now.id())).isEqualTo(Integer.parseInt(version) + 1);

    mine.put("version", String.valueOf(places.versionOf(now.id())));
    mine.put("name", "Kiosken vid fontänen");
    assertThat(first.post(path, mine).status()).isEqualTo(302);
    assertThat(places.bySlug(klara(), "kiosken-vid-fontanen").orElseThrow().name())
        .isEqualTo("Kiosken vid fontänen");
  }
}
