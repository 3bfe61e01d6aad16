package se.klara.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.accounts.Account;
import se.klara.accounts.Accounts;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.directory.Organisations;
import se.klara.notifications.Notice;
import se.klara.notifications.Notifications;
import se.klara.places.AssetOwner;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.privacy.PrivacyGuard;
import se.klara.shared.Actor;
import se.klara.shared.NotFoundException;
import se.klara.shared.Role;

/**
 * The action plan of an area: raises items (routing them to the owner of the place's asset),
 * applies the lifecycle verbs with their guards and optimistic locking, audits every transition and
 * tells the raiser, the followers, the owner and the coordinators what was decided.
 */
@Service
public class ActionPlan {
  static final int MAX_TITLE = 120;
  static final int MAX_TEXT = 4000;

  private final ActionRepository repository;
  private final Places places;
  private final Areas areas;
  private final Accounts accounts;
  private final Organisations organisations;
  private final PrivacyGuard privacy;
  private final AuditLog audit;
  private final Notifications notifications;
  private final Clock clock;

  ActionPlan(
      ActionRepository repository,
      Places places,
      Areas areas,
      Accounts accounts,
      Organisations organisations,
      PrivacyGuard privacy,
      AuditLog audit,
      Notifications notifications,
      Clock clock) {
    this.repository = repository;
    this.places = places;
    this.areas = areas;
    this.accounts = accounts;
    this.organisations = organisations;
    this.privacy = privacy;
    this.audit = audit;
    this.notifications = notifications;
    this.clock = clock;
  }

  // --- Raising and routing --------------------------------------------------------------------

  /**
   * Raises a problem in the area as the actor. The owner is proposed from the place's asset owners
   * and the category; without one the item waits in "owner being identified". Refused with {@link
   * ActionRefused} (nothing stored) for a missing title, a physical problem without a place, text
   * that names a person, or a due date before today.
   */
  @Transactional
  public ActionItem raise(Actor actor, Area area, NewAction draft) {
    if (draft.category() == null) {
      throw ActionRefused.input("category", "actions.error.category");
    }
    String title = text("title", draft.title(), MAX_TITLE, true);
    String description = text("description", draft.description(), MAX_TEXT, false);
    Place place = null;
    if (draft.placeSlug() != null && !draft.placeSlug().isBlank()) {
      place =
          places
              .bySlug(area.id(), draft.placeSlug().trim())
              .orElseThrow(() -> ActionRefused.input("place", "actions.error.place-unknown"));
    } else if (draft.category().kind() == Kind.PHYSICAL) {
      throw ActionRefused.input("place", "actions.error.place-required");
    }
    Instant now = clock.instant();
    if (draft.dueDate() != null
        && draft.dueDate().isBefore(LocalDate.ofInstant(now, ActionItem.STOCKHOLM))) {
      throw ActionRefused.input("dueDate", "actions.error.due-before-raised");
    }
    Long owner = place == null ? null : proposeOwner(place.id(), draft.category()).orElse(null);
    ActionItem item =
        store(
            new ActionRepository.NewRow(
                area.id(),
                draft.category().kind(),
                draft.category(),
                place == null ? null : place.id(),
                null,
                null,
                null,
                title,
                description,
                actor.userId(),
                actor.organisationId(),
                "WEB",
                null,
                null,
                null,
                null,
                owner,
                null,
                draft.dueDate(),
                draft.priority() == null ? Priority.NORMAL : draft.priority(),
                owner == null ? Status.OWNER_UNKNOWN : Status.ASSIGNED,
                now,
                null),
            actor.userId(),
            label(actor));
    return item;
  }

