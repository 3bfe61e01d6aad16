package se.klara.actions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.klara.areas.Areas;
import se.klara.forums.AgendaContributor;
import se.klara.forums.AgendaEntry;
import se.klara.forums.ForumLevel;

/**
 * Puts action items on forum agendas: the strategic forum works out who owns the items whose owner
 * is being identified; the steering group takes up the items escalated to it.
 */
@Component
class ActionAgenda implements AgendaContributor {
  private final ActionPlan plan;
  private final Areas areas;
  private final MessageSource messages;

  ActionAgenda(ActionPlan plan, Areas areas, MessageSource messages) {
    this.plan = plan;
    this.areas = areas;
    this.messages = messages;
  }

  @Override
  public String heading(Locale locale) {
    return messages.getMessage("actions.agenda.heading", null, locale);
  }

  @Override
  public List<AgendaEntry> entriesFor(
      long areaId, ForumLevel level, LocalDate meetingDay, Locale locale) {
    Status status =
        switch (level) {
          case STRATEGIC -> Status.OWNER_UNKNOWN;
          case STEERING -> Status.ESCALATED;
          default -> null;
        };
    if (status == null) {
      return List.of();
    }
    var area = areas.withIds(List.of(areaId));
    if (area.isEmpty()) {
      return List.of();
    }
    String slug = area.get(0).slug();
    String key =
        status == Status.OWNER_UNKNOWN
            ? "actions.agenda.owner-unknown"
            : "actions.agenda.escalated";
    return plan.inStatus(areaId, List.of(status)).stream()
        .map(
            item -> {
              long days = Math.max(0, ChronoUnit.DAYS.between(item.raisedOn(), meetingDay));
              String title =
                  item.placeName() == null ? item.title() : item.title() + ", " + item.placeName();
              return new AgendaEntry(
                  title,
                  messages.getMessage(key, new Object[] {days}, locale),
                  "/areas/" + slug + "/actions/" + item.id());
            })
        .toList();
  }
}
