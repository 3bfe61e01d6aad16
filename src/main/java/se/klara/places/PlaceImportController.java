package se.klara.places;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.shared.Actor;

/**
 * GeoJSON import of places (coordinators and admins): all or nothing, upsert by slug; a file with
 * any problem stores nothing and answers 422 with the problems (the first 100).
 */
@Controller
class PlaceImportController {
  static final int SHOWN_PROBLEMS = 100;
  private final AreaAccess areaAccess;
  private final PlaceImport imports;
  private final Places places;

  PlaceImportController(AreaAccess areaAccess, PlaceImport imports, Places places) {
    this.areaAccess = areaAccess;
    this.imports = imports;
    this.places = places;
  }

  @GetMapping("/areas/{area}/places/import")
  String form(Actor actor, @PathVariable("area") String slug, Model model) {
    model.addAttribute("currentArea", areaAccess.require(actor, slug));
    return "places/import";
  }

  @PostMapping("/areas/{area}/places/import")
  String upload(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    Area area = areaAccess.require(actor, slug);
    PlaceImport.Outcome outcome =
        file == null || file.isEmpty()
            ? new PlaceImport.Outcome(
                List.of(),
                List.of(new PlaceImport.Problem(-1, "places.import.error.empty")),
                List.of())
            : imports.check(area.id(), file.getBytes());
    if (outcome.problems().isEmpty()) {
      int count = places.saveAll(area.id(), outcome.drafts());
      redirect.addFlashAttribute("notice", "places.import.done");
      redirect.addFlashAttribute("noticeArgument", count);
      redirect.addFlashAttribute("importWarnings", outcome.warnings());
      return "redirect:/areas/" + area.slug() + "/places";
    }
    model.addAttribute("currentArea", area);
    model.addAttribute("problemCount", outcome.problems().size());
    model.addAttribute("problems", outcome.problems().stream().limit(SHOWN_PROBLEMS).toList());
    model.addAttribute("warnings", outcome.warnings());
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return "places/import";
  }
}
