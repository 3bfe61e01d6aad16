package se.klara.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.notifications.Notifications;
import se.klara.shared.Actor;
import se.klara.support.IntegrationTest;
import se.klara.support.TestMail;

/**
 * Questions travel up with their history; answers travel back down to everyone who carried them.
 */
@RecordApplicationEvents
class QuestionsTests extends IntegrationTest {
  @Autowired Forums forums;
  @Autowired Questions questions;
  @Autowired Notifications notifications;
  @Autowired Areas areas;
  @Autowired ApplicationEvents events;

  Area klara() {
    return areas.bySlug("klara").orElseThrow();
  }

  Forum forum(String name, ForumLevel level, Long parent) {
    return forums.create(
        klara(),
        new ForumDraft(
            name, level, "", null, null, null, LocalTime.of(9, 0), 60, "", parent, "", List.of()));
  }

  @Test
  void aQuestionEscalatedTwiceAndAnsweredAtTheTopTellsEveryoneWhoRaisedOrCarriedIt() {
    Forum top = forum("Frågetest styrgrupp", ForumLevel.STEERING, null);
    Forum middle = forum("Frågetest platssamverkan", ForumLevel.STRATEGIC, top.id());
    Forum bottom = forum("Frågetest utsättning", ForumLevel.OPERATIONAL, middle.id());
    Actor field = actor("field");
    Actor coordinator = actor("coordinator");
    Actor steering = actor("steering");

    Question q =
        questions.raise(
            field,
            klara(),
            "Arbetstiderna krockar sena kvällar",
            null,
            bottom.id(),
            null,
            "",
            null,
            false);
    questions.escalate(field, klara(), q.id(), "Kräver chefernas beslut", null, false);
    questions.escalate(coordinator, klara(), q.id(), "Kräver resurser", null, false);
    assertThatThrownBy(() -> questions.escalate(steering, klara(), q.id(), "Högre?", null, false))
        .hasMessageContaining("forums.error.escalate.top");
    int unreadBefore = notifications.unreadCount(field.userId());
    questions.answer(steering, klara(), q.id(), "Arbetstiderna förskjuts i höst.", null, false);

    Question answered = questions.get(klara().id(), q.id());
    assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
    assertThat(answered.forumName()).isEqualTo("Frågetest styrgrupp");
    assertThat(questions.history(q.id()))
        .extracting(QuestionEvent::kind, QuestionEvent::forumName, QuestionEvent::toForumName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("RAISED", "Frågetest utsättning", null),
            org.assertj.core.groups.Tuple.tuple(
                "ESCALATED", "Frågetest utsättning", "Frågetest platssamverkan"),
            org.assertj.core.groups.Tuple.tuple(
                "ESCALATED", "Frågetest platssamverkan", "Frågetest styrgrupp"),
            org.assertj.core.groups.Tuple.tuple("ANSWERED", "Frågetest styrgrupp", null));
    assertThat(questions.carriers(q.id()))
        .containsExactlyInAnyOrder(field.userId(), coordinator.userId());
    assertThat(notifications.unreadCount(field.userId())).isEqualTo(unreadBefore + 1);
    assertThat(notifications.recent(field.userId(), java.util.Locale.ENGLISH, 1).get(0).message())
        .isEqualTo(
            "Your question was answered in Frågetest styrgrupp: Arbetstiderna krockar sena kvällar");
    TestMail.Mail mail =
        TestMail.await(
            "field@demo.klara.invalid",
            "Din fråga har besvarats i Frågetest styrgrupp",
            Duration.ofSeconds(10));
    assertThat(mail.subject()).startsWith("Klara: ");
    assertThat(mail.body()).contains("Arbetstiderna förskjuts i höst.");
    TestMail.await(
        "coordinator@demo.klara.invalid",
        "Din fråga har besvarats i Frågetest styrgrupp",
        Duration.ofSeconds(10));
    assertThat(TestMail.to("steering@demo.klara.invalid"))
        .noneMatch(m -> m.subject().contains("Frågetest styrgrupp"));
  }

  @Test
  void aPhysicalProblemSentToTheActionPlanPublishesTheRequestOnce() {
    Forum f = forum("Frågetest åtgärd", ForumLevel.STRATEGIC, null);
    Actor coordinator = actor("coordinator");
    Question q =
        questions.raise(
            coordinator, klara(), "Lampa släckt vid trappan", null, f.id(), null, "", null, false);
    questions.sendToActionPlan(coordinator, klara(), q.id(), null);
    List<ActionRequested> sent =
        events.stream(ActionRequested.class).filter(e -> q.id() == e.questionId()).toList();
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).text()).isEqualTo("Lampa släckt vid trappan");
    assertThat(sent.get(0).raisedInLink()).isEqualTo("/areas/klara/questions/" + q.id());
    assertThatThrownBy(() -> questions.sendToActionPlan(coordinator, klara(), q.id(), null))
        .hasMessageContaining("forums.error.question.sent");
    assertThat(signedInAs("coordinator").get("/areas/klara/questions/" + q.id()).body())
        .contains("/areas/klara/actions?question=" + q.id());
  }

  @Test
  void aQuestionWithAMobileNumberIsRefusedAndNothingIsStored() {
    Forum f = forum("Frågetest integritet", ForumLevel.OPERATIONAL, null);
    int before = jdbc.sql("select count(*) from question").query(Integer.class).single();
    assertThatThrownBy(
            () ->
                questions.raise(
                    actor("field"),
                    klara(),
                    "Ring 070-123 45 67",
                    null,
                    f.id(),
                    null,
                    "",
                    null,
                    true))
        .hasMessageContaining("privacy.blocked.MOBILE_PHONE");
    assertThat(jdbc.sql("select count(*) from question").query(Integer.class).single())
        .isEqualTo(before);
  }
}
