package se.klara.places;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
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
  private final PlaceNameGuard guard;
  private final MessageSource messages;

  PlaceEditController(
      AreaAccess areaAccess, Places places, PlaceNameGuard guard, MessageSource messages) {
    this.areaAccess = areaAccess;
    this.places = places;
    this.guard = guard;
    this.messages = messages;
  }

  /** The form as typed: texts, so that a wrong value comes back as it was entered. */
  record PlaceForm(
      String slug,
      String name,
      String aliases,
      String parent,
      String latitude,
      String longitude,
      Map<String, String> owners,
      String version) {}

  @GetMapping("/areas/{area}/places/new")
  String newPlace(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    return form(area, null, new PlaceForm("", "", "", "", "", "", Map.of(), ""), Map.of(), model);
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
            owners,
            String.valueOf(places.versionOf(place.id())));
    return form(area, place, form, Map.of(), model);
  }

  @PostMapping("/areas/{area}/places")
  String create(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    return save(area, null, read(params, null), model, response, redirect, locale);
  }

  @PostMapping("/areas/{area}/places/{place}")
  String update(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("place") String placeSlug,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    Place place = find(area, placeSlug);
    return save(area, place, read(params, place.slug()), model, response, redirect, locale);
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
        owners,
        params.getOrDefault("version", "").trim());
  }

  private String save(
      Area area,
      Place existing,
      PlaceForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.name().isEmpty() || form.name().length() > 200) {
      errors.put("name", "places.form.error.name");
    } else {
      guard.refusal(form.name()).ifPresent(key -> errors.put("name", key));
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
    } else {
      aliases.stream()
          .map(guard::refusal)
          .flatMap(Optional::stream)
          .findFirst()
          .ifPresent(key -> errors.put("aliases", key));
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
      return form(area, existing, form, texts(errors, locale), model);
    }
    String geometry = existing == null ? null : places.geometryOf(existing.id()).orElse(null);
    PlaceDraft draft =
        new PlaceDraft(
            form.slug(), form.name(), parent, aliases, latitude, longitude, geometry, owners);
    Place saved;
    try {
      saved =
          existing == null
              ? places.save(area.id(), draft)
              : places.save(area.id(), draft, version(form.version()));
    } catch (Places.StalePlace e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return form(
          area, existing, form, texts(Map.of("version", "places.form.error.stale"), locale), model);
    }
    redirect.addFlashAttribute("notice", "places.form.saved");
    return "redirect:/areas/" + area.slug() + "/places/" + saved.slug();
  }

  /**
   * The errors in the user's language. A privacy refusal names the field it was found in ({0});
   * other messages ignore the argument.
   */
  private Map<String, String> texts(Map<String, String> errors, Locale locale) {
    Map<String, String> texts = new LinkedHashMap<>();
    errors.forEach(
        (field, key) -> {
          String label =
              field.startsWith("owner.")
                  ? messages.getMessage("places.owners", null, locale)
                  : messages.getMessage("places.form." + field, null, field, locale);
          texts.put(field, messages.getMessage(key, new Object[] {label}, locale));
        });
    return texts;
  }

  /** The version the form was opened at; a missing or mangled one never matches. */
  private static int version(String text) {
    return text.matches("\\d{1,9}") ? Integer.parseInt(text) : -1;
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
