package se.klara.places;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
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
import se.klara.shared.NotFoundException;

/**
 * Creating and editing places (coordinators and admins, see the access spec): name, aliases,
 * parent, point and asset owners. Outlines come in by GeoJSON import and are kept on edit.
 */
@Controller
class PlaceEditController {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private final AreaAccess areaAccess;
  private final Places places;

  PlaceEditController(AreaAccess areaAccess, Places places) {
    this.areaAccess = areaAccess;
    this.places = places;
  }

  /** The form as typed: texts, so that a wrong value comes back as it was entered. */
  record PlaceForm(
      String slug,
      String name,
      String aliases,
      String parent,
      String latitude,
      String longitude,
      Map<String, String> owners) {}

  @GetMapping("/areas/{area}/places/new")
  String newPlace(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    return form(area, null, new PlaceForm("", "", "", "", "", "", Map.of()), Map.of(), model);
  }

  @GetMapping("/areas/{area}/places/{place}/edit")
  String edit(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("place") String placeSlug,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    Place place = find(area, placeSlug);
    String parent =
        place.parentId() == null ? "" : places.byId(place.parentId()).orElseThrow().slug();
    Map<String, String> owners = new LinkedHashMap<>();
    places.ownOwnersInArea(area.id()).getOrDefault(place.id(), List.of()).stream()
        .forEach(o -> owners.put(o.asset().name(), String.valueOf(o.organisationId())));
    PlaceForm form =
        new PlaceForm(
            place.slug(),
            place.name(),
            String.join("\n", places.aliasesOf(place.id())),
            parent,
            place.latitude() == null ? "" : String.valueOf(place.latitude()),
            place.longitude() == null ? "" : String.valueOf(place.longitude()),
            owners);
    return form(area, place, form, Map.of(), model);
  }

  @PostMapping("/areas/{area}/places")
  String create(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    return save(area, null, read(params, null), model, response, redirect);
  }

  @PostMapping("/areas/{area}/places/{place}")
  String update(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("place") String placeSlug,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    Place place = find(area, placeSlug);
    return save(area, place, read(params, place.slug()), model, response, redirect);
  }

  private Place find(Area area, String slug) {
    return places.bySlug(area.id(), slug).orElseThrow(() -> new NotFoundException("place"));
  }

  private static PlaceForm read(Map<String, String> params, String fixedSlug) {
    Map<String, String> owners = new LinkedHashMap<>();
    for (Asset asset : Asset.values()) {
      owners.put(asset.name(), params.getOrDefault("owner." + asset.name(), "").trim());
    }
    return new PlaceForm(
        fixedSlug != null ? fixedSlug : params.getOrDefault("slug", "").trim(),
        params.getOrDefault("name", "").trim(),
        params.getOrDefault("aliases", ""),
        params.getOrDefault("parent", "").trim(),
        params.getOrDefault("latitude", "").trim(),
        params.getOrDefault("longitude", "").trim(),
        owners);
  }

  private String save(
      Area area,
      Place existing,
      PlaceForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.name().isEmpty() || form.name().length() > 200) {
      errors.put("name", "places.form.error.name");
    }
    if (existing == null) {
      if (!SLUG.matcher(form.slug()).matches() || form.slug().length() > 100) {
        errors.put("slug", "places.form.error.slug");
      } else if (places.bySlug(area.id(), form.slug()).isPresent()) {
        errors.put("slug", "places.form.error.slug-taken");
      }
    }
    List<String> aliases =
        Arrays.stream(form.aliases().split("\\R"))
            .map(String::trim)
            .filter(a -> !a.isEmpty())
            .distinct()
            .toList();
    if (aliases.stream().anyMatch(a -> a.length() > 200) || aliases.size() > 20) {
      errors.put("aliases", "places.form.error.aliases");
    }
    Double latitude = number(form.latitude(), -90, 90, "latitude", errors);
    Double longitude = number(form.longitude(), -180, 180, "longitude", errors);
    if ((latitude == null) != (longitude == null) && !errors.containsKey("latitude")) {
      errors.put("latitude", "places.form.error.point");
    }
    String parent = form.parent().isEmpty() ? null : form.parent();
    if (parent != null) {
      Optional<Place> parentPlace = places.bySlug(area.id(), parent);
      if (parentPlace.isEmpty()) {
        errors.put("parent", "places.form.error.parent");
      } else if (existing != null && places.wouldNest(existing.id(), parentPlace.get().id())) {
        errors.put("parent", "places.form.error.parent-cycle");
      }
    }
    Map<Asset, Long> owners = new EnumMap<>(Asset.class);
    List<Long> known = places.organisationChoices().stream().map(o -> o.id()).toList();
    for (Map.Entry<String, String> owner : form.owners().entrySet()) {
      if (owner.getValue().isEmpty()) {
        continue;
      }
      try {
        long id = Long.parseLong(owner.getValue());
        if (!known.contains(id)) {
          throw new NumberFormatException();
        }
        owners.put(Asset.valueOf(owner.getKey()), id);
      } catch (NumberFormatException e) {
        errors.put("owner." + owner.getKey(), "places.form.error.owner");
      }
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(area, existing, form, errors, model);
    }
    String geometry = existing == null ? null : places.geometryOf(existing.id()).orElse(null);
    Place saved =
        places.save(
            area.id(),
            new PlaceDraft(
                form.slug(), form.name(), parent, aliases, latitude, longitude, geometry, owners));
    redirect.addFlashAttribute("notice", "places.form.saved");
    return "redirect:/areas/" + area.slug() + "/places/" + saved.slug();
  }

  private static Double number(
      String text, double min, double max, String field, Map<String, String> errors) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.replace(',', '.'));
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.put(field, "places.form.error." + field);
    return null;
  }

  private String form(
      Area area, Place existing, PlaceForm form, Map<String, String> errors, Model model) {
    List<Place> parents = new ArrayList<>(places.inArea(area.id()));
    if (existing != null) {
      parents.removeIf(p -> places.wouldNest(existing.id(), p.id()));
    }
    model.addAttribute("currentArea", area);
    model.addAttribute("existing", existing);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("parents", parents);
    model.addAttribute("assets", Asset.values());
    model.addAttribute("organisations", places.organisationChoices());
    return "places/form";
  }
}
