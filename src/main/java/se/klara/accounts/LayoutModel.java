package se.klara.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.shared.Actor;
import se.klara.shared.CurrentActor;

/** What the shared layout needs on every page: who is signed in and which areas they reach. */
@ControllerAdvice
class LayoutModel {
  private final AreaAccess areaAccess;

  LayoutModel(AreaAccess areaAccess) {
    this.areaAccess = areaAccess;
  }

  @ModelAttribute("me")
  Actor me() {
    return CurrentActor.get().orElse(null);
  }

  @ModelAttribute("myAreas")
  List<Area> myAreas() {
    return CurrentActor.get().map(areaAccess::areasOf).orElse(List.of());
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI();
  }
}
