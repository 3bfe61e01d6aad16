package se.klara.actions;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.klara.forums.ActionRequested;
import se.klara.places.Places;

/**
 * Raises an action item when a forum sends a question or a meeting point to the action plan, in the
 * forum's transaction (a decision that rolls back raises nothing). The owner is proposed from the
 * place when there is one; otherwise the item waits for the strategic forum.
 */
@Component
class ForumRequests {
  private final ActionPlan plan;
  private final Places places;
  private final JdbcClient jdbc;

  ForumRequests(ActionPlan plan, Places places, JdbcClient jdbc) {
    this.plan = plan;
    this.places = places;
    this.jdbc = jdbc;
  }

  @EventListener
  void on(ActionRequested request) {
    Long placeId =
        request.placeId() == null
            ? null
            : places
                .byId(request.placeId())
                .filter(p -> p.areaId() == request.areaId())
                .map(p -> p.id())
                .orElse(null);
    Category category = placeId == null ? Category.OTHER : Category.OTHER_PHYSICAL;
    String text = request.text() == null ? "" : request.text().strip();
    String title = firstLine(text);
    if (title.isEmpty()) {
      title = request.raisedInLabel() == null ? "–" : firstLine(request.raisedInLabel());
    }
    var raiser =
        jdbc.sql(
                """
                select u.organisation_id, u.display_name || ' (' || o.name || ')'
                from app_user u join organisation o on o.id = u.organisation_id where u.id = ?
                """)
            .param(request.requestedByUserId())
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional();
    Long owner = placeId == null ? null : plan.proposeOwner(placeId, category).orElse(null);
    plan.store(
        new ActionRepository.NewRow(
            request.areaId(),
            category.kind(),
            category,
            placeId,
            null,
            null,
            null,
            plan.text("title", title, ActionPlan.MAX_TITLE, true),
            plan.text("description", text, ActionPlan.MAX_TEXT, false),
            raiser.isPresent() ? request.requestedByUserId() : null,
            raiser.map(r -> (Long) r[0]).orElse(null),
            "FORUM",
            request.raisedInLabel(),
            request.raisedInLink(),
            request.questionId(),
            request.meetingId(),
            owner,
            null,
            null,
            Priority.NORMAL,
            owner == null ? Status.OWNER_UNKNOWN : Status.ASSIGNED,
            plan.now(),
            null),
        raiser.isPresent() ? request.requestedByUserId() : null,
        raiser.map(r -> (String) r[1]).orElse(request.raisedInLabel()));
  }

  /** The first line of the text, cut at a word to fit a title. */
  static String firstLine(String text) {
    String line = text.lines().findFirst().orElse("").strip();
    if (line.length() <= ActionPlan.MAX_TITLE) {
      return line;
    }
    int cut = line.lastIndexOf(' ', ActionPlan.MAX_TITLE - 1);
    return line.substring(0, cut > 40 ? cut : ActionPlan.MAX_TITLE - 1) + "…";
  }
}
