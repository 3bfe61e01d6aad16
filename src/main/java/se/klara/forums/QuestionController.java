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
import se.klara.places.Places;
import se.klara.shared.Actor;
import se.klara.shared.InputException;
import se.klara.shared.Role;

/** Questions: the area's list, raising one, its history and the decisions on it. */
@Controller
class QuestionController {
  private final AreaAccess areaAccess;
  private final Questions questions;
  private final Forums forums;
  private final Places places;
  private final MessageSource messages;

  QuestionController(
      AreaAccess areaAccess,
      Questions questions,
      Forums forums,
      Places places,
      MessageSource messages) {
    this.areaAccess = areaAccess;
    this.questions = questions;
    this.forums = forums;
    this.places = places;
    this.messages = messages;
  }

  static boolean mayRaise(Actor actor) {
    return !actor.is(Role.PARTNER);
  }

  /** Who may answer, close, record decisions and send to the action plan. */
  static boolean mayDecide(Actor actor) {
    return actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN) || actor.is(Role.STEERING);
  }

  /** Who may carry a question up a level (also the field worker who raised it). */
  static boolean mayEscalate(Actor actor) {
    return mayDecide(actor) || actor.is(Role.FIELD);
  }

  private String message(InputException e, Locale locale) {
    return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
  }

  @GetMapping("/areas/{area}/questions")
  String list(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "all", required = false) Boolean all,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("questions", questions.inArea(area.id(), !Boolean.TRUE.equals(all)));
    model.addAttribute("all", Boolean.TRUE.equals(all));
    model.addAttribute("forums", forums.inArea(area.id()));
    model.addAttribute("places", places.inArea(area.id()));
    model.addAttribute("mayRaise", mayRaise(actor));
    return "forums/questions";
  }

  @PostMapping("/areas/{area}/questions")
  String raise(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "placeId", required = false) Long placeId,
      @RequestParam(name = "forumId", required = false) Long forumId,
      @RequestParam(name = "meetingId", required = false) Long meetingId,
      @RequestParam(name = "owner", required = false) String owner,
      @RequestParam(name = "dueDate", required = false) String dueDate,
      @RequestParam(name = "confirmed", required = false) Boolean confirmed,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      Question q =
          questions.raise(
              actor,
              area,
              text,
              placeId,
              forumId,
              meetingId,
              owner,
              ForumController.day("dueDate", dueDate),
              Boolean.TRUE.equals(confirmed));
      redirect.addFlashAttribute("notice", "forums.question.raised");
      return "redirect:/areas/" + area.slug() + "/questions/" + q.id();
    } catch (InputException e) {
      redirect.addFlashAttribute("problem", message(e, locale));
      redirect.addFlashAttribute("questionText", text);
      redirect.addFlashAttribute(
          "needsConfirmation", "forums.privacy.confirm".equals(e.messageKey()));
      return meetingId != null
          ? "redirect:/areas/" + area.slug() + "/meetings/" + meetingId + "#raise"
          : "redirect:/areas/" + area.slug() + "/questions#raise";
    }
  }

  @GetMapping("/areas/{area}/questions/{id}")
  String show(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    Area area = areaAccess.require(actor, slug);
    Question q = questions.get(area.id(), id);
    Forum forum = forums.get(area.id(), q.forumId());
    model.addAttribute("currentArea", area);
    model.addAttribute("question", q);
    model.addAttribute("forum", forum);
    model.addAttribute("history", questions.history(q.id()));
    model.addAttribute("meetings", forums.upcoming(area.id(), forum.id(), 3));
    model.addAttribute("mayDecide", mayDecide(actor));
    model.addAttribute("mayEscalate", mayEscalate(actor));
    return "forums/question";
  }

  /** The steps on a question, each its own endpoint (the access spec lists who may take it). */
  @PostMapping({
    "/areas/{area}/questions/{id}/escalate",
    "/areas/{area}/questions/{id}/decide",
    "/areas/{area}/questions/{id}/answer",
    "/areas/{area}/questions/{id}/close",
    "/areas/{area}/questions/{id}/action"
  })
  String step(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "meetingId", required = false) Long meetingId,
      @RequestParam(name = "confirmed", required = false) Boolean confirmed,
      jakarta.servlet.http.HttpServletRequest request,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    String uri = request.getRequestURI();
    String step = uri.substring(uri.lastIndexOf('/') + 1);
    boolean ok = Boolean.TRUE.equals(confirmed);
    try {
      switch (step) {
        case "escalate" -> {
          questions.escalate(actor, area, id, text, meetingId, ok);
          redirect.addFlashAttribute("notice", "forums.question.escalated");
        }
        case "decide" -> {
          questions.decide(actor, area, id, text, meetingId, ok);
          redirect.addFlashAttribute("notice", "forums.question.decided");
        }
        case "answer" -> {
          questions.answer(actor, area, id, text, meetingId, ok);
          redirect.addFlashAttribute("notice", "forums.question.answered");
        }
        case "close" -> {
          questions.close(actor, area, id, text, meetingId, ok);
          redirect.addFlashAttribute("notice", "forums.question.closed");
        }
        default -> {
          if (!ok) {
            throw new InputException("confirmed", "forums.error.question.send-confirm");
          }
          questions.sendToActionPlan(actor, area, id, meetingId);
          redirect.addFlashAttribute("notice", "forums.question.sent");
        }
      }
    } catch (InputException e) {
      redirect.addFlashAttribute("problem", message(e, locale));
      redirect.addFlashAttribute("stepText", text);
      redirect.addFlashAttribute("failedStep", step);
    }
    return "redirect:/areas/" + area.slug() + "/questions/" + id;
  }
}
