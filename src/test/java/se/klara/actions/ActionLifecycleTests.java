package se.klara.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.shared.Actor;
import se.klara.shared.NotFoundException;
import se.klara.support.IntegrationTest;

/**
 * Every verb from every status: allowed where the lifecycle allows it (leading to the expected
 * status), refused everywhere else with nothing stored; who may use which verb; the concurrent-edit
 * conflict.
 */
class ActionLifecycleTests extends IntegrationTest {
  @Autowired ActionPlan plan;
  @Autowired Areas areas;

  Area klara;
  Actor field;
  Actor coordinator;
  Actor owner;
  Actor partner;
  ActionFixtures fixtures;

  /** The lifecycle as the issue describes it, written out independently of {@link Verb}. */
  static final Map<Verb, Map<Status, Status>> ALLOWED = new EnumMap<>(Verb.class);

  static {
    allow(Verb.ASSIGN, Status.ASSIGNED, "OWNER_UNKNOWN ASSIGNED ESCALATED REOPENED");
    allow(Verb.ACCEPT, Status.ACCEPTED, "ASSIGNED");
    allow(Verb.DECLINE, Status.OWNER_UNKNOWN, "ASSIGNED");
    allow(Verb.START, Status.IN_PROGRESS, "ACCEPTED");
    allow(Verb.COMPLETE, Status.COMPLETED, "ACCEPTED IN_PROGRESS");
    allow(
        Verb.WRITE_OFF,
        Status.WRITTEN_OFF,
        "OWNER_UNKNOWN ASSIGNED ACCEPTED IN_PROGRESS ESCALATED REOPENED");
    allow(Verb.ESCALATE, Status.ESCALATED, "OWNER_UNKNOWN ASSIGNED ACCEPTED IN_PROGRESS REOPENED");
    allow(Verb.REOPEN, Status.REOPENED, "COMPLETED WRITTEN_OFF");
  }

  static void allow(Verb verb, Status to, String from) {
    Map<Status, Status> map = new EnumMap<>(Status.class);
    for (String s : from.split(" ")) {
      map.put(Status.valueOf(s), to);
    }
    ALLOWED.put(verb, map);
  }

  @BeforeEach
  void setUp() {
    klara = areas.bySlug("klara").orElseThrow();
    field = actor("field");
    coordinator = actor("coordinator");
    owner = actor("owner");
    partner = actor("partner");
    fixtures = new ActionFixtures(plan, klara, field, coordinator, owner);
  }

  /**
   * Who uses a verb in this test: the owner organisation's user when it owns the item (without an
   * owner a coordinator, who sees every item), the raiser, or a coordinator.
   */
  private Actor user(Verb verb, ActionItem item) {
    return switch (verb) {
      case ACCEPT, DECLINE, START, COMPLETE -> item.ownedBy(owner) ? owner : coordinator;
      case REOPEN -> field;
      default -> coordinator;
    };
  }

  private Decision decision(Verb verb) {
    return verb == Verb.ASSIGN
        ? Decision.assignTo(owner.organisationId(), "Belysningsansvarig")
        : Decision.note("Anteckning för " + verb);
  }

