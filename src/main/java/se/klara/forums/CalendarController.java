package se.klara.forums;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.klara.shared.Actor;
import se.klara.shared.NotFoundException;

/**
 * The user's own calendar feed: create (or replace) and revoke the secret URL; the feed itself is
 * reached without a session and authenticated by the secret alone.
 */
@Controller
class CalendarController {
  private final CalendarFeeds feeds;

  CalendarController(CalendarFeeds feeds) {
    this.feeds = feeds;
  }

  private static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }

  @GetMapping("/calendar")
  String page(Actor actor, Model model) {
    model.addAttribute("hasFeed", feeds.exists(actor.userId()));
    return "forums/calendar";
  }

  @PostMapping("/calendar/feed")
  String create(Actor actor, RedirectAttributes redirect) {
    String token = feeds.create(actor);
    redirect.addFlashAttribute("feedUrl", base() + "/calendar/feed/" + token);
    redirect.addFlashAttribute("notice", "forums.calendar.created");
    return "redirect:/calendar";
  }

  @PostMapping("/calendar/feed/revoke")
  String revoke(Actor actor, RedirectAttributes redirect) {
    feeds.revoke(actor);
    redirect.addFlashAttribute("notice", "forums.calendar.revoked");
    return "redirect:/calendar";
  }

  /** The feed; the path segment is the secret token. An unknown or revoked token answers 404. */
  @GetMapping("/calendar/feed/{id}")
  ResponseEntity<String> feed(@PathVariable("id") String token) {
    long userId = feeds.userOf(token).orElseThrow(() -> new NotFoundException("calendar"));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Referrer-Policy", "no-referrer")
        .body(feeds.feed(userId, base()));
  }
}
