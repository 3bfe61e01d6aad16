package se.klara.forums;

import java.util.Locale;
import org.springframework.context.MessageSource;
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

/** Bookings of the shared premises (Klara samverkanslokal). */
@Controller
class PremisesController {
  private final AreaAccess areaAccess;
  private final Premises premises;
  private final Forums forums;
  private final MessageSource messages;

  PremisesController(
      AreaAccess areaAccess, Premises premises, Forums forums, MessageSource messages) {
    this.areaAccess = areaAccess;
    this.premises = premises;
    this.forums = forums;
    this.messages = messages;
  }

  @GetMapping("/areas/{area}/premises")
  String page(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("bookings", premises.from(area.id(), forums.today()));
    model.addAttribute(
        "purposes", java.util.List.of("MEETING", "TRAINING", "STUDY_VISIT", "OTHER"));
    model.addAttribute("mayBook", ForumController.mayRun(actor));
    return "forums/premises";
  }

  @PostMapping("/areas/{area}/premises")
  String book(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "purpose", required = false) String purpose,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "day", required = false) String day,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      premises.book(
          actor,
          area,
          purpose,
          title,
          ForumController.day("day", day),
          ForumController.time("from", from),
          ForumController.time("to", to));
      redirect.addFlashAttribute("notice", "forums.premises.booked");
    } catch (InputException e) {
      redirect.addFlashAttribute(
          "problem", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
      redirect.addFlashAttribute("entered", new String[] {purpose, title, day, from, to});
    }
    return "redirect:/areas/" + area.slug() + "/premises";
  }
}
