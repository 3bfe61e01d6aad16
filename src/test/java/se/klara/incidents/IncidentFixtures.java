package se.klara.incidents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.places.Place;
import se.klara.places.PlaceDraft;
import se.klara.places.Places;

/** A fresh area per test with three places and a source, so that counts are exact. */
final class IncidentFixtures {
  private static final AtomicInteger NEXT = new AtomicInteger();

  /** Torget has an outline and an alias; Hörnet is a point 100 m east of it; Parken is far off. */
  record TestArea(Area area, Place torget, Place hornet, Place parken) {}

  static final String TORGET_OUTLINE =
      """
      {"type":"Polygon","coordinates":[[[18.0000,59.0000],[18.0020,59.0000],[18.0020,59.0010],\
      [18.0000,59.0010],[18.0000,59.0000]]]}""";

  static TestArea area(Areas areas, Places places, IncidentVocabulary vocabulary) {
    String slug = "inc-test-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    Area area = areas.register(slug, "Testområde " + slug, null, null);
    vocabulary.addStandard(area);
    places.saveAll(
        area.id(),
        List.of(
            new PlaceDraft(
                "torget",
                "Torget",
                null,
                List.of("Nedre plan"),
                59.0005,
                18.0010,
                TORGET_OUTLINE,
                Map.of()),
            new PlaceDraft("hornet", "Hörnet", null, List.of(), 59.0005, 18.0045, null, Map.of()),
            new PlaceDraft("parken", "Parken", null, List.of(), 59.0100, 18.0500, null, Map.of())));
    return new TestArea(
        area,
        places.bySlug(area.id(), "torget").orElseThrow(),
        places.bySlug(area.id(), "hornet").orElseThrow(),
        places.bySlug(area.id(), "parken").orElseThrow());
  }

  /** Police reports: Tid, Prio, Händelse, Plats, Lat, Lon; two raw texts mapped, default other. */
  static SourceMapping policeMapping() {
    return policeMapping(Map.of("Misshandel grov", "assault", "Narkotika", "drug-dealing"), null);
  }

  static SourceMapping policeMapping(Map<String, String> categories, String defaultCategory) {
    return new SourceMapping(
        SourceKind.POLICE_INCIDENT_REPORTS,
        "Tid",
        "Prio",
        "Händelse",
        "Plats",
        "Lat",
        "Lon",
        null,
        categories,
        defaultCategory);
  }

  static ImportResult importText(IncidentImports imports, Area area, String source, String csv) {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    long id = imports.prepare(area, source, "test.csv", Optional.empty(), false);
    return imports.run(
        id, new ByteArrayInputStream(bytes), bytes.length, ImportProgress.Listener.NONE);
  }

  private IncidentFixtures() {}
}
