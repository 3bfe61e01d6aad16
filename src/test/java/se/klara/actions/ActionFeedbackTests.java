package se.klara.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.forums.ActionRequested;
import se.klara.forums.AgendaContributor;
import se.klara.forums.AgendaEntry;
import se.klara.forums.ForumLevel;
import se.klara.shared.Actor;
import se.klara.support.IntegrationTest;
import se.klara.support.TestMail;
import se.klara.support.WebSession;

/**
 * The raiser and the followers hear of every decision, the raiser is asked "is it fixed?", a "not
 * fixed" reopens the item for the coordinator; a partner sees only its own organisation's items;
 * forums raise items and get them on their agendas; the annual report reads what was closed.
 */
class ActionFeedbackTests extends IntegrationTest {
  @Autowired ActionPlan plan;
  @Autowired Areas areas;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired List<AgendaContributor> contributors;

  Area klara;
  Actor field;
  Actor coordinator;
  Actor owner;
  ActionFixtures fixtures;

  @BeforeEach
  void setUp() {
    klara = areas.bySlug("klara").orElseThrow();
    field = actor("field");
    coordinator = actor("coordinator");
    owner = actor("owner");
    fixtures = new ActionFixtures(plan, klara, field, coordinator, owner);
  }

  private List<String> notices(String username, long itemId) {
    return jdbc.sql(
            """
            select n.message_key from notification n join app_user u on u.id = n.user_id
            where u.username = ? and n.link = ? order by n.id
            """)
        .params(username, "/areas/klara/actions/" + itemId)
        .query(String.class)
        .list();
  }

  @Test
  void theRaiserAndFollowersAreToldOfEachDecisionAndTheRaiserIsAskedWhetherItIsFixed() {
    String title = "Lampa släckt vid entrén " + System.nanoTime();
    ActionItem item = fixtures.lampOut(title);
    assertThat(notices("owner", item.id())).containsExactly("actions.notice.assigned-to-you");
    plan.follow(actor("steering"), klara, item.id(), true);

    item = fixtures.by(owner, item, Verb.ACCEPT, null);
    item = fixtures.by(owner, item, Verb.COMPLETE, "Ny armatur monterad.");

    assertThat(notices("field", item.id()))
        .containsExactly("actions.notice.ACCEPT", "actions.notice.ask-fixed");
    assertThat(notices("steering", item.id()))
        .containsExactly("actions.notice.ACCEPT", "actions.notice.COMPLETE");
    TestMail.Mail mail =
        TestMail.await(
            "field@demo.klara.invalid",
            "Åtgärdat: " + title + ". Är det åtgärdat?",
            Duration.ofSeconds(10));
    assertThat(mail.body()).contains("Ny armatur monterad.");
  }

  @Test
  void notFixedReopensTheItemForTheCoordinatorAndFixedKeepsItCompleted() {
    ActionItem item = fixtures.in(Status.COMPLETED);
    ActionItem answered =
        plan.answer(
            field,
            klara,
            item.id(),
            item.version(),
            Answer.NOT_FIXED,
            "Fortfarande mörkt på kvällen.");
    assertThat(answered.status()).isEqualTo(Status.REOPENED);
    assertThat(plan.feedback(answered))
        .singleElement()
        .satisfies(f -> assertThat(f.answer()).isEqualTo(Answer.NOT_FIXED));
    assertThat(notices("coordinator", item.id())).contains("actions.notice.answer.NOT_FIXED");
    assertThat(notices("owner", item.id())).contains("actions.notice.answer.NOT_FIXED");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'ACTION_REOPEN'"
                        + " and object_id = ?")
                .param(String.valueOf(item.id()))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(plan.history(answered).get(plan.history(answered).size() - 1).verb())
        .isEqualTo("FEEDBACK_NOT_FIXED");