  private int historyRows(long id) {
    return jdbc.sql("select count(*) from action_event where item_id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  private int auditRows(long id) {
    return jdbc.sql(
            "select count(*) from audit_event where object_type = 'action_item' and object_id = ?")
        .param(String.valueOf(id))
        .query(Integer.class)
        .single();
  }

  @Test
  void everyVerbFromEveryStatusIsAllowedOrRefusedAsTheLifecycleSays() {
    List<String> wrong = new ArrayList<>();
    for (Status from : Status.values()) {
      for (Verb verb : Verb.values()) {
        ActionItem item = fixtures.in(from);
        assertThat(item.status()).isEqualTo(from);
        int history = historyRows(item.id());
        int audits = auditRows(item.id());
        Status expected = ALLOWED.get(verb).get(from);
        try {
          ActionItem after =
              plan.decide(user(verb, item), klara, item.id(), item.version(), verb, decision(verb));
          if (expected == null) {
            wrong.add(verb + " from " + from + " was allowed");
          } else if (after.status() != expected || after.version() != item.version() + 1) {
            wrong.add(verb + " from " + from + " led to " + after.status());
          } else if (historyRows(item.id()) != history + 1 || auditRows(item.id()) != audits + 1) {
            wrong.add(verb + " from " + from + " was not written to history and audit once");
          }
        } catch (ActionRefused e) {
          if (expected != null) {
            wrong.add(verb + " from " + from + " was refused: " + e.messageKey());
          } else if (e.reason() != ActionRefused.Reason.TRANSITION) {
            wrong.add(verb + " from " + from + " refused for " + e.reason());
          }
          ActionItem unchanged = plan.get(coordinator, klara, item.id());
          if (unchanged.status() != from
              || unchanged.version() != item.version()
              || historyRows(item.id()) != history
              || auditRows(item.id()) != audits) {
            wrong.add(verb + " from " + from + " was refused but something was stored");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aLampOutAtVasagatan24IsRoutedToTheTrafficOfficeAndADarkCornerWithoutOwnerWaits() {
    ActionItem lamp = fixtures.lampOut("Lampa släckt " + System.nanoTime());
    assertThat(lamp.status()).isEqualTo(Status.ASSIGNED);
    assertThat(lamp.ownerOrgName()).isEqualTo("Trafikkontoret, Stockholms stad");
    assertThat(lamp.ownerConfirmed()).isFalse();
    ActionItem corner = fixtures.darkCorner("Mörkt hörn " + System.nanoTime());
    assertThat(corner.status()).isEqualTo(Status.OWNER_UNKNOWN);
    assertThat(corner.ownerOrgId()).isNull();
  }

  @Test
  void lightingInsideTheStationGoesToJernhusenAndLightingAtAPlaceWithinSergelsTorgInherits() {
    long jernhusen =
        jdbc.sql("select id from organisation where slug = 'jernhusen'").query(Long.class).single();
    long centralstationen =
        jdbc.sql(
                "select p.id from place p join area a on a.id = p.area_id"
                    + " where a.slug = 'klara' and p.slug = 'centralstationen'")
            .query(Long.class)
            .single();
    long plattan =
        jdbc.sql(
                "select p.id from place p join area a on a.id = p.area_id"
                    + " where a.slug = 'klara' and p.slug = 'plattan'")
            .query(Long.class)
            .single();
    assertThat(plan.proposeOwner(centralstationen, Category.LIGHTING)).contains(jernhusen);
    assertThat(plan.proposeOwner(plattan, Category.LIGHTING)).contains(owner.organisationId());
    assertThat(plan.proposeOwner(plattan, Category.CAMERA)).isEmpty();
  }

  @Test
  void onlyTheRightPeopleMayUseAVerb() {
    ActionItem assigned = fixtures.in(Status.ASSIGNED);
    assertRefused(field, assigned, Verb.ACCEPT, ActionRefused.Reason.FORBIDDEN);
    assertRefused(owner, assigned, Verb.WRITE_OFF, ActionRefused.Reason.FORBIDDEN);
    assertRefused(owner, assigned, Verb.ESCALATE, ActionRefused.Reason.FORBIDDEN);
    assertRefused(coordinator, assigned, Verb.DECLINE, ActionRefused.Reason.FORBIDDEN);
    assertThatThrownBy(
            () ->
                plan.decide(
                    partner,
                    klara,
                    assigned.id(),
                    assigned.version(),
                    Verb.ACCEPT,
                    Decision.note(null)))
        .as("a partner of another organisation does not even see the item")
        .isInstanceOf(NotFoundException.class);

    ActionItem completed = fixtures.in(Status.COMPLETED);
    Actor steering = actor("steering");
    assertRefused(steering, completed, Verb.REOPEN, ActionRefused.Reason.FORBIDDEN);
    assertRefused(owner, completed, Verb.REOPEN, ActionRefused.Reason.FORBIDDEN);
    ActionItem reopened =
        plan.decide(
            coordinator,
            klara,
            completed.id(),
            completed.version(),
            Verb.REOPEN,
            Decision.note("Klagomål igen."));
    assertThat(reopened.status()).isEqualTo(Status.REOPENED);
  }

  private void assertRefused(Actor actor, ActionItem item, Verb verb, ActionRefused.Reason reason) {
    assertThatThrownBy(
            () -> plan.decide(actor, klara, item.id(), item.version(), verb, Decision.note("x")))
        .isInstanceOfSatisfying(
            ActionRefused.class,
            e -> assertThat(e.reason()).as(verb + " by " + actor.username()).isEqualTo(reason));
    assertThat(plan.get(coordinator, klara, item.id()).version()).isEqualTo(item.version());
  }

  @Test
  void aVerbThatNeedsAReasonIsRefusedWithoutOneAndNothingIsStored() {
    for (Verb verb : List.of(Verb.REOPEN)) {
      ActionItem completed = fixtures.in(Status.COMPLETED);
      int history = historyRows(completed.id());
      assertThatThrownBy(
              () ->
                  plan.decide(
                      field,
                      klara,
                      completed.id(),
                      completed.version(),
                      verb,
                      Decision.note("   ")))
          .isInstanceOfSatisfying(
              ActionRefused.class,
              e -> {
                assertThat(e.reason()).isEqualTo(ActionRefused.Reason.INPUT);
                assertThat(e.field()).isEqualTo("note");
              });
      assertThat(historyRows(completed.id())).isEqualTo(history);
      assertThat(plan.get(field, klara, completed.id()).status()).isEqualTo(Status.COMPLETED);
    }
    ActionItem accepted = fixtures.in(Status.ACCEPTED);
    assertThatThrownBy(
            () ->
                plan.decide(
                    owner,
                    klara,
                    accepted.id(),
                    accepted.version(),
                    Verb.COMPLETE,
                    Decision.note(null)))
        .isInstanceOf(ActionRefused.class);
    ActionItem assigned = fixtures.in(Status.ASSIGNED);
    assertThatThrownBy(
            () ->
                plan.decide(
                    owner,
                    klara,
                    assigned.id(),
                    assigned.version(),
                    Verb.DECLINE,
                    Decision.note("")))
        .isInstanceOf(ActionRefused.class);
    ActionItem unknown = fixtures.in(Status.OWNER_UNKNOWN);
    assertThatThrownBy(
            () ->
                plan.decide(
                    coordinator,
                    klara,
                    unknown.id(),
                    unknown.version(),
                    Verb.ASSIGN,
                    new Decision(null, null, null)))
        .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.field()).isEqualTo("owner"));
  }

  @Test
  void aDueDateBeforeTheDayItIsRaisedAndAPersonalIdentityNumberAreRefused() {
    long before = count();
    LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1);
    assertThatThrownBy(
            () ->
                plan.raise(
                    field,
                    klara,
                    new NewAction(
                        Category.LIGHTING, "vasagatan-24", "Lampa", null, yesterday, null)))
        .isInstanceOfSatisfying(
            ActionRefused.class, e -> assertThat(e.field()).isEqualTo("dueDate"));
    assertThatThrownBy(
            () ->
                plan.raise(
                    field,
                    klara,
                    new NewAction(
                        Category.LIGHTING,
                        "vasagatan-24",
                        "Lampa",
                        "Anmält av 19121212-1212",
                        null,
                        null)))
        .isInstanceOfSatisfying(
            ActionRefused.class, e -> assertThat(e.field()).isEqualTo("description"));
    assertThatThrownBy(
            () ->
                plan.raise(
                    field,
                    klara,
                    new NewAction(Category.LIGHTING, null, "Lampa", null, null, null)))
        .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.field()).isEqualTo("place"));
    assertThat(count()).isEqualTo(before);
    ActionItem structural =
        plan.raise(
            coordinator,
            klara,
            new NewAction(
                Category.TRAINING,
                null,
                "Nattpolisen känner inte till samverkan",
                null,
                LocalDate.now(ZoneId.of("Europe/Stockholm")),
                Priority.HIGH));
    assertThat(structural.kind()).isEqualTo(Kind.STRUCTURAL);
    assertThat(structural.status()).isEqualTo(Status.OWNER_UNKNOWN);
  }

  private long count() {
    return jdbc.sql("select count(*) from action_item").query(Long.class).single();
  }

  @Test
  void aStaleEditIsRefusedWithTheCurrentStatusAndTheFirstDecisionStands() {
    ActionItem item = fixtures.in(Status.ASSIGNED);
    plan.decide(owner, klara, item.id(), item.version(), Verb.ACCEPT, Decision.note(null));
    assertThatThrownBy(
            () ->
                plan.decide(
                    coordinator,
                    klara,
                    item.id(),
                    item.version(),
                    Verb.WRITE_OFF,
                    Decision.note("Dubblett")))
        .isInstanceOfSatisfying(
            ActionRefused.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ActionRefused.Reason.STALE);
              assertThat(e.arguments()).containsExactly("actions.status.ACCEPTED");
            });
    ActionItem now = plan.get(coordinator, klara, item.id());
    assertThat(now.status()).isEqualTo(Status.ACCEPTED);
    assertThat(now.version()).isEqualTo(item.version() + 1);
  }

  @Test
  void twoDecisionsAtTheSameMomentFromTheSameVersionLeaveExactlyOneStanding() throws Exception {
    for (int round = 0; round < 5; round++) {
      ActionItem item = fixtures.in(Status.ASSIGNED);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Callable<Object> accept =
            () -> {
              start.await();
              return plan.decide(
                  owner, klara, item.id(), item.version(), Verb.ACCEPT, Decision.note(null));
            };
        Callable<Object> escalate =
            () -> {
              start.await();
              return plan.decide(
                  coordinator,
                  klara,
                  item.id(),
                  item.version(),
                  Verb.ESCALATE,
                  Decision.note("Brådskande"));
            };
        Future<Object> a = pool.submit(accept);
        Future<Object> b = pool.submit(escalate);
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : List.of(a, b)) {
          try {
            outcomes.add(f.get());
          } catch (java.util.concurrent.ExecutionException e) {
            outcomes.add(e.getCause());
          }
        }
        assertThat(outcomes.stream().filter(ActionItem.class::isInstance)).hasSize(1);
        assertThat(outcomes.stream().filter(ActionRefused.class::isInstance))
            .singleElement()
            .satisfies(
                e ->
                    assertThat(((ActionRefused) e).reason()).isEqualTo(ActionRefused.Reason.STALE));
        ActionItem now = plan.get(coordinator, klara, item.id());
        assertThat(now.version()).isEqualTo(item.version() + 1);
        assertThat(Set.of(Status.ACCEPTED, Status.ESCALATED)).contains(now.status());
        assertThat(historyRows(item.id())).isEqualTo(2);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void assigningSetsTheDueDateAndPriorityButNotADueDateBeforeTheItemWasRaised() {
    ActionItem unknown = fixtures.in(Status.OWNER_UNKNOWN);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    assertThatThrownBy(
            () ->
                plan.decide(
                    coordinator,
                    klara,
                    unknown.id(),
                    unknown.version(),
                    Verb.ASSIGN,
                    new Decision(null, owner.organisationId(), null, today.minusDays(1), null)))
        .isInstanceOfSatisfying(
            ActionRefused.class, e -> assertThat(e.field()).isEqualTo("dueDate"));
    assertThat(plan.get(coordinator, klara, unknown.id()).status()).isEqualTo(Status.OWNER_UNKNOWN);
    ActionItem assigned =
        plan.decide(
            coordinator,
            klara,
            unknown.id(),
            unknown.version(),
            Verb.ASSIGN,
            new Decision(
                null,
                owner.organisationId(),
                "Belysningsansvarig",
                today.plusDays(14),
                Priority.HIGH));
    assertThat(assigned.dueDate()).isEqualTo(today.plusDays(14));
    assertThat(assigned.priority()).isEqualTo(Priority.HIGH);
    assertThat(assigned.ownerConfirmed()).isTrue();
    assertThat(assigned.version()).isEqualTo(unknown.version() + 1);
  }
}
