package se.klara.directory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.shared.Actor;
import se.klara.shared.Role;

/** The directory of an area (list and entry) and the handover finder. */
@Controller
class DirectoryController {
  private final AreaAccess areaAccess;
  private final Directory directory;
  private final HandoverFinder finder;
  private final Places places;
  private final PublicHolidays holidays;
  private final Clock clock;

  DirectoryController(
      AreaAccess areaAccess,
      Directory directory,
      HandoverFinder finder,
      Places places,
      PublicHolidays holidays,
      Clock clock) {
    this.areaAccess = areaAccess;
    this.directory = directory;
    this.finder = finder;
    this.places = places;
    this.holidays = holidays;
    this.clock = clock;
  }

  /**
   * An entry as listed: the unit, whether it is on duty right now and until when, and its parts of
   * the same organisation, listed under it. {@code partOf} is the entry it is part of when that
   * belongs to another organisation (and so is listed elsewhere), otherwise null.
   */
  record Listed(
      Unit unit,
      Optional<ZonedDateTime> onDutyUntil,
      boolean stale,
      Unit partOf,
      List<Listed> parts) {}

  @GetMapping("/areas/{area}/directory")
  String list(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    Instant now = clock.instant();
    List<Unit> units = directory.unitsIn(area);
    UnitTree tree = UnitTree.of(units);
    Map<String, List<Listed>> byOrganisation = new LinkedHashMap<>();
    for (Unit unit : units) {
      Unit parent = tree.parentOf(unit).orElse(null);
      if (parent != null && sameOrganisation(parent, unit)) {
        continue; // listed under its parent
      }
      byOrganisation
          .computeIfAbsent(unit.organisation().name(), k -> new ArrayList<>())
          .add(listed(unit, parent, tree, now, new HashSet<>()));
    }
    model.addAttribute("currentArea", area);
    model.addAttribute("byOrganisation", byOrganisation);
    model.addAttribute("canEdit", canEdit(actor));
    return "directory/list";
  }

  private Listed listed(Unit unit, Unit parent, UnitTree tree, Instant now, Set<Long> shown) {
    shown.add(unit.id());
    List<Listed> parts = new ArrayList<>();
    for (Unit part : tree.partsOf(unit)) {
      if (sameOrganisation(part, unit) && !shown.contains(part.id())) {
        parts.add(listed(part, unit, tree, now, shown));
      }
    }
    return new Listed(
        unit,
        unit.schedule().onDutyUntil(now, HandoverFinder.ZONE, holidays),
        unit.isStale(now),
        parent != null && !sameOrganisation(parent, unit) ? parent : null,
        parts);
  }

  private static boolean sameOrganisation(Unit a, Unit b) {
    return a.organisation().id() == b.organisation().id();
  }

  @GetMapping("/areas/{area}/directory/{unit}")
  String entry(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("unit") String unitSlug,
      Model model,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    Unit unit = directory.unit(area, unitSlug);
    Instant now = clock.instant();
    Map<Long, Place> placesById =
        places.inArea(area.id()).stream().collect(Collectors.toMap(Place::id, Function.identity()));
    UnitTree tree = UnitTree.of(directory.unitsIn(area));
    model.addAttribute("currentArea", area);
    model.addAttribute("unit", unit);
    model.addAttribute("parent", tree.parentOf(unit).orElse(null));
    model.addAttribute("parts", tree.partsOf(unit));
    model.addAttribute(
        "hours",
        unit.schedule().rules().stream().map(r -> ScheduleText.describe(r, locale)).toList());
    model.addAttribute(
        "unitPlaces",
        unit.placeIds().stream().map(placesById::get).filter(p -> p != null).toList());
    model.addAttribute(
        "onDutyUntil",
        unit.schedule().onDutyUntil(now, HandoverFinder.ZONE, holidays).orElse(null));
    model.addAttribute(
        "nextStart",
        unit.schedule().nextStartAfter(now, HandoverFinder.ZONE, holidays).orElse(null));
    model.addAttribute("stale", unit.isStale(now));
    model.addAttribute("canEdit", canEdit(actor));
    return "directory/entry";
  }

  @GetMapping("/areas/{area}/handover")
  String handover(
      Actor actor,
      @PathVariable("area") String slug,
      @ModelAttribute("form") HandoverForm form,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    List<Place> areaPlaces = places.inArea(area.id());
    ZonedDateTime now = clock.instant().atZone(HandoverFinder.ZONE);
    model.addAttribute("currentArea", area);
    model.addAttribute("places", areaPlaces);
    model.addAttribute("groups", TargetGroup.values());
    model.addAttribute("needs", Need.values());
    model.addAttribute("defaultDay", now.toLocalDate().toString());
    model.addAttribute("defaultTime", String.format("%02d:%02d", now.getHour(), now.getMinute()));
    if (form.group() == null || form.group().isBlank()) {
      return "directory/handover";
    }
    Map<String, String> errors = new LinkedHashMap<>();
    TargetGroup group = parseEnum(TargetGroup.class, form.group(), "group", errors);
    Need need = blank(form.need()) ? null : parseEnum(Need.class, form.need(), "need", errors);
    Integer age = null;
    if (!blank(form.age())) {
      try {
        age = Integer.valueOf(form.age().strip());
        if (age < 0 || age > 120) {
          errors.put("age", "age.out-of-range");
        }
      } catch (NumberFormatException e) {
        errors.put("age", "handover.age.invalid");
      }
    }
    Place place = null;
    if (!blank(form.place())) {
      place = places.bySlug(area.id(), form.place()).orElse(null);
      if (place == null) {
        errors.put("place", "handover.place.unknown");
      }
    }
    Instant at = now.toInstant();
    try {
      LocalDate day = blank(form.day()) ? now.toLocalDate() : LocalDate.parse(form.day());
      LocalTime time =
          blank(form.time()) ? now.toLocalTime() : LocalTime.parse(form.time().strip());
      at = ZonedDateTime.of(day, time, HandoverFinder.ZONE).toInstant();
    } catch (DateTimeException e) {
      errors.put("time", "handover.time.invalid");
    }
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return "directory/handover";
    }
    HandoverResult result = finder.find(new Situation(area, group, age, need, place, at));
    model.addAttribute("result", result);
    model.addAttribute("at", at.atZone(HandoverFinder.ZONE));
    return "directory/handover";
  }

  private static boolean canEdit(Actor actor) {
    return actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static <E extends Enum<E>> E parseEnum(
      Class<E> type, String value, String field, Map<String, String> errors) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      errors.put(field, "handover." + field + ".unknown");
      return null;
    }
  }
}
