package se.klara.notifications;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.klara.shared.CurrentActor;

/** The unread count the shared layout shows next to the notifications link on every page. */
@ControllerAdvice
class UnreadNotifications {
  private final Notifications notifications;

  UnreadNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  @ModelAttribute("unreadNotifications")
  Integer unread() {
    return CurrentActor.get().map(actor -> notifications.unreadCount(actor.userId())).orElse(0);
  }
}
