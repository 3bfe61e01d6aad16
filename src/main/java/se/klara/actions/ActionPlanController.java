package se.klara.actions;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
import se.klara.directory.Organisations;
import se.klara.places.Places;
import se.klara.shared.Actor;

/**
 * The action plan's pages: the plan (list and map, by owner, age, status or place), the owner's
 * view, raising a problem, one item with its history, the verbs the reader may use and the raiser's
 * "is it fixed?".
 */
@Controller
class ActionPlanController {
  private final AreaAccess areaAccess;
  private final ActionPlan plan;
  private final Places places;
  private final Organisations organisations;
  private final MessageSource messages;
  private final String tileUrl;
  private final String attribution;

  ActionPlanController(
      AreaAccess areaAccess,
      ActionPlan plan,
      Places places,
      Organisations organisations,
      MessageSource messages,
      @org.springframework.beans.factory.annotation.Value("${klara.map.tile-url}") String tileUrl,
      @org.springframework.beans.factory.annotation.Value("${klara.map.attribution}")
          String attribution) {
    this.tileUrl = tileUrl;
    this.attribution = attribution;
    this.areaAccess = areaAccess;
    this.plan = plan;
    this.places = places;
    this.organisations = organisations;
    this.messages = messages;
  }

  @GetMapping("/areas/{area}/actions")
  String planPage(
      Actor actor,
      @PathVariable("area") String slug,
      PlanParams params,
      Model model,
      Locale locale) {
    Area area = areaAccess.require(actor, slug);
    PlanView view = PlanView.read(places, area, params);
    List<ActionItem> items = plan.visible(actor, area, view.filter());
    String grouping = params.group() == null ? "status" : params.group();
    return plan(model, area, view, items, grouping, false, view.query(), locale);
  }

  private String plan(
      Model model,
      Area area,
      PlanView view,
      List<ActionItem> items,
      String grouping,
      boolean mine,
      String exportQuery,
      Locale locale) {
    Instant now = plan.now();
    model.addAttribute("currentArea", area);
    model.addAttribute("view", view);
    model.addAttribute("items", items);
    model.addAttribute("groups", groups(items, grouping, now, locale));
    model.addAttribute("group", grouping);
    model.addAttribute("now", now);
    model.addAttribute("today", LocalDate.ofInstant(now, ActionItem.STOCKHOLM));
    model.addAttribute("statuses", Status.values());
    model.addAttribute("owners", organisations.participatingIn(area.id()));
    model.addAttribute("places", places.inArea(area.id()));
    model.addAttribute("mine", mine);
    model.addAttribute("tileUrl", tileUrl);
    model.addAttribute("attribution", attribution);
    model.addAttribute("exportQuery", exportQuery);
    return "actions/plan";
  }

  /** The owner's view: what is assigned to the reader's organisation, open first. */
  @GetMapping("/areas/{area}/actions/mine")
  String mine(Actor actor, @PathVariable("area") String slug, Model model, Locale locale) {
    Area area = areaAccess.require(actor, slug);
    ActionFilter filter = ActionFilter.all().withOwner(actor.organisationId());
    List<ActionItem> items = new ArrayList<>(plan.visible(actor, area, filter));
    items.sort(Comparator.comparing((ActionItem i) -> !i.status().open()));
    return plan(
        model,
        area,
        PlanView.empty(),
        items,
        "status",
        true,
        "?state=all&owner=" + actor.organisationId(),
        locale);
  }

