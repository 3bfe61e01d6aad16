package se.klara.actions;

import jakarta.servlet.http.HttpServletResponse;
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
import se.klara.directory.Organisations;
import se.klara.shared.Actor;

/** Coordinators and admins make and revoke the API keys of the area's Open311 clients. */
@Controller
class Open311KeysController {
  private final AreaAccess areaAccess;
  private final Open311Clients clients;
  private final Organisations organisations;
  private final MessageSource messages;

  Open311KeysController(
      AreaAccess areaAccess,
      Open311Clients clients,
      Organisations organisations,
      MessageSource messages) {
    this.areaAccess = areaAccess;
    this.clients = clients;
    this.organisations = organisations;
    this.messages = messages;
  }

  @GetMapping("/areas/{area}/actions/open311")
  String list(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    return page(model, area, null);
  }

  @PostMapping("/areas/{area}/actions/open311")
  String create(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "organisation", required = false) String organisation,
      @RequestParam(name = "name", required = false) String name,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      long organisationId =
          organisation != null && organisation.strip().matches("\\d{1,18}")
              ? Long.parseLong(organisation.strip())
              : -1;
      Open311Clients.NewKey made = clients.create(area, organisationId, name);
      redirect.addFlashAttribute("newKey", made.key());
      redirect.addFlashAttribute("notice", "actions.open311.created");
      return "redirect:/areas/" + area.slug() + "/actions/open311";
    } catch (ActionRefused e) {
      response.setStatus(400);
      return page(model, area, ActionMessages.text(messages, e, locale));
    }
  }

  @PostMapping("/areas/{area}/actions/open311/{id}/revoke")
  String revoke(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") long id,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    clients.revoke(area, id);
    redirect.addFlashAttribute("notice", "actions.open311.revoked");
    return "redirect:/areas/" + area.slug() + "/actions/open311";
  }

  private String page(Model model, Area area, String error) {
    model.addAttribute("currentArea", area);
    model.addAttribute("clients", clients.inArea(area));
    model.addAttribute("organisations", organisations.all());
    model.addAttribute("error", error);
    return "actions/open311";
  }
}
