package se.klara.observations;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.places.Places;
import se.klara.shared.Actor;

/**
 * The observation pages: the mobile form (its script sends to the JSON API through the browser's
 * outbox), the list and one observation.
 */
@Controller
class ObservationPageController {
  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private final AreaAccess areaAccess;
  private final Observations observations;
  private final Places places;
  private final Clock clock;

  ObservationPageController(
      AreaAccess areaAccess, Observations observations, Places places, Clock clock) {
    this.areaAccess = areaAccess;
    this.observations = observations;
    this.places = places;
    this.clock = clock;
  }

  @GetMapping("/areas/{area}/observations/new")
  String form(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    LocalDateTime now =
        LocalDateTime.ofInstant(clock.instant(), ZONE).truncatedTo(ChronoUnit.MINUTES);
    model.addAttribute("currentArea", area);
    model.addAttribute("places", places.inArea(area.id()));
    model.addAttribute("vocabulary", observations.vocabulary(area));
    model.addAttribute("genders", Gender.values());
    model.addAttribute("ageBands", AgeBand.values());
    model.addAttribute("defaultFrom", now.minus(Duration.ofHours(4)).toString());
    model.addAttribute("defaultTo", now.toString());
    // The form's times are Swedish local time; the script sends them with this offset.
    model.addAttribute("zoneOffset", ZONE.getRules().getOffset(clock.instant()).getId());
    return "observations/form";
  }

  @GetMapping("/areas/{area}/observations")
  String list(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "before", required = false) Long before,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("observations", observations.visible(actor, area, before, 50));
    return "observations/list";
  }

  @GetMapping("/areas/{area}/observations/{id}")
  String show(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("observation", observations.get(actor, area, id));
    return "observations/show";
  }
}
