package se.klara.notifications;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.klara.accounts.AccountException;
import se.klara.accounts.Accounts;
import se.klara.shared.Actor;

/** The signed-in user's notifications and the address they are mailed to. */
@Controller
class NotificationController {
  private static final int SHOWN = 100;

  private final Notifications notifications;
  private final Accounts accounts;
  private final NotificationMailer mailer;

  NotificationController(
      Notifications notifications, Accounts accounts, NotificationMailer mailer) {
    this.notifications = notifications;
    this.accounts = accounts;
    this.mailer = mailer;
  }

  @GetMapping("/notifications")
  String list(Actor actor, Locale locale, Model model) {
    model.addAttribute("notifications", notifications.recent(actor.userId(), locale, SHOWN));
    if (!model.containsAttribute("email")) {
      model.addAttribute("email", accounts.emailOf(actor.userId()).orElse(""));
    }
    model.addAttribute("mailEnabled", mailer.enabled());
    return "notifications/list";
  }

  /** Opening a notification marks it read and follows its link. */
  @PostMapping("/notifications/{id}/open")
  String open(Actor actor, @PathVariable long id) {
    notifications.markRead(actor.userId(), id);
    return "redirect:" + notifications.linkOf(actor.userId(), id).orElse("/notifications");
  }

  @PostMapping("/notifications/read")
  String readAll(Actor actor, RedirectAttributes redirect) {
    notifications.markAllRead(actor.userId());
    redirect.addFlashAttribute("notice", "notifications.all-read");
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/email")
  String email(
      Actor actor,
      @RequestParam(defaultValue = "") String email,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      accounts.setEmail(actor.userId(), email);
    } catch (AccountException e) {
      model.addAttribute("email", email);
      model.addAttribute("emailError", e.messageKey());
      return list(actor, locale, model);
    }
    redirect.addFlashAttribute("notice", "notifications.email.saved");
    return "redirect:/notifications";
  }
}
