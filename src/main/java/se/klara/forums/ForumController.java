package se.klara.forums;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.directory.Directory;
import se.klara.directory.Organisations;
import se.klara.shared.Actor;
import se.klara.shared.InputException;
import se.klara.shared.Role;

/** Forums of an area and their meetings: list, create and edit, agenda, attendance, minutes. */
@Controller
class ForumController {
  private final AreaAccess areaAccess;
  private final Forums forums;
  private final Questions questions;
  private final Agendas agendas;
  private final Directory directory;
  private final Organisations organisations;
  private final MessageSource messages;

  ForumController(
      AreaAccess areaAccess,
      Forums forums,
      Questions questions,
      Agendas agendas,
      Directory directory,
      Organisations organisations,
      MessageSource messages) {
    this.areaAccess = areaAccess;
    this.forums = forums;
    this.questions = questions;
    this.agendas = agendas;
    this.directory = directory;
    this.organisations = organisations;
    this.messages = messages;
  }

  static LocalTime time(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InputException(field, "forums.error.time", text);
    }
  }

  static LocalDate day(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InputException(field, "forums.error.date", text);
    }
  }

  static boolean mayManage(Actor actor) {
    return actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN);
  }

  static boolean mayRun(Actor actor) {
    return mayManage(actor) || actor.is(Role.FIELD);
  }

  String message(InputException e, Locale locale) {
    return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
  }

  @GetMapping("/areas/{area}/forums")
  String list(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    forums.generateUpcoming(area.id());
    model.addAttribute("currentArea", area);
    model.addAttribute("forums", forums.inArea(area.id()));
    model.addAttribute("upcoming", forums.upcoming(area.id(), null, 12));
    model.addAttribute("mayManage", mayManage(actor));
    return "forums/list";
  }

  @GetMapping("/areas/{area}/forums/new")
  String newForm(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    return form(area, null, ForumForm.empty(), Map.of(), model);
  }

  private String form(
      Area area, Forum existing, ForumForm form, Map<String, String> errors, Model model) {
    model.addAttribute("currentArea", area);
    model.addAttribute("existing", existing);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("levels", ForumLevel.values());
    model.addAttribute("units", directory.unitsIn(area));
    model.addAttribute("organisations", organisations.participatingIn(area.id()));
    model.addAttribute(
        "parents",
        forums.inArea(area.id()).stream()
            .filter(f -> existing == null || f.id() != existing.id())
            .toList());
    return "forums/form";
  }

  @PostMapping("/areas/{area}/forums")
  String create(
      Actor actor,
      @PathVariable("area") String slug,
      ForumForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      Forum forum = forums.create(area, form.draft());
      redirect.addFlashAttribute("notice", "forums.created");
      return "redirect:/areas/" + area.slug() + "/forums/" + forum.id();
    } catch (InputException e) {
      return form(area, null, form, Map.of(e.field(), message(e, locale)), model);
    }
  }

  @GetMapping("/areas/{area}/forums/{id}")
  String show(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    Area area = areaAccess.require(actor, slug);
    Forum forum = forums.get(area.id(), id);
    forums.generate(forum, forums.today(), forums.today().plusDays(Forums.HORIZON_DAYS));
    model.addAttribute("currentArea", area);
    model.addAttribute("forum", forum);
    model.addAttribute("upcoming", forums.upcoming(area.id(), forum.id(), 10));
    model.addAttribute("past", forums.past(area.id(), forum.id(), 10));
    model.addAttribute("openQuestions", questions.openAt(forum.id()));
    List<String> participants = new ArrayList<>();
    organisations.participatingIn(area.id()).stream()
        .filter(o -> forum.participantIds().contains(o.id()))
        .forEach(o -> participants.add(o.name()));
    model.addAttribute("participants", participants);
    model.addAttribute("mayManage", mayManage(actor));
    model.addAttribute("mayRun", mayRun(actor));
    return "forums/forum";
  }

  @GetMapping("/areas/{area}/forums/{id}/edit")
  String edit(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id, Model model) {
    Area area = areaAccess.require(actor, slug);
    Forum forum = forums.get(area.id(), id);
    return form(area, forum, ForumForm.of(forum), Map.of(), model);
  }

  @PostMapping("/areas/{area}/forums/{id}")
  String update(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      ForumForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    Forum existing = forums.get(area.id(), id);
    try {
      forums.update(area, id, form.draft());
      redirect.addFlashAttribute("notice", "forums.saved");
      return "redirect:/areas/" + area.slug() + "/forums/" + id;
    } catch (InputException e) {
      return form(area, existing, form, Map.of(e.field(), message(e, locale)), model);
    }
  }

  @PostMapping("/areas/{area}/forums/{id}/meetings")
  String adHoc(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestParam(name = "day", required = false) String day,
      @RequestParam(name = "time", required = false) String time,
      @RequestParam(name = "durationMinutes", required = false) Integer duration,
      @RequestParam(name = "title", required = false) String title,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      Meeting m =
          forums.createAdHoc(area, id, day("day", day), time("time", time), duration, title);
      redirect.addFlashAttribute("notice", "forums.meeting.created");
      return "redirect:/areas/" + area.slug() + "/meetings/" + m.id();
    } catch (InputException e) {
      redirect.addFlashAttribute("problem", message(e, locale));
      return "redirect:/areas/" + area.slug() + "/forums/" + id;
    }
  }

  // -------------------------------------------------------------------------------- meetings

  @GetMapping("/areas/{area}/meetings/{id}")
  String meeting(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    Meeting m = forums.meeting(area.id(), id);
    Forum forum = forums.get(area.id(), m.forumId());
    model.addAttribute("currentArea", area);
    model.addAttribute("meeting", m);
    model.addAttribute("forum", forum);
    model.addAttribute("agenda", agendas.of(area, m, locale));
    model.addAttribute("attendance", forums.attendance(m.id()));
    model.addAttribute("corrections", forums.corrections(m.id()));
    model.addAttribute("raised", questions.raisedIn(m.id()));
    model.addAttribute("organisations", organisations.participatingIn(area.id()));
    model.addAttribute("units", directory.unitsIn(area));
    model.addAttribute("mayRun", mayRun(actor));
    model.addAttribute("mayRaise", QuestionController.mayRaise(actor));
    model.addAttribute("future", m.startsAt().isAfter(forums.now()));
    if (!model.containsAttribute("minutesText")) {
      model.addAttribute("minutesText", m.minutes());
      model.addAttribute("decisionsText", m.decisions());
    }
    return "forums/meeting";
  }

  /**
   * Runs one step on a meeting and goes back to it: the notice on success, the problem (in the
   * reader's language) when the input is refused.
   */
  private String act(
      Area area,
      long id,
      String anchor,
      String notice,
      Locale locale,
      RedirectAttributes redirect,
      java.util.function.Supplier<Object> step) {
    try {
      Object argument = step.get();
      redirect.addFlashAttribute("notice", notice);
      if (argument != null) {
        redirect.addFlashAttribute("noticeArgument", argument);
      }
    } catch (InputException e) {
      redirect.addFlashAttribute("problem", message(e, locale));
      redirect.addFlashAttribute(
          "needsConfirmation", "forums.privacy.confirm".equals(e.messageKey()));
    }
    return "redirect:/areas/" + area.slug() + "/meetings/" + id + anchor;
  }

  @PostMapping("/areas/{area}/meetings/{id}/invite")
  String invite(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    return act(
        area,
        id,
        "",
        "forums.meeting.invited",
        locale,
        redirect,
        () -> forums.invite(actor, area, id));
  }

  @PostMapping("/areas/{area}/meetings/{id}/cancel")
  String cancel(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    return act(
        area,
        id,
        "",
        "forums.meeting.cancelled",
        locale,
        redirect,
        () -> {
          forums.cancel(area, id);
          return null;
        });
  }

  @PostMapping("/areas/{area}/meetings/{id}/attendance")
  String attendance(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestParam(name = "organisationId", required = false) Long organisationId,
      @RequestParam(name = "unitId", required = false) Long unitId,
      @RequestParam(name = "people", required = false) Integer people,
      @RequestParam(name = "women", required = false) Integer women,
      @RequestParam(name = "men", required = false) Integer men,
      @RequestParam(name = "remove", required = false) Long remove,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    return act(
        area,
        id,
        "#attendance",
        "forums.attendance.saved",
        locale,
        redirect,
        () -> {
          if (remove != null) {
            forums.removeAttendance(area, id, remove);
          } else {
            forums.registerAttendance(area, id, organisationId, unitId, people, women, men);
          }
          return null;
        });
  }

  @PostMapping("/areas/{area}/meetings/{id}/minutes")
  String minutes(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestParam(name = "minutes", required = false) String minutes,
      @RequestParam(name = "decisions", required = false) String decisions,
      @RequestParam(name = "confirmed", required = false) Boolean confirmed,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    // What was written comes back with a refusal, so that nothing typed is lost.
    redirect.addFlashAttribute("minutesText", minutes);
    redirect.addFlashAttribute("decisionsText", decisions);
    return act(
        area,
        id,
        "#minutes",
        "forums.minutes.saved",
        locale,
        redirect,
        () -> {
          forums.saveMinutes(area, id, minutes, decisions, Boolean.TRUE.equals(confirmed));
          return null;
        });
  }

  @PostMapping("/areas/{area}/meetings/{id}/close")
  String close(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestParam(name = "chairedBy", required = false) String chairedBy,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    return act(
        area,
        id,
        "",
        "forums.meeting.closed",
        locale,
        redirect,
        () -> {
          forums.close(actor, area, id, chairedBy);
          return null;
        });
  }

  @PostMapping("/areas/{area}/meetings/{id}/corrections")
  String correction(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "confirmed", required = false) Boolean confirmed,
      Locale locale,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    return act(
        area,
        id,
        "#minutes",
        "forums.correction.added",
        locale,
        redirect,
        () -> {
          forums.addCorrection(actor, area, id, text, Boolean.TRUE.equals(confirmed));
          return null;
        });
  }

  @GetMapping("/areas/{area}/meetings/{id}/calendar.ics")
  ResponseEntity<String> ics(
      Actor actor, @PathVariable("area") String slug, @PathVariable("id") long id) {
    Area area = areaAccess.require(actor, slug);
    Meeting m = forums.meeting(area.id(), id);
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    String body =
        IcsWriter.write(
            m.forumName(),
            List.of(m),
            base,
            Map.of(area.id(), area.slug()),
            java.time.Instant.now());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("klara-meeting-" + id + ".ics")
                .build()
                .toString())
        .body(body);
  }
}
