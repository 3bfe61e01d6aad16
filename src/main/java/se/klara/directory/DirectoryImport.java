package se.klara.directory;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.places.Places;

/**
 * Imports an HSDS file into an area: checks all of it first, then registers its places and replaces
 * the area's directory in one transaction, so a failure leaves nothing half-imported.
 */
@Service
class DirectoryImport {
  private final Organisations organisations;
  private final Places places;
  private final Directory directory;

  DirectoryImport(Organisations organisations, Places places, Directory directory) {
    this.organisations = organisations;
    this.places = places;
    this.directory = directory;
  }

  HsdsReader.Outcome check(byte[] file) {
    return new HsdsReader(slug -> organisations.bySlug(slug).isPresent()).read(file);
  }

  /**
   * Registers the plan's places (a place the area already has keeps its name and position) and
   * makes the plan's entries the area's whole directory. Answers the number of entries.
   */
  @Transactional
  int store(Area area, HsdsReader.Plan plan) {
    Map<String, Long> placeIds = new HashMap<>();
    for (HsdsReader.Location location : plan.locations()) {
      Long parentId = location.parentSlug() == null ? null : placeIds.get(location.parentSlug());
      long id =
          places
              .register(
                  area.id(),
                  location.slug(),
                  location.name(),
                  parentId,
                  location.latitude(),
                  location.longitude())
              .id();
      placeIds.put(location.slug(), id);
    }
    return directory
        .replaceArea(area, plan.services().stream().map(s -> s.withPlaces(placeIds)).toList())
        .size();
  }
}
