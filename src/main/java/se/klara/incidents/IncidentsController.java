package se.klara.incidents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import se.klara.shared.NotFoundException;
import se.klara.shared.Role;

/**
 * Incident statistics pages: sources and imports of an area, the upload (runs in the background
 * with a progress bar polled by htmx) and the source mapping form.
 */
@Controller
class IncidentsController {
  private static final int LISTED_IMPORTS = 50;
  private static final int BLANK_CATEGORY_ROWS = 5;

  private final AreaAccess areaAccess;
  private final IncidentSources sources;
  private final IncidentImports imports;
  private final IncidentVocabulary vocabulary;
  private final ImportJobs jobs;

  IncidentsController(
      AreaAccess areaAccess,
      IncidentSources sources,
      IncidentImports imports,
      IncidentVocabulary vocabulary,
      ImportJobs jobs) {
    this.areaAccess = areaAccess;
    this.sources = sources;
    this.imports = imports;
    this.vocabulary = vocabulary;
    this.jobs = jobs;
  }

  @GetMapping("/areas/{area}/incidents")
  String index(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("sources", sources.inArea(area.id()));
    model.addAttribute("imports", imports.recent(area.id(), LISTED_IMPORTS));
    model.addAttribute("mayImport", mayImport(actor));
    return "incidents/index";
  }

