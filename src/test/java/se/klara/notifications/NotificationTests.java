package se.klara.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import se.klara.accounts.AccountException;
import se.klara.accounts.Accounts;
import se.klara.accounts.NewAccount;
import se.klara.directory.Organisations;
import se.klara.shared.Role;
import se.klara.support.IntegrationTest;
import se.klara.support.TestMail;
import se.klara.support.WebSession;

class NotificationTests extends IntegrationTest {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  @Autowired Notifications notifications;
  @Autowired Accounts accounts;
  @Autowired Organisations organisations;
  @Autowired TransactionTemplate transactions;
  @Autowired MessageSource messages;

  private String username;
  private String address;
  private long userId;

  @BeforeEach
  void aFreshReader() {
    username = "reader-" + UUID.randomUUID().toString().substring(0, 8);
    address = username + "@example.org";
    long organisation = organisations.bySlug("norrmalms-sdf").orElseThrow().id();
    long klara = jdbc.sql("select id from area where slug = 'klara'").query(Long.class).single();
    userId =
        accounts
            .create(
                new NewAccount(
                    username,
                    "Fältassistent",
                    organisation,
                    Role.FIELD,
                    DEMO_PASSWORD.toCharArray(),
                    List.of(klara),
                    false))
            .id();
    accounts.setEmail(userId, address);
  }

  private static Notice answered(String text) {
    return new Notice("nav.notifications.unread", List.of("3"), text, "/areas/klara");
  }

  @Test
  void aReaderSeesTheNoticeInTheirLanguageAndGetsItByMail() {
    notifications.tell(List.of(userId, userId), answered("Belysningen lagas vecka 12."));

    List<Notification> swedish = notifications.recent(userId, SWEDISH, 10);
    assertThat(swedish).hasSize(1);
    assertThat(swedish.get(0).message()).isEqualTo("Aviseringar (3 nya)");
    assertThat(swedish.get(0).text()).isEqualTo("Belysningen lagas vecka 12.");
    assertThat(swedish.get(0).read()).isFalse();
    assertThat(notifications.recent(userId, Locale.ENGLISH, 10).get(0).message())
        .isEqualTo("Notifications (3 new)");
    assertThat(notifications.unreadCount(userId)).isEqualTo(1);

    TestMail.Mail mail = TestMail.await(address, "Aviseringar (3 nya)", Duration.ofSeconds(10));
    assertThat(mail.subject()).isEqualTo("Klara: Aviseringar (3 nya)");
    assertThat(mail.body())
        .contains("Belysningen lagas vecka 12.")
        .contains("http://localhost:8080/areas/klara");
    assertThat(TestMail.to(address)).hasSize(1);
  }

  @Test
  void aRolledBackDecisionTellsNoOne() {
    transactions.executeWithoutResult(
        status -> {
          notifications.tell(List.of(userId), answered("Ångrat beslut"));
          status.setRollbackOnly();
        });

    assertThat(notifications.recent(userId, SWEDISH, 10)).isEmpty();
    assertThat(TestMail.to(address)).isEmpty();
  }

  @Test
  void aUserWithoutAddressIsToldInKlaraOnly() {
    accounts.setEmail(userId, "");
    notifications.tell(List.of(userId), answered(null));

    assertThat(notifications.unreadCount(userId)).isEqualTo(1);
    assertThat(TestMail.to(address)).isEmpty();
  }

  @Test
  void readersMarkOnlyTheirOwnNotificationsRead() {
    notifications.tell(List.of(userId), answered(null));
    long id = notifications.recent(userId, SWEDISH, 1).get(0).id();
    long someoneElse = actor("field").userId();

    assertThat(notifications.markRead(someoneElse, id)).isFalse();
    assertThat(notifications.unreadCount(userId)).isEqualTo(1);
    assertThat(notifications.linkOf(someoneElse, id)).isEmpty();
    assertThat(notifications.markRead(userId, id)).isTrue();
    assertThat(notifications.unreadCount(userId)).isZero();
  }

  @Test
  void thePageListsTheNoticesAndOpeningOneFollowsItsLinkAndMarksItRead() {
    notifications.tell(List.of(userId), answered("Svar från Platssamverkan"));
    WebSession session = signedInAs(username);

    WebSession.Response page = session.get("/notifications");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Aviseringar (1 nya)") // the layout's link with the unread count
        .contains("Aviseringar (3 nya)") // the notice itself
        .contains("Svar från Platssamverkan")
        .contains("value=\"" + address + "\"");

    long id = notifications.recent(userId, SWEDISH, 1).get(0).id();
    WebSession.Response opened = session.post("/notifications/" + id + "/open", Map.of());
    assertThat(opened.status()).isEqualTo(302);
    assertThat(opened.location()).endsWith("/areas/klara");
    assertThat(notifications.unreadCount(userId)).isZero();
  }

  @Test
  void aMalformedAddressIsRefusedNamingTheFieldAndTheOldOneKept() {
    WebSession session = signedInAs(username);
    WebSession.Response refused =
        session.post("/notifications/email", Map.of("email", "inte en adress"));

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("id=\"email-error\"")
        .contains("Ange en e-postadress som namn@exempel.se");
    assertThat(accounts.emailOf(userId)).contains(address);
    assertThatThrownBy(() -> accounts.setEmail(userId, "a@b")).isInstanceOf(AccountException.class);

    WebSession.Response saved =
        session.post("/notifications/email", Map.of("email", " ny@example.org "));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(accounts.emailOf(userId)).contains("ny@example.org");
  }

  @Test
  void aNoticeLinksOnlyInsideKlara() {
    assertThatThrownBy(() -> new Notice("nav.notifications", List.of(), null, "//evil.example/x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Notice("nav.notifications", List.of(), null, "https://evil.example"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutSmtpNothingIsMailed() {
    NotificationMailer withoutSmtp =
        new NotificationMailer(
            new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
            jdbc,
            accounts,
            messages,
            "klara@localhost",
            "http://localhost:8080");
    assertThat(withoutSmtp.enabled()).isFalse();

    notifications.tell(List.of(userId), answered(null));
    List<Long> ids = List.of(notifications.recent(userId, SWEDISH, 1).get(0).id());
    int before = TestMail.to(address).size();
    withoutSmtp.send(ids);
    assertThat(TestMail.to(address)).hasSize(before);
  }
}