  /** Stores a new item with its first history row, its audit row and the first notices. */
  ActionItem store(ActionRepository.NewRow row, Long actorUserId, String actorLabel) {
    long id = repository.insert(row);
    repository.event(
        id,
        row.raisedAt(),
        actorUserId,
        actorLabel,
        "RAISE",
        null,
        row.status(),
        row.ownerOrgId(),
        null);
    audit.record(
        AuditEntry.of("ACTION_RAISED", "action_item", id)
            .inArea(row.areaId())
            .withDetail("status " + row.status().name()));
    ActionItem item = repository.byId(row.areaId(), id).orElseThrow();
    if (item.status() == Status.ASSIGNED) {
      tell(ownerMembers(item), item, "actions.notice.assigned-to-you", null, actorUserId);
    } else {
      tell(coordinators(item), item, "actions.notice.owner-unknown", null, actorUserId);
    }
    return item;
  }

  /**
   * The owner the item should go to: for each asset of the category, the owner recorded at the
   * place or the nearest place it lies within; failing that the owner of the property (the station,
   * transit property, the building), so lighting inside the station goes to Jernhusen.
   */
  public Optional<Long> proposeOwner(long placeId, Category category) {
    List<AssetOwner> owners = places.ownersOf(placeId);
    for (var asset : category.assets()) {
      for (AssetOwner owner : owners) {
        if (owner.asset() == asset) {
          return Optional.of(owner.organisationId());
        }
      }
    }
    if (category.kind() != Kind.PHYSICAL) {
      return Optional.empty();
    }
    for (var asset : Category.PROPERTY) {
      for (AssetOwner owner : owners) {
        if (owner.asset() == asset) {
          return Optional.of(owner.organisationId());
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the area already holds items loaded as demo data. */
  public boolean hasDemoItems(Area area) {
    return repository.anyDemo(area.id());
  }

  /**
   * Stores an item handled before Klara with its history (the demo data): raised, assigned if it
   * has an owner, then the decision that brought it to its status. Nobody is notified.
   */
  @Transactional
  public ActionItem recordPast(Area area, PastAction past) {
    Long placeId =
        past.placeSlug() == null
            ? null
            : places.bySlug(area.id(), past.placeSlug()).map(Place::id).orElse(null);
    Instant raised = past.raisedOn().atTime(9, 0).atZone(ActionItem.STOCKHOLM).toInstant();
    Instant decided =
        past.closedOn() == null
            ? raised
            : past.closedOn().atTime(14, 0).atZone(ActionItem.STOCKHOLM).toInstant();
    long id =
        repository.insert(
            new ActionRepository.NewRow(
                area.id(),
                past.category().kind(),
                past.category(),
                placeId,
                null,
                null,
                null,
                past.title(),
                past.description(),
                past.raisedByUserId(),
                past.raisedByOrgId(),
                "DEMO",
                null,
                null,
                null,
                null,
                past.ownerOrgId(),
                null,
                null,
                Priority.NORMAL,
                past.status(),
                raised,
                null));
    String who = "Klara (demodata)";
    Status first = Status.OWNER_UNKNOWN;
    repository.event(id, raised, past.raisedByUserId(), who, "RAISE", null, first, null, null);
    if (past.ownerOrgId() != null) {
      repository.event(
          id,
          raised.plusSeconds(86_400),
          null,
          who,
          "ASSIGN",
          first,
          Status.ASSIGNED,
          past.ownerOrgId(),
          null);
      first = Status.ASSIGNED;
    }
    Verb last =
        switch (past.status()) {
          case COMPLETED -> Verb.COMPLETE;
          case WRITTEN_OFF -> Verb.WRITE_OFF;
          case ESCALATED -> Verb.ESCALATE;
          case ACCEPTED -> Verb.ACCEPT;
          case IN_PROGRESS -> Verb.START;
          default -> null;
        };
    if (last != null) {
      repository.event(
          id,
          decided,
          null,
          who,
          last.name(),
          first,
          past.status(),
          past.ownerOrgId(),
          past.outcome());
    }
    repository.transition(
        id,
        0,
        past.status(),
        past.ownerOrgId(),
        past.ownerFunction(),
        past.ownerOrgId() != null,
        past.status().open() ? null : past.outcome(),
        decided,
        !past.status().open());
    repository.setTimes(id, decided, past.status().open() ? null : decided);
    audit.record(
        AuditEntry.of("ACTION_RAISED", "action_item", id).inArea(area.id()).withDetail("demo"));
    return repository.byId(area.id(), id).orElseThrow();
  }

  // --- The verbs ------------------------------------------------------------------------------

  /**
   * Applies a verb to the item as the actor, from the version the actor saw. Refused with {@link
   * ActionRefused} and nothing stored when the item changed since (STALE), the verb does not apply
   * to the item's status (TRANSITION), the actor may not use it (FORBIDDEN), or the note or owner
   * is missing (INPUT).
   */
  @Transactional
  public ActionItem decide(
      Actor actor, Area area, long id, int expectedVersion, Verb verb, Decision decision) {
    ActionItem item = get(actor, area, id);
    if (item.version() != expectedVersion) {
      throw stale(item);
    }
    Status to = item.next(verb, actor);
    String note = text("note", decision.note(), MAX_TEXT, verb.needsNote());
    Long owner = item.ownerOrgId();
    String function = item.ownerFunction();
    boolean confirmed = item.ownerConfirmed();
    switch (verb) {
      case ASSIGN -> {
        if (decision.ownerOrgId() == null || organisations.byId(decision.ownerOrgId()).isEmpty()) {
          throw ActionRefused.input("owner", "actions.error.owner-required");
        }
        owner = decision.ownerOrgId();
        function = text("ownerFunction", decision.ownerFunction(), 200, false);
        confirmed = true;
        if (decision.dueDate() != null && decision.dueDate().isBefore(item.raisedOn())) {
          throw ActionRefused.input("dueDate", "actions.error.due-before-raised");
        }
      }
      case DECLINE -> {
        owner = null;
        function = null;
        confirmed = false;
      }
      default -> {}
    }
    String outcome =
        switch (verb) {
          case COMPLETE, WRITE_OFF -> note;
          case REOPEN -> null;
          default -> item.outcome();
        };
    Instant now = clock.instant();
    if (!repository.transition(
        id, expectedVersion, to, owner, function, confirmed, outcome, now, !to.open())) {
      throw stale(repository.byId(area.id(), id).orElse(item));
    }
    if (verb == Verb.ASSIGN && (decision.dueDate() != null || decision.priority() != null)) {
      repository.plan(id, decision.dueDate(), decision.priority());
    }
    repository.event(
        id, now, actor.userId(), label(actor), verb.name(), item.status(), to, owner, note);
    audit.record(
        AuditEntry.of("ACTION_" + verb.name(), "action_item", id)
            .inArea(area.id())
            .withDetail(item.status().name() + " -> " + to.name()));
    ActionItem after = repository.byId(area.id(), id).orElseThrow();
    announce(after, verb, note, actor.userId());
    return after;
  }

  /**
   * The raiser answers "is it fixed?" for a completed item. "Not fixed" reopens it for the
   * coordinator (audited as a reopening); the other answers are recorded and told to the owner.
   */
  @Transactional
  public ActionItem answer(
      Actor actor, Area area, long id, int expectedVersion, Answer answer, String comment) {
    ActionItem item = get(actor, area, id);
    if (item.version() != expectedVersion) {
      throw stale(item);
    }
    if (item.status() != Status.COMPLETED) {
      throw new ActionRefused(
          ActionRefused.Reason.TRANSITION,
          "answer",
          "actions.error.feedback-not-completed",
          item.status().messageKey());
    }
    if (!item.raisedBy(actor)) {
      throw new ActionRefused(
          ActionRefused.Reason.FORBIDDEN, "answer", "actions.error.feedback-not-raiser");
    }
    if (answer == null) {
      throw ActionRefused.input("answer", "actions.error.answer-required");
    }
    String text = text("comment", comment, MAX_TEXT, false);
    Instant now = clock.instant();
    boolean reopens = answer == Answer.NOT_FIXED;
    boolean changed =
        reopens
            ? repository.transition(
                id,
                expectedVersion,
                Status.REOPENED,
                item.ownerOrgId(),
                item.ownerFunction(),
                item.ownerConfirmed(),
                null,
                now,
                false)
            : repository.touch(id, expectedVersion, now);
    if (!changed) {
      throw stale(repository.byId(area.id(), id).orElse(item));
    }
    repository.feedback(id, actor.userId(), answer, text, now);
    repository.event(
        id,
        now,
        actor.userId(),
        label(actor),
        "FEEDBACK_" + answer.name(),
        item.status(),
        reopens ? Status.REOPENED : item.status(),
        item.ownerOrgId(),
        text);
    audit.record(
        AuditEntry.of(reopens ? "ACTION_REOPEN" : "ACTION_FEEDBACK", "action_item", id)
            .inArea(area.id())
            .withDetail("answer " + answer.name()));
    ActionItem after = repository.byId(area.id(), id).orElseThrow();
    Set<Long> told = new LinkedHashSet<>(ownerMembers(after));
    told.addAll(repository.followers(id));
    if (reopens) {
      told.addAll(coordinators(after));
    }
    tell(told, after, "actions.notice.answer." + answer.name(), text, actor.userId());
    return after;
  }

  /** Follows (or stops following) an item: followers are told of every decision. */
  @Transactional
  public void follow(Actor actor, Area area, long id, boolean follow) {
    ActionItem item = get(actor, area, id);
    if (follow) {
      repository.follow(item.id(), actor.userId());
    } else {
      repository.unfollow(item.id(), actor.userId());
    }
  }

  public boolean follows(Actor actor, ActionItem item) {
    return repository.followers(item.id()).contains(actor.userId());
  }

  // --- Reading --------------------------------------------------------------------------------

  /** The item if the actor may see it (partners and owners: their organisation's and their own). */
  public ActionItem get(Actor actor, Area area, long id) {
    return repository
        .byId(area.id(), id)
        .filter(item -> visibleTo(actor, item))
        .orElseThrow(() -> new NotFoundException("action"));
  }

  /** The area's items the actor may see that match the filter, newest first. */
  public List<ActionItem> visible(Actor actor, Area area, ActionFilter filter) {
    return repository.find(
        area.id(), filter, restricted(actor) ? actor.organisationId() : null, actor.userId());
  }

  /** One item of the area, whoever asks (Open311 reads physical items publicly). */
  Optional<ActionItem> byId(long areaId, long id) {
    return repository.byId(areaId, id);
  }

  /** Every item of the area that matches the filter, for reports (no actor scoping). */
  public List<ActionItem> inArea(long areaId, ActionFilter filter) {
    return repository.find(areaId, filter, null, null);
  }

  public List<ActionEvent> history(ActionItem item) {
    return repository.history(item.id());
  }

  public List<ActionFeedback> feedback(ActionItem item) {
    return repository.feedbackOf(item.id());
  }

  /**
   * The items completed or written off in the area between the two days (Stockholm, inclusive),
   * oldest closing first: the year's measures for the annual follow-up report.
   */
  public List<ClosedAction> closedIn(long areaId, LocalDate from, LocalDate toInclusive) {
    List<ActionItem> closed =
        new ArrayList<>(
            repository.find(areaId, ActionFilter.closedIn(from, toInclusive), null, null));
    closed.sort(java.util.Comparator.comparing(ActionItem::closedAt).thenComparing(ActionItem::id));
    return closed.stream()
        .map(
            i ->
                new ClosedAction(
                    i.id(),
                    i.title(),
                    i.description(),
                    i.category(),
                    i.placeName(),
                    i.ownerOrgName(),
                    i.status() == Status.COMPLETED
                        ? ClosedAction.Outcome.COMPLETED
                        : ClosedAction.Outcome.WRITTEN_OFF,
                    i.closedOn(),
                    i.outcome()))
        .toList();
  }

  /** Open items of the area in these statuses, oldest first. */
  List<ActionItem> inStatus(long areaId, List<Status> statuses) {
    return repository.inStatus(areaId, statuses);
  }

  /** Partners and owners see only their organisation's items and their own. */
  static boolean restricted(Actor actor) {
    return actor.is(Role.PARTNER) || actor.is(Role.OWNER);
  }

  static boolean visibleTo(Actor actor, ActionItem item) {
    return !restricted(actor) || item.ownedBy(actor) || item.raisedBy(actor);
  }

  // --- Helpers --------------------------------------------------------------------------------

  Instant now() {
    return clock.instant();
  }

  /** Checks free text: trimmed, within its length, and naming no person. */
  String text(String field, String value, int max, boolean required) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.isEmpty()) {
      if (required) {
        throw ActionRefused.input(field, "actions.error.required." + field);
      }
      return null;
    }
    if (trimmed.length() > max) {
      throw ActionRefused.input(field, "actions.error.too-long", max);
    }
    if (privacy.check(trimmed).blocked()) {
      throw ActionRefused.input(field, "actions.error.privacy");
    }
    return trimmed;
  }

  private static ActionRefused stale(ActionItem current) {
    return new ActionRefused(
        ActionRefused.Reason.STALE,
        "version",
        "actions.error.stale",
        current.status().messageKey());
  }

  static String label(Actor actor) {
    return actor.displayName() + " (" + actor.organisationName() + ")";
  }

  /** Tells everyone concerned by a verb (never the actor themselves). */
  private void announce(ActionItem item, Verb verb, String note, long actorUserId) {
    Set<Long> told = new LinkedHashSet<>(repository.followers(item.id()));
    if (item.raisedByUserId() != null) {
      if (verb == Verb.COMPLETE) {
        // The raiser is asked "is it fixed?" instead.
        told.remove(item.raisedByUserId());
        tell(List.of(item.raisedByUserId()), item, "actions.notice.ask-fixed", note, actorUserId);
      } else {
        told.add(item.raisedByUserId());
      }
    }
    switch (verb) {
      case ASSIGN ->
          tell(ownerMembers(item), item, "actions.notice.assigned-to-you", note, actorUserId);
      case DECLINE, REOPEN, ESCALATE -> told.addAll(coordinators(item));
      default -> {}
    }
    if (verb == Verb.ESCALATE) {
      told.addAll(members(item, a -> a.role() == Role.STEERING));
    }
    tell(told, item, "actions.notice." + verb.name(), note, actorUserId);
  }

  private void tell(
      java.util.Collection<Long> userIds, ActionItem item, String key, String text, Long actor) {
    List<Long> readers = userIds.stream().filter(u -> !u.equals(actor)).distinct().toList();
    if (readers.isEmpty()) {
      return;
    }
    String link = "/areas/" + areaSlug(item.areaId()) + "/actions/" + item.id();
    notifications.tell(readers, new Notice(key, List.of(item.title()), text, link));
  }

  private String areaSlug(long areaId) {
    return areas.withIds(List.of(areaId)).get(0).slug();
  }

  private List<Long> coordinators(ActionItem item) {
    return members(item, a -> a.role() == Role.COORDINATOR);
  }

  private List<Long> ownerMembers(ActionItem item) {
    if (item.ownerOrgId() == null) {
      return List.of();
    }
    return members(item, a -> a.organisationId() == item.ownerOrgId());
  }

  private List<Long> members(ActionItem item, java.util.function.Predicate<Account> which) {
    Area area = areas.withIds(List.of(item.areaId())).get(0);
    return accounts.membersOf(area).stream()
        .filter(Account::enabled)
        .filter(which)
        .map(Account::id)
        .toList();
  }
}
