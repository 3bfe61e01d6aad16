package se.klara.situation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.shared.Actor;
import se.klara.shared.InputException;
import se.klara.shared.Role;

/**
 * Briefings for the operational meeting: the list, preparing one, the printable page and the
 * convenor's editing (field workers, coordinators and administrators edit; steering reads).
 */
@Controller
class BriefingController {
  private final AreaAccess areaAccess;
  private final Briefings briefings;

  BriefingController(AreaAccess areaAccess, Briefings briefings) {
    this.areaAccess = areaAccess;
    this.briefings = briefings;
  }

  /** The form of a briefing as posted: its sections, the version it was edited from. */
  record BriefingForm(
      String summary,
      String changes,
      String places,
      String hours,
      String newPhenomena,
      String notes,
      Integer version,
      Boolean confirmed) {
    BriefingText text() {
      return new BriefingText(summary, changes, places, hours, newPhenomena, notes);
    }
  }

  @GetMapping("/areas/{area}/briefings")
  String list(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("briefings", briefings.newest(area));
    model.addAttribute("nextMeeting", briefings.nextMeeting());
    model.addAttribute("mayEdit", mayEdit(actor));
    return "situation/briefings";
  }

  @PostMapping("/areas/{area}/briefings")
  String prepare(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "meetingDate", required = false) String meetingDate,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      LocalDate day = parse(meetingDate);
      Briefing briefing = briefings.prepare(actor, area, day, locale);
      redirect.addFlashAttribute("notice", "briefing.prepared");
      return "redirect:/areas/" + area.slug() + "/briefings/" + briefing.id();
    } catch (InputException e) {
      model.addAttribute("currentArea", area);
      model.addAttribute("briefings", briefings.newest(area));
      model.addAttribute("nextMeeting", briefings.nextMeeting());
      model.addAttribute("mayEdit", mayEdit(actor));
      model.addAttribute("dateError", e.messageKey());
      model.addAttribute("enteredDate", meetingDate);
      return "situation/briefings";
    }
  }

  @GetMapping("/areas/{area}/briefings/{id}")
  String show(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("briefing", briefings.get(area, id));
    model.addAttribute("mayEdit", mayEdit(actor));
    return "situation/briefing";
  }

  @GetMapping("/areas/{area}/briefings/{id}/edit")
  String edit(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    Area area = areaAccess.require(actor, slug);
    Briefing briefing = briefings.get(area, id);
    model.addAttribute("currentArea", area);
    model.addAttribute("briefing", briefing);
    model.addAttribute("sections", briefing.text().byField());
    model.addAttribute("version", briefing.version());
    model.addAttribute("problems", Map.of());
    return "situation/briefing-edit";
  }

  @PostMapping("/areas/{area}/briefings/{id}")
  String save(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      BriefingForm form,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      briefings.save(
          actor,
          area,
          id,
          form.version() == null ? -1 : form.version(),
          form.text(),
          Boolean.TRUE.equals(form.confirmed()));
      redirect.addFlashAttribute("notice", "briefing.saved");
      return "redirect:/areas/" + area.slug() + "/briefings/" + id;
    } catch (BriefingProblem problem) {
      Map<String, List<BriefingProblem.Problem>> byField = new LinkedHashMap<>();
      for (BriefingProblem.Problem p : problem.problems()) {
        byField.computeIfAbsent(p.field(), f -> new java.util.ArrayList<>()).add(p);
      }
      model.addAttribute("currentArea", area);
      model.addAttribute("briefing", briefings.get(area, id));
      model.addAttribute("sections", form.text().byField());
      model.addAttribute("version", form.version() == null ? -1 : form.version());
      model.addAttribute("problems", byField);
      model.addAttribute(
          "needsConfirmation",
          problem.problems().stream()
              .anyMatch(p -> p.messageKey().equals("briefing.privacy.confirm")));
      return "situation/briefing-edit";
    }
  }

  private static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InputException("meetingDate", "briefing.error.date");
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InputException("meetingDate", "briefing.error.date");
    }
  }

  private static boolean mayEdit(Actor actor) {
    return actor.is(Role.FIELD) || actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN);
  }
}
