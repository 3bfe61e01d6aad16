package se.klara.directory;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.places.Places;
import se.klara.shared.Actor;

/**
 * Coordinators and admins of an area create and edit its directory entries and confirm that an
 * entry is still right. A save that started from an older version than the stored one is refused,
 * so nobody overwrites a change they have not seen.
 */
@Controller
class UnitEditController {
  private static final String FORM = "directory/edit/form";
  private static final DateTimeFormatter CONFIRMED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(HandoverFinder.ZONE);

  private final AreaAccess areaAccess;
  private final Directory directory;
  private final Organisations organisations;
  private final Places places;
  private final Clock clock;

  UnitEditController(
      AreaAccess areaAccess,
      Directory directory,
      Organisations organisations,
      Places places,
      Clock clock) {
    this.areaAccess = areaAccess;
    this.directory = directory;
    this.organisations = organisations;
    this.places = places;
    this.clock = clock;
  }

  @GetMapping("/areas/{area}/directory/new")
  String newEntry(Actor actor, @PathVariable("area") String areaSlug, Model model) {
    Area area = areaAccess.require(actor, areaSlug);
    model.addAttribute("form", UnitForm.empty());
    return form(model, area, null, choices(area, null));
  }

  @PostMapping("/areas/{area}/directory")
  String create(
      Actor actor,
      @PathVariable("area") String areaSlug,
      @Valid @ModelAttribute("form") UnitForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, areaSlug);
    String slug = form.slug() == null ? "" : form.slug().strip().toLowerCase(Locale.ROOT);
    UnitFormChoices choices = choices(area, null);
    Optional<UnitDraft> draft = UnitFormReader.read(form, slug, choices, errors);
    if (draft.isPresent()) {
      try {
        Unit unit = directory.create(area, draft.get());
        return saved(redirect, area, unit, "unit-edit.created");
      } catch (DirectoryException e) {
        UnitFormReader.reject(errors, e);
      }
    }
    return form(model, area, null, choices);
  }

  @GetMapping("/areas/{area}/directory/{unit}/edit")
  String edit(
      Actor actor,
      @PathVariable("area") String areaSlug,
      @PathVariable("unit") String unitSlug,
      Model model) {
    Area area = areaAccess.require(actor, areaSlug);
    Unit unit = directory.unit(area, unitSlug);
    model.addAttribute("form", UnitForm.of(unit));
    return form(model, area, unit, choices(area, unit));
  }

  @PostMapping("/areas/{area}/directory/{unit}")
  String update(
      Actor actor,
      @PathVariable("area") String areaSlug,
      @PathVariable("unit") String unitSlug,
      @Valid @ModelAttribute("form") UnitForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, areaSlug);
    Unit current = directory.unit(area, unitSlug);
    UnitFormChoices choices = choices(area, current);
    Optional<UnitDraft> draft = UnitFormReader.read(form, current.slug(), choices, errors);
    Integer version = version(form.version());
    if (version == null) {
      errors.reject("unit.conflict", "unit.conflict");
    } else if (draft.isPresent()) {
      try {
        Unit unit = directory.update(area, current.slug(), version, draft.get());
        return saved(redirect, area, unit, "unit-edit.saved");
      } catch (DirectoryException e) {
        UnitFormReader.reject(errors, e);
      }
    }
    return form(model, area, current, choices);
  }

  @PostMapping("/areas/{area}/directory/{unit}/confirm")
  String confirm(
      Actor actor,
      @PathVariable("area") String areaSlug,
      @PathVariable("unit") String unitSlug,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, areaSlug);
    Unit unit = directory.unit(area, unitSlug);
    directory.confirm(area, unit.slug(), actor);
    return saved(redirect, area, unit, "unit-edit.confirmed");
  }

  private static String saved(RedirectAttributes redirect, Area area, Unit unit, String notice) {
    redirect.addFlashAttribute("notice", notice);
    redirect.addFlashAttribute("noticeArgument", unit.name());
    return "redirect:/areas/" + area.slug() + "/directory/" + unit.slug();
  }

  private static Integer version(String text) {
    return text != null && text.strip().matches("\\d{1,9}") ? Integer.valueOf(text.strip()) : null;
  }

  private UnitFormChoices choices(Area area, Unit unit) {
    return UnitFormChoices.of(
            organisations.participatingIn(area.id()),
            organisations.all(),
            unit == null ? null : unit.organisation(),
            places.inArea(area.id()))
        .withEntries(directory.unitsIn(area), unit);
  }

  /** The form page; "area" and "unit" in the model are the path variables, hence other names. */
  private String form(Model model, Area area, Unit entry, UnitFormChoices choices) {
    model.addAttribute("currentArea", area);
    model.addAttribute("entry", entry);
    model.addAttribute("stale", entry != null && entry.isStale(clock.instant()));
    model.addAttribute(
        "confirmedAt",
        entry == null || entry.confirmedAt() == null
            ? null
            : CONFIRMED_AT.format(entry.confirmedAt()));
    model.addAttribute("organisations", choices.organisations());
    model.addAttribute("places", choices.places());
    model.addAttribute("parents", choices.parentsByOrganisation());
    model.addAttribute("kinds", UnitKind.values());
    model.addAttribute("targetGroups", TargetGroup.values());
    model.addAttribute("needs", Need.values());
    model.addAttribute("holidayPolicies", HolidayPolicy.values());
    model.addAttribute("days", DayOfWeek.values());
    return FORM;
  }
}