  @GetMapping("/areas/{area}/actions/new")
  String newItem(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "place", required = false) String place,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    return form(model, area, new RaiseForm(null, place, null, null, null, null), null, null);
  }

  /** The raise form as posted. */
  record RaiseForm(
      String category,
      String place,
      String title,
      String description,
      String dueDate,
      String priority) {}

  @PostMapping("/areas/{area}/actions")
  String raise(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "category", required = false) String category,
      @RequestParam(name = "place", required = false) String place,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "description", required = false) String description,
      @RequestParam(name = "dueDate", required = false) String dueDate,
      @RequestParam(name = "priority", required = false) String priority,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    RaiseForm typed = new RaiseForm(category, place, title, description, dueDate, priority);
    try {
      Category chosen =
          Category.fromCode(category)
              .orElseThrow(() -> ActionRefused.input("category", "actions.error.category"));
      LocalDate due = date("dueDate", dueDate);
      Priority level = priority(priority);
      ActionItem item =
          plan.raise(actor, area, new NewAction(chosen, place, title, description, due, level));
      redirect.addFlashAttribute(
          "notice",
          item.status() == Status.ASSIGNED ? "actions.raised.routed" : "actions.raised.unknown");
      redirect.addFlashAttribute(
          "noticeArgument", item.ownerOrgName() == null ? "" : item.ownerOrgName());
      return "redirect:/areas/" + area.slug() + "/actions/" + item.id();
    } catch (ActionRefused e) {
      response.setStatus(e.reason().httpStatus());
      return form(model, area, typed, e.field(), ActionMessages.text(messages, e, locale));
    }
  }

  private String form(Model model, Area area, RaiseForm form, String field, String error) {
    model.addAttribute("currentArea", area);
    model.addAttribute("form", form);
    model.addAttribute("errorField", field);
    model.addAttribute("error", error);
    model.addAttribute("categories", Category.values());
    model.addAttribute("priorities", Priority.values());
    model.addAttribute("places", places.inArea(area.id()));
    return "actions/new";
  }

  @GetMapping("/areas/{area}/actions/{id}")
  String item(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    Area area = areaAccess.require(actor, slug);
    return page(model, actor, area, plan.get(actor, area, id), null, null, null, null, null);
  }

  @PostMapping("/areas/{area}/actions/{id}")
  String decide(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestParam(name = "verb", required = false) String verbKey,
      @RequestParam(name = "version", required = false) String version,
      @RequestParam(name = "note", required = false) String note,
      @RequestParam(name = "owner", required = false) String owner,
      @RequestParam(name = "ownerFunction", required = false) String ownerFunction,
      @RequestParam(name = "dueDate", required = false) String dueDate,
      @RequestParam(name = "priority", required = false) String priority,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    ActionItem current = plan.get(actor, area, id);
    try {
      Verb verb =
          Verb.fromKey(verbKey)
              .orElseThrow(() -> ActionRefused.input("verb", "actions.error.verb"));
      Long ownerId =
          owner == null || !owner.strip().matches("\\d{1,18}") ? null : Long.valueOf(owner.strip());
      plan.decide(
          actor,
          area,
          id,
          version(version),
          verb,
          new Decision(
              note,
              ownerId,
              ownerFunction,
              date("dueDate", dueDate),
              priority == null || priority.isBlank() ? null : priority(priority)));
      String notice = "actions.decided." + verb.name();
      redirect.addFlashAttribute("notice", notice);
      return "redirect:/areas/" + area.slug() + "/actions/" + id;
    } catch (ActionRefused e) {
      response.setStatus(e.reason().httpStatus());
      // The page shows the item as it is now, with what the reader typed kept in its form.
      ActionItem fresh = plan.get(actor, area, id);
      return page(
          model,
          actor,
          area,
          fresh,
          ActionMessages.text(messages, e, locale),
          verbKey,
          note,
          ownerFunction,
          null);
    }
  }

  @PostMapping("/areas/{area}/actions/{id}/feedback")
  String feedback(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestParam(name = "answer", required = false) String answer,
      @RequestParam(name = "version", required = false) String version,
      @RequestParam(name = "comment", required = false) String comment,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    plan.get(actor, area, id);
    try {
      Answer chosen = answer(answer);
      plan.answer(actor, area, id, version(version), chosen, comment);
      String notice = "actions.answered." + chosen.name();
      redirect.addFlashAttribute("notice", notice);
      return "redirect:/areas/" + area.slug() + "/actions/" + id;
    } catch (ActionRefused e) {
      response.setStatus(e.reason().httpStatus());
      return page(
          model,
          actor,
          area,
          plan.get(actor, area, id),
          ActionMessages.text(messages, e, locale),
          null,
          null,
          null,
          comment);
    }
  }

  @PostMapping("/areas/{area}/actions/{id}/follow")
  String follow(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestParam(name = "follow", required = false) String follow,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    boolean on = !"false".equals(follow);
    plan.follow(actor, area, id, on);
    redirect.addFlashAttribute("notice", on ? "actions.followed" : "actions.unfollowed");
    return "redirect:/areas/" + area.slug() + "/actions/" + id;
  }

  private String page(
      Model model,
      Actor actor,
      Area area,
      ActionItem item,
      String error,
      String typedVerb,
      String typedNote,
      String typedFunction,
      String typedComment) {
    model.addAttribute("currentArea", area);
    model.addAttribute("item", item);
    model.addAttribute("history", plan.history(item));
    model.addAttribute("feedback", plan.feedback(item));
    model.addAttribute(
        "verbs",
        java.util.Arrays.stream(Verb.values()).filter(v -> item.offers(v, actor)).toList());
    model.addAttribute("askFeedback", item.asksFeedbackFrom(actor));
    model.addAttribute("answers", Answer.values());
    model.addAttribute("follows", plan.follows(actor, item));
    model.addAttribute("owners", organisations.participatingIn(area.id()));
    model.addAttribute("error", error);
    model.addAttribute("typedVerb", typedVerb);
    model.addAttribute("typedNote", typedNote);
    model.addAttribute("typedFunction", typedFunction);
    model.addAttribute("typedComment", typedComment);
    model.addAttribute("today", LocalDate.ofInstant(plan.now(), ActionItem.STOCKHOLM));
    model.addAttribute("ageDays", item.ageDays(plan.now()));
    return "actions/item";
  }

  // --- Groups of the plan ---------------------------------------------------------------------

  /** A heading of the plan with its items. */
  public record Group(String heading, List<ActionItem> items) {}

  private List<Group> groups(List<ActionItem> items, String by, Instant now, Locale locale) {
    Function<ActionItem, String> key =
        switch (by) {
          case "owner" ->
              i ->
                  i.ownerOrgName() != null
                      ? i.ownerOrgName()
                      : messages.getMessage("actions.owner.none", null, locale);
          case "place" ->
              i ->
                  i.placeName() != null
                      ? i.placeName()
                      : messages.getMessage("actions.place.none", null, locale);
          case "age" -> i -> messages.getMessage(ageBand(i.ageDays(now)), null, locale);
          default -> i -> messages.getMessage(i.status().messageKey(), null, locale);
        };
    List<ActionItem> sorted = new ArrayList<>(items);
    switch (by) {
      case "age" -> sorted.sort(Comparator.comparing(ActionItem::raisedAt));
      case "status" -> sorted.sort(Comparator.comparing(ActionItem::status));
      default -> sorted.sort(Comparator.comparing(key));
    }
    Map<String, List<ActionItem>> grouped = new LinkedHashMap<>();
    for (ActionItem item : sorted) {
      grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
    }
    return grouped.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
  }

  static String ageBand(long days) {
    if (days <= 7) {
      return "actions.age.week";
    }
    if (days <= 30) {
      return "actions.age.month";
    }
    if (days <= 90) {
      return "actions.age.quarter";
    }
    return "actions.age.older";
  }

  // --- Reading typed values -------------------------------------------------------------------

  static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ActionRefused.input(field, "actions.error.date");
    }
  }

  static Priority priority(String value) {
    if (value == null || value.isBlank()) {
      return Priority.NORMAL;
    }
    try {
      return Priority.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw ActionRefused.input("priority", "actions.error.priority");
    }
  }

  static int version(String value) {
    if (value == null || !value.strip().matches("\\d{1,9}")) {
      throw new ActionRefused(ActionRefused.Reason.STALE, "version", "actions.error.version");
    }
    return Integer.parseInt(value.strip());
  }

  static Answer answer(String value) {
    try {
      return Answer.valueOf(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw ActionRefused.input("answer", "actions.error.answer-required");
    }
  }
}
