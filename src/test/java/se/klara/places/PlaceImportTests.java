package se.klara.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class PlaceImportTests extends IntegrationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired Places places;
  @Autowired Areas areas;
  @Autowired PlaceImport imports;
  @Autowired PlacesGeoJson geoJson;

  private Area emptyArea(String slug) {
    return areas.register(slug, "Testområde " + slug, "För importtester", null);
  }

  @Test
  void importingTheKlaraExportIntoAnEmptyAreaGivesTheSameCollection() {
    long klara = areas.bySlug("klara").orElseThrow().id();
    String exported = geoJson.write(klara);
    Area empty = emptyArea("import-round-trip");

    PlaceImport.Outcome outcome =
        imports.check(empty.id(), exported.getBytes(StandardCharsets.UTF_8));
    assertThat(outcome.problems()).isEmpty();
    assertThat(places.saveAll(empty.id(), outcome.drafts())).isEqualTo(places.inArea(klara).size());

    assertThat(JSON.readTree(geoJson.write(empty.id()))).isEqualTo(JSON.readTree(exported));
  }

  @Test
  void aBadFileIsRefusedWithTheFeatureIndexAndNothingIsStored() {
    Area empty = emptyArea("import-refused");
    String file =
        """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":{"type":"Point","coordinates":[18.06,59.33]},
           "properties":{"slug":"bra-plats","name":"Bra plats"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[18.06,59.33]},
           "properties":{"slug":"utan-namn"}},
          {"type":"Feature","geometry":{"type":"LineString","coordinates":[[18.06,59.33],[18.07,59.34]]},
           "properties":{"slug":"linje","name":"Linje"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[18.06,59.33]},
           "properties":{"slug":"bra-plats","name":"Dubblett"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[200,59.33]},
           "properties":{"slug":"utanfor","name":"Utanför"}},
          {"type":"Feature","geometry":null,
           "properties":{"slug":"barn","name":"Barn","parent":"finns-inte"}}
        ]}
        """;

    PlaceImport.Outcome outcome = imports.check(empty.id(), file.getBytes(StandardCharsets.UTF_8));

    assertThat(outcome.problems())
        .containsExactly(
            new PlaceImport.Problem(1, "places.import.error.name"),
            new PlaceImport.Problem(2, "places.import.error.geometry-type"),
            new PlaceImport.Problem(3, "places.import.error.duplicate-slug"),
            new PlaceImport.Problem(4, "places.import.error.range"),
            new PlaceImport.Problem(5, "places.import.error.parent"));
    assertThat(outcome.drafts()).isEmpty();
    assertThat(places.inArea(empty.id())).isEmpty();
  }

  @Test
  void swappedCoordinatesAreOnlyAWarning() {
    Area empty = emptyArea("import-swapped");
    String file =
        """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":{"type":"Point","coordinates":[59.33,18.06]},
           "properties":{"slug":"omkastad","name":"Omkastad"}}]}
        """;

    PlaceImport.Outcome outcome = imports.check(empty.id(), file.getBytes(StandardCharsets.UTF_8));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.warnings())
        .containsExactly(new PlaceImport.Problem(0, "places.import.warning.swapped"));
    assertThat(outcome.drafts()).hasSize(1);
  }

  @Test
  void aFieldUserCannotImport() {
    assertThat(signedInAs("field").get("/areas/klara/places/import").status()).isEqualTo(403);
    assertThat(signedInAs("coordinator").get("/areas/klara/places/import").status()).isEqualTo(200);
  }

  @Test
  void namesAndAliasesWithPersonalIdentifiersAreRefusedWithTheirPropertyAndNothingIsStored() {
    Area empty = emptyArea("import-privacy");
    String file =
        """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":{"type":"Point","coordinates":[18.06,59.33]},
           "properties":{"slug":"nils-ferlins-torg","name":"Nils Ferlins torg"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[18.06,59.33]},
           "properties":{"slug":"epost","name":"Fråga kontakt@example.org"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[18.06,59.33]},
           "properties":{"slug":"alias","name":"Trappan","aliases":["Trappan","19121212-1212"]}}
        ]}
        """;

    PlaceImport.Outcome outcome = imports.check(empty.id(), file.getBytes(StandardCharsets.UTF_8));

    assertThat(outcome.problems())
        .containsExactly(
            new PlaceImport.Problem(1, "places.privacy.blocked.EMAIL", "properties.name"),
            new PlaceImport.Problem(
                2, "places.privacy.blocked.PERSONAL_IDENTITY_NUMBER", "properties.aliases"));
    assertThat(outcome.drafts()).isEmpty();

    // The upload page names the property and what was found, never the value.
    se.klara.support.WebSession coordinator = signedInAs("coordinator");
    String boundary = "klara-" + java.util.UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"places.geojson\""
            + "\r\nContent-Type: application/geo+json\r\n\r\n"
            + file
            + "\r\n--"
            + boundary
            + "--\r\n";
    java.net.http.HttpResponse<String> page =
        java.net.http.HttpClient.newHttpClient()
            .sendAsync(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:" + port + "/areas/klara/places/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "text/html")
                    .header("Cookie", "KLARA_SESSION=" + coordinator.sessionId().orElseThrow())
                    .header("X-CSRF-TOKEN", coordinator.csrfToken())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
            .join();
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains("Fältet properties.name innehåller en e-postadress.")
        .contains("Fältet properties.aliases innehåller ett personnummer.")
        .doesNotContain("example.org")
        .doesNotContain("1212");
    assertThat(places.inArea(empty.id())).isEmpty();
  }

  /** A GeoJSON file with one place per text, the text as the name or as the only alias. */
  private static byte[] placesNamed(List<String> texts, boolean asAlias) {
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "FeatureCollection");
    ArrayNode features = root.putArray("features");
    for (int i = 0; i < texts.size(); i++) {
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      feature
          .putObject("geometry")
          .put("type", "Point")
          .putArray("coordinates")
          .add(18.06)
          .add(59.33);
      ObjectNode props = feature.putObject("properties");
      props.put("slug", "plats-" + (char) ('a' + i / 26) + (char) ('a' + i % 26));
      props.put("name", asAlias ? "Trappan" : texts.get(i));
      if (asAlias) {
        props.putArray("aliases").add(texts.get(i));
      }
    }
    return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyWrittenFormOfAnIdentityNumberIsRefusedInNamesAndAliasesAndOrdinaryTextsPass() {
    Area empty = emptyArea("import-every-form");
    // Skatteverket's test numbers (see IdentityNumberTests) in every written form.
    List<String> identities =
        List.of(
            "19121212-1212",
            "191212121212",
            "19121212 1212",
            "19121212+1212",
            "121212-1212",
            "121212 1212",
            "1212121212",
            "121212+1212",
            "19121212\u20131212",
            "121212\u22121212",
            "１９１２１２１２－１２１２",
            "1\u200B9\u200B1\u200B2\u200B12121212",
            "Trappan 202601612381",
            "260161-2381");
    for (boolean asAlias : new boolean[] {false, true}) {
      PlaceImport.Outcome outcome = imports.check(empty.id(), placesNamed(identities, asAlias));
      assertThat(outcome.problems()).as("as alias: %s", asAlias).hasSize(identities.size());
      for (int i = 0; i < identities.size(); i++) {
        PlaceImport.Problem problem = outcome.problems().get(i);
        assertThat(problem.index()).isEqualTo(i);
        assertThat(problem.field())
            .as(identities.get(i))
            .isEqualTo(asAlias ? "properties.aliases" : "properties.name");
        assertThat(problem.messageKey())
            .as(identities.get(i))
            .isIn(
                "places.privacy.blocked.PERSONAL_IDENTITY_NUMBER",
                "places.privacy.blocked.COORDINATION_NUMBER");
      }
    }
    List<String> ordinary =
        List.of(
            "Vasagatan 24",
            "Vasagatan 7, entrén",
            "Nils Ferlins torg",
            "Plattan 2026-11-27 23:30",
            "Entré 13:00–03:00",
            "5 pojkar 13–15 år",
            "Lokal SE45 5000 0000 0583 9825 7466",
            "Order 4412121212121299",
            "nyko 10102");
    for (boolean asAlias : new boolean[] {false, true}) {
      PlaceImport.Outcome outcome = imports.check(empty.id(), placesNamed(ordinary, asAlias));
      assertThat(outcome.problems()).as("as alias: %s", asAlias).isEmpty();
      assertThat(outcome.drafts()).hasSize(ordinary.size());
    }
  }
}