    ActionItem other = fixtures.in(Status.COMPLETED);
    ActionItem fixed = plan.answer(field, klara, other.id(), other.version(), Answer.FIXED, null);
    assertThat(fixed.status()).isEqualTo(Status.COMPLETED);
    assertThat(fixed.version()).isEqualTo(other.version() + 1);

    assertThatThrownBy(
            () -> plan.answer(owner, klara, fixed.id(), fixed.version(), Answer.NOT_FIXED, null))
        .isInstanceOfSatisfying(
            ActionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(ActionRefused.Reason.FORBIDDEN));
    ActionItem open = fixtures.in(Status.IN_PROGRESS);
    assertThatThrownBy(
            () -> plan.answer(field, klara, open.id(), open.version(), Answer.FIXED, null))
        .isInstanceOfSatisfying(
            ActionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(ActionRefused.Reason.TRANSITION));
  }

  @Test
  void aPartnerOfAPropertyOwnerSeesAndUpdatesOnlyItsOwnOrganisationsItems() {
    Actor partner = actor("partner");
    ActionItem theirs = fixtures.in(Status.OWNER_UNKNOWN);
    theirs =
        plan.decide(
            coordinator,
            klara,
            theirs.id(),
            theirs.version(),
            Verb.ASSIGN,
            Decision.assignTo(partner.organisationId(), "Säkerhetsansvarig"));
    ActionItem trafficOffice = fixtures.in(Status.ASSIGNED);

    WebSession web = signedInAs("partner");
    String mine = web.get("/areas/klara/actions/mine").body();
    assertThat(mine).contains(theirs.title()).doesNotContain(trafficOffice.title());
    String planPage = web.get("/areas/klara/actions?state=all").body();
    assertThat(planPage)
        .contains(theirs.title())
        .doesNotContain(trafficOffice.title())
        .doesNotContain("Belysning under bron");
    assertThat(web.get("/areas/klara/actions/" + trafficOffice.id()).status()).isEqualTo(404);
    assertThat(web.get("/areas/klara/actions.csv?state=all").body())
        .contains(theirs.title())
        .doesNotContain(trafficOffice.title());

    WebSession.Response accepted =
        web.post(
            "/areas/klara/actions/" + theirs.id(),
            Map.of("verb", "accept", "version", String.valueOf(theirs.version())));
    assertThat(accepted.status()).isEqualTo(302);
    assertThat(plan.get(coordinator, klara, theirs.id()).status()).isEqualTo(Status.ACCEPTED);
  }

  @Test
  void aForumSendingAQuestionToTheActionPlanRaisesAnItemInItsTransactionShownForTheQuestion() {
    long placeId =
        jdbc.sql(
                "select p.id from place p join area a on a.id = p.area_id"
                    + " where a.slug = 'klara' and p.slug = 'klara-kyrkogard'")
            .query(Long.class)
            .single();
    long questionId = 900_000 + (System.nanoTime() % 1000);
    transactions.executeWithoutResult(
        status ->
            events.publishEvent(
                new ActionRequested(
                    klara.id(),
                    coordinator.userId(),
                    "Buskage skymmer gången vid kyrkogården\nFörslag: beskär.",
                    placeId,
                    questionId,
                    null,
                    "Platssamverkan Klara 2019-05-03, fråga 12",
                    "/areas/klara/forums/questions/" + questionId)));
    ActionItem raised = plan.inArea(klara.id(), ActionFilter.all().withQuestion(questionId)).get(0);
    assertThat(raised.title()).isEqualTo("Buskage skymmer gången vid kyrkogården");
    assertThat(raised.raisedInLabel()).isEqualTo("Platssamverkan Klara 2019-05-03, fråga 12");
    assertThat(raised.raisedVia()).isEqualTo("FORUM");
    assertThat(raised.status()).isEqualTo(Status.OWNER_UNKNOWN);

    long rolledBack = questionId + 5000;
    transactions.executeWithoutResult(
        status -> {
          events.publishEvent(
              new ActionRequested(
                  klara.id(), coordinator.userId(), "Ångrat", null, rolledBack, null, "x", null));
          status.setRollbackOnly();
        });
    assertThat(plan.inArea(klara.id(), ActionFilter.all().withQuestion(rolledBack))).isEmpty();

    String page =
        signedInAs("coordinator").get("/areas/klara/actions?question=" + questionId).body();
    assertThat(page)
        .contains("Buskage skymmer gången vid kyrkogården")
        .doesNotContain("Belysning under bron");
  }

  @Test
  void theStrategicForumGetsItemsWhoseOwnerIsBeingIdentifiedAndTheSteeringGroupTheEscalated() {
    AgendaContributor agenda =
        contributors.stream().filter(c -> c instanceof ActionAgenda).findFirst().orElseThrow();
    LocalDate today = LocalDate.now();
    ActionItem unknown = fixtures.in(Status.OWNER_UNKNOWN);
    ActionItem escalated = fixtures.in(Status.ESCALATED);
    List<AgendaEntry> strategic =
        agenda.entriesFor(klara.id(), ForumLevel.STRATEGIC, today, Locale.forLanguageTag("sv"));
    assertThat(strategic)
        .extracting(AgendaEntry::link)
        .contains("/areas/klara/actions/" + unknown.id())
        .doesNotContain("/areas/klara/actions/" + escalated.id());
    assertThat(strategic.stream().map(AgendaEntry::title))
        .anyMatch(t -> t.startsWith("Mörkt hörn vid kyrkogårdens östra grind"));
    List<AgendaEntry> steering =
        agenda.entriesFor(klara.id(), ForumLevel.STEERING, today, Locale.ENGLISH);
    assertThat(steering)
        .extracting(AgendaEntry::link)
        .contains("/areas/klara/actions/" + escalated.id())
        .doesNotContain("/areas/klara/actions/" + unknown.id());
    assertThat(steering.stream().map(AgendaEntry::title))
        .contains("Ingen uppsökande verksamhet tidig morgon");
    assertThat(agenda.entriesFor(klara.id(), ForumLevel.OPERATIONAL, today, Locale.ENGLISH))
        .isEmpty();
    assertThat(agenda.heading(Locale.ENGLISH)).isEqualTo("The action plan");
  }

  @Test
  void theAnnualReportReadsTheSeedsMeasuresAsClosedIn2018And2019() {
    List<ClosedAction> closed =
        plan.closedIn(klara.id(), LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31));
    assertThat(closed.stream().filter(c -> c.outcome() == ClosedAction.Outcome.COMPLETED))
        .extracting(ClosedAction::title)
        .containsExactly(
            "Belysning under bron, Vasagatan 24",
            "Borttagande av eluttag",
            "Borttagande av askkopp vid Besamdörrar",
            "Belysning i trappan mellan Vasagatan 24 och Klarabergsgatan",
            "Återmontering av linspänn, Nils Ferlins torg",
            "Tillfällig belysning över balkongen vid glashuset, T-Centralen södra",
            "Borttagande av sandningslåda",
            "Borttagande av tillfälliga träd i säckar");
    assertThat(closed.get(0).ownerOrganisation()).isEqualTo("Trafikkontoret, Stockholms stad");
    assertThat(closed.get(0).closedOn()).isEqualTo(LocalDate.of(2018, 5, 28));
    assertThat(closed.get(0).resolution()).isEqualTo("Ny belysning monterad under bron.");
    assertThat(closed.get(0).placeName()).isEqualTo("Vasagatan 24");
    assertThat(closed.stream().filter(c -> c.outcome() == ClosedAction.Outcome.WRITTEN_OFF))
        .hasSize(2);
    assertThat(plan.closedIn(klara.id(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 5)))
        .extracting(ClosedAction::title)
        .containsExactly("Återmontering av linspänn, Nils Ferlins torg");
  }
}
