package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.accounts.Accounts;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Export → import into an empty area → export gives the same directory, byte for byte. */
class HsdsRoundTripTests extends IntegrationTest {
  private static final AtomicInteger AREAS = new AtomicInteger();

  @Autowired Areas areas;
  @Autowired Accounts accounts;
  @Autowired Directory directory;

  @Test
  void exportingKlaraAndImportingTheFileIntoAnEmptyAreaGivesTheSameDirectory() {
    WebSession admin = signedInAs("admin");
    WebSession.Response exported = admin.get("/areas/klara/directory/export");
    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.header("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(exported.header("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"klara-directory-klara.json\"");
    Area empty = emptyAreaFor("admin");

    WebSession.Response imported =
        DirectoryImportTests.upload(
            "http://127.0.0.1:" + port,
            admin,
            "/areas/" + empty.slug() + "/directory/import",
            exported.body().getBytes(StandardCharsets.UTF_8));

    assertThat(imported.status()).isEqualTo(302);
    assertThat(imported.location()).endsWith("/areas/" + empty.slug() + "/directory");
    WebSession.Response again = admin.get("/areas/" + empty.slug() + "/directory/export");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(exported.body());
    JsonNode document = JsonMapper.builder().build().readTree(again.body());
    assertThat(document.get("services").size()).isGreaterThanOrEqualTo(16);
    assertThat(document.get("locations").size()).isGreaterThanOrEqualTo(15);
    assertThat(unitsIn(empty)).isEqualTo(document.get("services").size());
    assertThat(parentOf(document, "uppsokande-centralstationen")).isEqualTo("uppsokarteamet");
    assertThat(parentOf(document, "uppsokarteamet")).isNull();
    assertThat(directory.unit(empty, "uppsokande-centralstationen").parentSlug())
        .isEqualTo("uppsokarteamet");
  }

  @Test
  void aFunctionIsExportedBeforeTheUnitItIsPartOfSoTheImportTakesEntriesInAnyOrder() {
    JsonNode document =
        JsonMapper.builder()
            .build()
            .readTree(signedInAs("field").get("/areas/klara/directory/export").body());
    List<String> ids = new ArrayList<>();
    document.get("services").forEach(s -> ids.add(s.get("id").stringValue()));

    assertThat(ids.indexOf("uppsokande-centralstationen"))
        .isNotNegative()
        .isLessThan(ids.indexOf("uppsokarteamet"));
  }

  /** The service's x_klara_parent_id, or null when it has none. */
  private static String parentOf(JsonNode document, String id) {
    for (JsonNode service : document.get("services")) {
      if (service.get("id").stringValue().equals(id)) {
        JsonNode parent = service.get("x_klara_parent_id");
        return parent == null ? null : parent.stringValue();
      }
    }
    throw new IllegalStateException("no service " + id);
  }

  @Test
  void theImportSaysHowManyEntriesItStored() {
    WebSession coordinator = signedInAs("coordinator");
    String exported = coordinator.get("/areas/klara/directory/export").body();
    Area empty = emptyAreaFor("coordinator");
    String directory = "/areas/" + empty.slug() + "/directory";

    DirectoryImportTests.upload(
        "http://127.0.0.1:" + port,
        coordinator,
        directory + "/import",
        exported.getBytes(StandardCharsets.UTF_8));

    long count = unitsIn(empty);
    assertThat(coordinator.get(directory).body())
        .contains("Katalogen importerades: " + count + " poster.");
  }

  @Test
  void twoExportsOfTheSameDirectoryAreByteIdentical() {
    WebSession field = signedInAs("field");

    String first = field.get("/areas/klara/directory/export").body();
    String second = field.get("/areas/klara/directory/export").body();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void anExportedServiceCarriesItsScheduleAndContactPathsAsHsdsFields() {
    JsonNode document =
        JsonMapper.builder()
            .build()
            .readTree(signedInAs("field").get("/areas/klara/directory/export").body());
    JsonNode youth = null;
    for (JsonNode service : document.get("services")) {
      if (service.get("id").stringValue().equals("ungdomsjouren")) {
        youth = service;
      }
    }

    assertThat(youth).isNotNull();
    assertThat(youth.get("organization_id").stringValue()).isEqualTo("socialforvaltningen");
    assertThat(youth.get("maximum_age").intValue()).isEqualTo(20);
    assertThat(youth.has("minimum_age")).isFalse();
    assertThat(youth.get("phones").get(0).get("number").stringValue()).isEqualTo("070-174 06 10");
    JsonNode weekend = youth.get("schedules").get(1);
    assertThat(weekend.get("freq").stringValue()).isEqualTo("WEEKLY");
    assertThat(weekend.get("byday").stringValue()).isEqualTo("FR,SA");
    assertThat(weekend.get("opens_at").stringValue()).isEqualTo("13:00");
    assertThat(weekend.get("closes_at").stringValue()).isEqualTo("03:00");
    assertThat(youth.get("x_klara_target_groups").toString())
        .isEqualTo("[\"YOUTH\",\"CHILDREN_AT_RISK\"]");
  }

  private Area emptyAreaFor(String username) {
    Area area =
        areas.register(
            "roundtrip-" + ProcessHandle.current().pid() + "-" + AREAS.incrementAndGet(),
            "Rundresa",
            "An empty area for the round-trip test",
            null);
    accounts.grantArea(accounts.byUsername(username).orElseThrow().id(), area.id());
    assertThat(unitsIn(area)).isZero();
    return area;
  }

  private long unitsIn(Area area) {
    return jdbc.sql("select count(*) from unit where area_id = ?")
        .param(area.id())
        .query(Long.class)
        .single();
  }
}
