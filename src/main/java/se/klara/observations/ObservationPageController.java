package se.klara.observations;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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

/**
 * The observation pages: the mobile form (its script sends to the JSON API through the browser's
 * outbox; without JavaScript the form posts here), the list and one observation.
 */
@Controller
class ObservationPageController {
  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private final AreaAccess areaAccess;
  private final Observations observations;
  private final Places places;
  private final IdempotencyKeys keys;
  private final MessageSource messages;
  private final Clock clock;

  ObservationPageController(
      AreaAccess areaAccess,
      Observations observations,
      Places places,
      IdempotencyKeys keys,
      MessageSource messages,
      Clock clock) {
    this.areaAccess = areaAccess;
    this.observations = observations;
    this.places = places;
    this.keys = keys;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/areas/{area}/observations/new")
  String form(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    LocalDateTime now =
        LocalDateTime.ofInstant(clock.instant(), ZONE).truncatedTo(ChronoUnit.MINUTES);
    ObservationForm blank =
        ObservationForm.blank(
            now.minus(Duration.ofHours(4)).toString(),
            now.toString(),
            UUID.randomUUID().toString());
    return formPage(model, area, blank, List.of(), Locale.ROOT);
  }

  /**
   * The form sent without JavaScript (with it, outbox.js sends to the JSON API instead). The key
   * the server put in the form makes a second send of the same form answer with the observation
   * stored the first time; refused forms come back with every wrong field marked and the rest kept;
   * a stored one redirects to the observation (Post/Redirect/Get).
   */
  @PostMapping("/areas/{area}/observations")
  String create(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    ObservationForm form = ObservationForm.of(params);
    if (!form.key().matches("[A-Za-z0-9-]{8,64}")) {
      // Not a form this server made (the key is missing or mangled): start over with a new one.
      form = withKey(form, UUID.randomUUID().toString());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return formPage(
          model, area, form, List.of(FieldProblem.of("form", "observation.form.expired")), locale);
    }
    String path = "/api/v1/areas/" + area.slug() + "/observations";
    ObservationJson.Read read = form.read();
    IdempotencyKeys.StoredResponse stored;
    try {
      stored = submit(actor, area, form, read, path);
    } catch (ObservationRejected e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return formPage(model, area, form, e.problems(), locale);
    } catch (IdempotencyKeys.KeyReused | IdempotencyKeys.InProgress e) {
      // The form was sent before with other content (back button, edit, send): nothing is stored
      // twice; the user checks the form, which now has a new key, and sends it again.
      response.setStatus(HttpStatus.CONFLICT.value());
      return formPage(
          model,
          area,
          withKey(form, UUID.randomUUID().toString()),
          List.of(FieldProblem.of("form", "observation.form.sent-before")),
          locale);
    }
    String id = stored.location().substring(stored.location().lastIndexOf('/') + 1);
    redirect.addFlashAttribute("notice", "observation.saved");
    return "redirect:/areas/" + area.slug() + "/observations/" + id;
  }

  /**
   * Stores the form's observation under its key, or finds the one stored under it before. A second
   * send of the same form while the first is still being stored waits for the first (a double tap
   * on a slow connection) instead of failing.
   */
  private IdempotencyKeys.StoredResponse submit(
      Actor actor, Area area, ObservationForm form, ObservationJson.Read read, String path) {
    for (int attempt = 0; ; attempt++) {
      try {
        return keys.submit(
            actor.userId(),
            form.key(),
            form.hash(),
            () -> {
              Observation o = observations.record(actor, area, read.draft(), read.problems());
              return new IdempotencyKeys.StoredResponse(
                  201, path + "/" + o.id(), ObservationJson.text(ObservationJson.write(o)), false);
            });
      } catch (IdempotencyKeys.InProgress e) {
        if (attempt >= IN_PROGRESS_RETRIES) {
          throw e;
        }
        pause();
      }
    }
  }

  private static final int IN_PROGRESS_RETRIES = 20;

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdempotencyKeys.InProgress();
    }
  }

  private static ObservationForm withKey(ObservationForm form, String key) {
    return new ObservationForm(
        form.place(),
        form.from(),
        form.to(),
        form.phenomena(),
        form.intensity(),
        form.estimatedCount(),
        form.counts(),
        form.newFaces(),
        form.note(),
        form.noteConfirmed(),
        key,
        form.origins());
  }

  private String formPage(
      Model model, Area area, ObservationForm form, List<FieldProblem> problems, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem problem : problems) {
      String field = ObservationMessages.formField(problem.field());
      errors.merge(
          field, ObservationMessages.text(messages, problem, locale), (a, b) -> a + " " + b);
    }
    model.addAttribute("currentArea", area);
    model.addAttribute("places", places.inArea(area.id()));
    model.addAttribute("vocabulary", observations.vocabulary(area));
    model.addAttribute("genders", Gender.values());
    model.addAttribute("ageBands", AgeBand.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("originErrors", errors);
    model.addAttribute("originNames", OriginNames.suggestions());
    model.addAttribute(
        "confirmNote",
        form.noteConfirmed()
            || problems.stream()
                .anyMatch(p -> p.messageKey().equals(ObservationRules.CONFIRM_NOTE)));
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
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      Model model,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    Observation observation = observations.get(actor, area, id);
    model.addAttribute("currentArea", area);
    model.addAttribute("observation", observation);
    model.addAttribute("correctable", observations.correctable(actor, observation));
    model.addAttribute(
        "phenomenonNames",
        observations.vocabulary(area).stream()
            .filter(p -> observation.phenomena().contains(p.code()))
            .map(p -> p.name(locale))
            .toList());
    model.addAttribute("genders", Gender.values());
    model.addAttribute("ageBands", AgeBand.values());
    model.addAttribute(
        "originsTotal", observation.origins().stream().mapToInt(OriginCount::count).sum());
    return "observations/show";
  }
}
