package se.klara.directory;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
 * Import of an area's directory from an HSDS file (coordinators and admins, see the access spec). A
 * file with any problem stores nothing and comes back with the list of problems.
 */
@Controller
class DirectoryImportController {
  /** How many problems the page lists; the rest are counted. */
  static final int SHOWN_PROBLEMS = 100;

  private final AreaAccess areaAccess;
  private final DirectoryImport imports;
  private final MessageSource messages;

  DirectoryImportController(
      AreaAccess areaAccess, DirectoryImport imports, MessageSource messages) {
    this.areaAccess = areaAccess;
    this.imports = imports;
    this.messages = messages;
  }

  /** A problem as the page shows it: where in the file, and why, in the user's language. */
  record ShownProblem(String location, String reason) {}

  @GetMapping("/areas/{area}/directory/import")
  String form(Actor actor, @PathVariable("area") String slug, Model model) {
    // Not "area": the path variable of that name is in the model too.
    model.addAttribute("currentArea", areaAccess.require(actor, slug));
    return "directory/interop/import";
  }

  @PostMapping("/areas/{area}/directory/import")
  String upload(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Locale locale,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    Area area = areaAccess.require(actor, slug);
    List<HsdsProblem> problems;
    if (file == null || file.isEmpty()) {
      problems = List.of(HsdsProblem.at("", "interop.error.empty-file"));
    } else {
      HsdsReader.Outcome outcome = imports.check(file.getBytes());
      problems = outcome.problems();
      if (outcome.isValid()) {
        try {
          int count = imports.store(area, outcome.plan());
          redirect.addFlashAttribute("notice", "interop.import.done");
          redirect.addFlashAttribute("noticeArgument", count);
          return "redirect:/areas/" + area.slug() + "/directory";
        } catch (DirectoryException e) {
          problems = List.of(HsdsProblem.at("", e.messageKey(), e.arguments()));
        }
      }
    }
    model.addAttribute("currentArea", area);
    model.addAttribute("problemCount", problems.size());
    model.addAttribute(
        "problems", problems.stream().limit(SHOWN_PROBLEMS).map(p -> shown(p, locale)).toList());
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return "directory/interop/import";
  }

  private ShownProblem shown(HsdsProblem problem, Locale locale) {
    String location;
    if (problem.line() != null) {
      location =
          messages.getMessage(
              "interop.location.line",
              new Object[] {String.valueOf(problem.line()), String.valueOf(problem.column())},
              locale);
    } else if (problem.path().isEmpty()) {
      location = messages.getMessage("interop.location.file", null, locale);
    } else {
      location = problem.path();
    }
    return new ShownProblem(
        location, messages.getMessage(problem.messageKey(), problem.arguments(), locale));
  }
}
