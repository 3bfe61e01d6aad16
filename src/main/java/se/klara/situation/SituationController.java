package se.klara.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.shared.Actor;
import se.klara.shared.DateRange;
import se.klara.shared.NotFoundException;

/** The situation picture page of an area or of one of its places (every member). */
@Controller
class SituationController {
  /** The longest period one page compares, so a page stays quick and readable. */
  static final int MAX_DAYS = 366;

  private final AreaAccess areaAccess;
  private final Places places;
  private final SituationPictures pictures;
  private final Clock clock;
  private final String tileUrl;
  private final String attribution;

  SituationController(
      AreaAccess areaAccess,
      Places places,
      SituationPictures pictures,
      Clock clock,
      @Value("${klara.map.tile-url}") String tileUrl,
      @Value("${klara.map.attribution}") String attribution) {
    this.areaAccess = areaAccess;
    this.places = places;
    this.pictures = pictures;
    this.clock = clock;
    this.tileUrl = tileUrl;
    this.attribution = attribution;
  }

  /** A period the user asked for, with what was wrong with it (message keys by field). */
  record Period(DateRange range, List<String> errors) {}

  @GetMapping("/areas/{area}/situation")
  String picture(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "place", required = false) String placeSlug,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "phenomenon", required = false) String phenomenon,
      @RequestParam(name = "focus", required = false) String focus,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    Place place = null;
    if (placeSlug != null && !placeSlug.isBlank()) {
      place = places.bySlug(area.id(), placeSlug).orElseThrow(() -> new NotFoundException("place"));
    }
    Period period = period(from, to, LocalDate.now(clock.withZone(DateRange.ZONE)));
    SituationPicture picture =
        pictures.build(
            area,
            place,
            period.range(),
            Viewer.of(actor),
            locale,
            focus != null && !focus.isBlank()
                ? focus
                : phenomenon == null || phenomenon.isBlank() ? null : phenomenon);
    model.addAttribute("currentArea", area);
    model.addAttribute("picture", picture);
    model.addAttribute("periodErrors", period.errors());
    model.addAttribute("places", places.inArea(area.id()));
    model.addAttribute("tileUrl", tileUrl);
    model.addAttribute("attribution", attribution);
    return "situation/picture";
  }

  /**
   * The period from the query: both dates, or the default (the last 14 days). A broken or
   * impossible period falls back to the default with a message saying what was wrong.
   */
  static Period period(String from, String to, LocalDate today) {
    DateRange fallback = SituationPictures.defaultRange(today);
    if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
      return new Period(fallback, List.of());
    }
    List<String> errors = new ArrayList<>();
    LocalDate first = parse(from, "situation.period.error.from", errors);
    LocalDate last = parse(to, "situation.period.error.to", errors);
    if (!errors.isEmpty()) {
      return new Period(fallback, errors);
    }
    if (last.isBefore(first)) {
      return new Period(fallback, List.of("situation.period.error.order"));
    }
    if (last.isAfter(today)) {
      return new Period(fallback, List.of("situation.period.error.future"));
    }
    DateRange range = new DateRange(first, last);
    if (range.days() > MAX_DAYS) {
      return new Period(fallback, List.of("situation.period.error.too-long"));
    }
    return new Period(range, List.of());
  }

  private static LocalDate parse(String text, String error, List<String> errors) {
    try {
      if (text == null || text.isBlank()) {
        errors.add(error);
        return null;
      }
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      errors.add(error);
      return null;
    }
  }
}
