package se.klara.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.klara.shared.CurrentActor;

/** Anonymous visitors see the public page; signed-in users their role's home page. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return CurrentActor.get().isPresent() ? "home/home" : "home/public";
  }
}
