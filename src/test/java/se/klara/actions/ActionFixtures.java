package se.klara.actions;

import se.klara.areas.Area;
import se.klara.shared.Actor;

/** Builds items in a given status through the real verbs, as the demo users would. */
final class ActionFixtures {
  private final ActionPlan plan;
  private final Area area;
  private final Actor field;
  private final Actor coordinator;
  private final Actor owner;

  ActionFixtures(ActionPlan plan, Area area, Actor field, Actor coordinator, Actor owner) {
    this.plan = plan;
    this.area = area;
    this.field = field;
    this.coordinator = coordinator;
    this.owner = owner;
  }

  /** "Lamp out" at Vasagatan 24: routed to the traffic office (the demo owner's organisation). */
  ActionItem lampOut(String title) {
    return plan.raise(
        field,
        area,
        new NewAction(Category.LIGHTING, "vasagatan-24", title, "Lampan är släckt.", null, null));
  }

  /** A dark corner at Klara kyrkogård, where no owner is recorded. */
  ActionItem darkCorner(String title) {
    return plan.raise(
        field, area, new NewAction(Category.LIGHTING, "klara-kyrkogard", title, null, null, null));
  }

  ActionItem in(Status status) {
    String title = "Test " + status + " " + System.nanoTime();
    return switch (status) {
      case OWNER_UNKNOWN -> darkCorner(title);
      case ASSIGNED -> lampOut(title);
      case ACCEPTED -> by(owner, lampOut(title), Verb.ACCEPT, null);
      case IN_PROGRESS -> by(owner, in(Status.ACCEPTED), Verb.START, null);
      case COMPLETED -> by(owner, in(Status.ACCEPTED), Verb.COMPLETE, "Ny lampa.");
      case WRITTEN_OFF -> by(coordinator, lampOut(title), Verb.WRITE_OFF, "Dubblett.");
      case ESCALATED -> by(coordinator, lampOut(title), Verb.ESCALATE, "Olöst i två månader.");
      case REOPENED -> by(field, in(Status.COMPLETED), Verb.REOPEN, "Fortfarande mörkt.");
    };
  }

  ActionItem by(Actor actor, ActionItem item, Verb verb, String note) {
    return plan.decide(actor, area, item.id(), item.version(), verb, Decision.note(note));
  }
}
