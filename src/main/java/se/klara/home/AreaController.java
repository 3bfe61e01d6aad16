package se.klara.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.klara.accounts.Accounts;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.directory.Organisations;
import se.klara.shared.Actor;
import se.klara.shared.Role;

/** The overview of one area: who takes part and, for coordinators, who has access. */
@Controller
class AreaController {
  private final AreaAccess areaAccess;
  private final Organisations organisations;
  private final Accounts accounts;

  AreaController(AreaAccess areaAccess, Organisations organisations, Accounts accounts) {
    this.areaAccess = areaAccess;
    this.organisations = organisations;
    this.accounts = accounts;
  }

  @GetMapping("/areas/{area}")
  String overview(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    // Not "area": the path variable of that name is in the model too.
    model.addAttribute("currentArea", area);
    model.addAttribute("organisations", organisations.participatingIn(area.id()));
    if (actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN)) {
      model.addAttribute("members", accounts.membersOf(area));
    }
    return "home/area";
  }
}
