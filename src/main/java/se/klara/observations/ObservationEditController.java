package se.klara.observations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.places.Places;
import se.klara.shared.Actor;

/** The author corrects an observation within 24 hours (a plain form, no script needed). */
@Controller
class ObservationEditController {
  private final AreaAccess areaAccess;
  private final Observations observations;
  private final Places places;
  private final MessageSource messages;

  ObservationEditController(
      AreaAccess areaAccess, Observations observations, Places places, MessageSource messages) {
    this.areaAccess = areaAccess;
    this.observations = observations;
    this.places = places;
    this.messages = messages;
  }

  @GetMapping("/areas/{area}/observations/{id}/edit")
  String edit(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    Area area = areaAccess.require(actor, slug);
    Observation o = observations.get(actor, area, id);
    return page(model, area, o, ObservationForm.of(o), List.of(), Locale.ROOT);
  }

  @PostMapping("/areas/{area}/observations/{id}")
  String correct(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    Observation current = observations.get(actor, area, id);
    ObservationForm typed = ObservationForm.of(form);
    ObservationJson.Read read = typed.read();
    List<FieldProblem> problems = new ArrayList<>(read.problems());
    ObservationDraft draft = read.draft();
    String typedVersion = form.getFirst("version");
    int version =
        typedVersion != null && typedVersion.strip().matches("\\d{1,9}")
            ? Integer.parseInt(typedVersion.strip())
            : -1;
    try {
      if (!problems.isEmpty()) {
        throw new ObservationRejected(problems);
      }
      observations.correct(actor, area, id, version, draft);
    } catch (ObservationRejected e) {
      // The form comes back as it was typed, with what is wrong listed above it.
      return page(model, area, current, typed, e.problems(), locale);
    }
    redirect.addFlashAttribute("notice", "observation.corrected");
    return "redirect:/areas/" + area.slug() + "/observations/" + id;
  }

  private String page(
      Model model,
      Area area,
      Observation o,
      ObservationForm form,
      List<FieldProblem> problems,
      Locale locale) {
    model.addAttribute("currentArea", area);
    model.addAttribute("observation", o);
    model.addAttribute("form", form);
    model.addAttribute("places", places.inArea(area.id()));
    model.addAttribute("vocabulary", observations.vocabulary(area));
    model.addAttribute("genders", Gender.values());
    model.addAttribute("ageBands", AgeBand.values());
    model.addAttribute(
        "errors",
        problems.stream().map(p -> ObservationMessages.text(messages, p, locale)).toList());
    Map<String, String> originErrors = new LinkedHashMap<>();
    for (FieldProblem problem : problems) {
      if (problem.field().startsWith("origins")) {
        originErrors.merge(
            ObservationMessages.formField(problem.field()),
            ObservationMessages.text(messages, problem, locale),
            (a, b) -> a + " " + b);
      }
    }
    model.addAttribute("originErrors", originErrors);
    model.addAttribute("originNames", OriginNames.suggestions());
    return "observations/edit";
  }
}