  @PostMapping("/areas/{area}/incidents/imports")
  String upload(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "source", required = false) String source,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response)
      throws IOException {
    Area area = areaAccess.require(actor, slug);
    String problem = null;
    if (source == null || sources.byName(area.id(), source).isEmpty()) {
      problem = "incidents.upload.error.source";
    } else if (file == null || file.isEmpty()) {
      problem = "incidents.upload.error.file";
    }
    if (problem != null) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      index(actor, slug, model);
      model.addAttribute("uploadError", problem);
      return "incidents/index";
    }
    Path temporary = Files.createTempFile("klara-incidents-", ".csv");
    file.transferTo(temporary);
    long id = imports.prepare(area, source, file.getOriginalFilename(), Optional.of(actor), false);
    jobs.submit(id, temporary);
    return "redirect:/areas/" + area.slug() + "/incidents/imports/" + id;
  }

  @GetMapping("/areas/{area}/incidents/imports/{id}")
  String showImport(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    progressModel(actor, slug, id, model);
    return "incidents/import";
  }

  /** The progress fragment that the import page polls while the import runs. */
  @GetMapping("/areas/{area}/incidents/imports/{id}/progress")
  String progress(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    progressModel(actor, slug, id, model);
    return "incidents/import :: progress";
  }

  private void progressModel(Actor actor, String slug, long id, Model model) {
    Area area = areaAccess.require(actor, slug);
    ImportSummary summary =
        imports.byId(area.id(), id).orElseThrow(() -> new NotFoundException("import"));
    Optional<ImportProgress> running = jobs.progress(id);
    model.addAttribute("currentArea", area);
    model.addAttribute("summary", summary);
    model.addAttribute("running", running.isPresent() || summary.status() == ImportStatus.RUNNING);
    model.addAttribute("progress", running.orElse(null));
  }

  @GetMapping("/areas/{area}/incidents/sources/new")
  String newSource(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    return sourceForm(area, null, SourceForm.empty(), null, model);
  }

  @GetMapping("/areas/{area}/incidents/sources/{id}/edit")
  String editSource(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    Area area = areaAccess.require(actor, slug);
    IncidentSource source =
        sources
            .byId(id)
            .filter(s -> s.areaId() == area.id())
            .orElseThrow(() -> new NotFoundException("source"));
    return sourceForm(area, source, SourceForm.of(source), null, model);
  }

  @PostMapping("/areas/{area}/incidents/sources")
  String saveSource(
      Actor actor,
      @PathVariable("area") String slug,
      SourceForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    Optional<IncidentSource> existing = sources.byName(area.id(), form.nameOrEmpty());
    try {
      sources.save(area, form.nameOrEmpty(), form.toMapping(), Optional.of(actor));
    } catch (IncidentException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return sourceForm(area, existing.orElse(null), form, e, model);
    }
    redirect.addFlashAttribute("notice", "incidents.mapping.saved");
    return "redirect:/areas/" + area.slug() + "/incidents";
  }

  private String sourceForm(
      Area area, IncidentSource existing, SourceForm form, IncidentException error, Model model) {
    model.addAttribute("currentArea", area);
    model.addAttribute("existing", existing);
    model.addAttribute("form", form.withBlankRows(BLANK_CATEGORY_ROWS));
    model.addAttribute("categories", vocabulary.categories(area.id()));
    model.addAttribute("kinds", SourceKind.values());
    Map<String, String> errors = new LinkedHashMap<>();
    if (error != null) {
      errors.put(error.field(), error.messageKey());
    }
    model.addAttribute("errors", errors);
    return "incidents/source-form";
  }

  private static boolean mayImport(Actor actor) {
    return actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN);
  }

  /** The source form: columns, time format, and the category table as parallel lists. */
  record SourceForm(
      String name,
      String kind,
      String timeColumn,
      String priorityColumn,
      String categoryColumn,
      String placeColumn,
      String latitudeColumn,
      String longitudeColumn,
      String timeFormat,
      List<String> raw,
      List<String> code,
      String defaultCategory) {

    SourceForm {
      raw = raw == null ? List.of() : List.copyOf(raw);
      code = code == null ? List.of() : List.copyOf(code);
    }

    static SourceForm empty() {
      return new SourceForm(
          null, null, null, null, null, null, null, null, null, List.of(), List.of(), null);
    }

    static SourceForm of(IncidentSource source) {
      SourceMapping m = source.mapping();
      List<String> raw = new ArrayList<>();
      List<String> code = new ArrayList<>();
      new java.util.TreeMap<>(m.categories())
          .forEach(
              (text, category) -> {
                raw.add(text);
                code.add(category);
              });
      return new SourceForm(
          source.name(),
          m.kind().name(),
          m.timeColumn(),
          m.priorityColumn(),
          m.categoryColumn(),
          m.placeColumn(),
          m.latitudeColumn(),
          m.longitudeColumn(),
          m.timeFormat(),
          raw,
          code,
          m.defaultCategory());
    }

    String nameOrEmpty() {
      return name == null ? "" : name.trim();
    }

    SourceForm withBlankRows(int blanks) {
      List<String> texts = new ArrayList<>(raw);
      List<String> codes = new ArrayList<>(code);
      while (codes.size() < texts.size()) {
        codes.add("");
      }
      for (int i = 0; i < blanks; i++) {
        texts.add("");
        codes.add("");
      }
      return new SourceForm(
          name,
          kind,
          timeColumn,
          priorityColumn,
          categoryColumn,
          placeColumn,
          latitudeColumn,
          longitudeColumn,
          timeFormat,
          texts,
          codes,
          defaultCategory);
    }

    SourceMapping toMapping() {
      SourceKind sourceKind;
      try {
        sourceKind = kind == null || kind.isBlank() ? null : SourceKind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        throw new IncidentException("kind", "incidents.mapping.error.kind");
      }
      Map<String, String> categories = new LinkedHashMap<>();
      for (int i = 0; i < raw.size(); i++) {
        String text = raw.get(i) == null ? "" : raw.get(i).trim();
        String category = i < code.size() && code.get(i) != null ? code.get(i).trim() : "";
        if (text.isEmpty() && category.isEmpty()) {
          continue;
        }
        if (text.isEmpty() || category.isEmpty()) {
          throw new IncidentException("categories", "incidents.mapping.error.category-entry");
        }
        categories.put(text, category);
      }
      return new SourceMapping(
          sourceKind,
          timeColumn,
          priorityColumn,
          categoryColumn,
          placeColumn,
          latitudeColumn,
          longitudeColumn,
          timeFormat,
          categories,
          defaultCategory);
    }
  }
}
