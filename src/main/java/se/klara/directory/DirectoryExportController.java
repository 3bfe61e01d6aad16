package se.klara.directory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.places.Places;
import se.klara.shared.Actor;

/** Downloads for any member of an area: the directory as HSDS JSON, an entry as a vCard. */
@Controller
class DirectoryExportController {
  static final MediaType VCARD = MediaType.parseMediaType("text/vcard;charset=utf-8");

  private final AreaAccess areaAccess;
  private final Directory directory;
  private final Places places;

  DirectoryExportController(AreaAccess areaAccess, Directory directory, Places places) {
    this.areaAccess = areaAccess;
    this.directory = directory;
    this.places = places;
  }

  @GetMapping("/areas/{area}/directory/export")
  ResponseEntity<byte[]> export(Actor actor, @PathVariable("area") String slug) {
    Area area = areaAccess.require(actor, slug);
    byte[] json = HsdsWriter.write(directory.unitsIn(area), places.inArea(area.id()));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, attachment("klara-directory-" + area.slug() + ".json"))
        .body(json);
  }

  @GetMapping("/areas/{area}/directory/{unit}/vcard")
  ResponseEntity<byte[]> vcard(
      Actor actor, @PathVariable("area") String slug, @PathVariable("unit") String unitSlug) {
    Unit unit = directory.unit(areaAccess.require(actor, slug), unitSlug);
    return ResponseEntity.ok()
        .contentType(VCARD)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(unit.slug() + ".vcf"))
        .body(VcardWriter.write(unit));
  }

  private static String attachment(String filename) {
    return ContentDisposition.attachment().filename(filename).build().toString();
  }
}
