package se.klara.accounts;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.klara.shared.Actor;

/** A signed-in user changes their own password. */
@Controller
class PasswordController {
  private final Accounts accounts;

  PasswordController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/account/password")
  String form(Model model) {
    model.addAttribute("form", new PasswordForm("", "", ""));
    return "accounts/password";
  }

  @PostMapping("/account/password")
  String change(
      Actor actor,
      @Valid @ModelAttribute("form") PasswordForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    if (!errors.hasErrors() && !form.replacement().equals(form.confirmation())) {
      errors.rejectValue("confirmation", "password.confirmation.differs");
    }
    if (!errors.hasErrors()) {
      try {
        accounts.changeOwnPassword(
            actor, form.current().toCharArray(), form.replacement().toCharArray());
      } catch (AccountException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    if (errors.hasErrors()) {
      return "accounts/password";
    }
    redirect.addFlashAttribute("notice", "password.changed");
    return "redirect:/";
  }
}
