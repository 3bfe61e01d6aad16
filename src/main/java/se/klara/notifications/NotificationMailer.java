package se.klara.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import se.klara.accounts.Accounts;

/**
 * Sends stored notifications by e-mail, in Swedish (Klara's default language), to those readers who
 * have an address. Without {@code spring.mail.host} Spring creates no mail sender and nothing is
 * sent: notifications stay in-app. A failed delivery is logged and leaves the in-app notification
 * in place; it never undoes the decision that caused it.
 */
@Component
class NotificationMailer {
  private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
  private static final Locale MAIL_LOCALE = Locale.forLanguageTag("sv");

  private final ObjectProvider<JavaMailSender> sender;
  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final MessageSource messages;
  private final String from;
  private final String baseUrl;

  NotificationMailer(
      ObjectProvider<JavaMailSender> sender,
      JdbcClient jdbc,
      Accounts accounts,
      MessageSource messages,
      @Value("${klara.mail.from:klara@localhost}") String from,
      @Value("${klara.base-url:http://localhost:8080}") String baseUrl) {
    this.sender = sender;
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.messages = messages;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  boolean enabled() {
    return sender.getIfAvailable() != null;
  }

  void send(List<Long> notificationIds) {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null || notificationIds.isEmpty()) {
      return;
    }
    List<Stored> stored =
        jdbc.sql(
                """
                select id, user_id, message_key, arguments, detail, link from notification
                where id = any(?) order by id
                """)
            .param(notificationIds.toArray(Long[]::new))
            .query(
                (rs, n) ->
                    new Stored(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        rs.getString("message_key"),
                        (Object[]) rs.getArray("arguments").getArray(),
                        rs.getString("detail"),
                        rs.getString("link")))
            .list();
    Map<Long, String> addresses =
        accounts.emailAddresses(stored.stream().map(Stored::userId).toList());
    for (Stored notification : stored) {
      String address = addresses.get(notification.userId());
      if (address == null) {
        continue;
      }
      try {
        mail.send(message(notification, address));
        jdbc.sql("update notification set mailed_at = now() where id = ?")
            .param(notification.id())
            .update();
      } catch (MailException e) {
        log.warn("Notification {} could not be mailed: {}", notification.id(), e.getMessage());
      }
    }
  }

  private SimpleMailMessage message(Stored notification, String address) {
    String subject =
        messages.getMessage(
            notification.messageKey(),
            notification.arguments(),
            notification.messageKey(),
            MAIL_LOCALE);
    StringBuilder body = new StringBuilder(subject).append("\n");
    if (notification.detail() != null && !notification.detail().isBlank()) {
      body.append("\n").append(notification.detail()).append("\n");
    }
    if (notification.link() != null) {
      body.append("\n").append(baseUrl).append(notification.link()).append("\n");
    }
    body.append("\n")
        .append(messages.getMessage("notifications.mail.footer", null, "", MAIL_LOCALE))
        .append("\n");
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(address);
    message.setSubject("Klara: " + subject);
    message.setText(body.toString());
    return message;
  }

  private record Stored(
      long id, long userId, String messageKey, Object[] arguments, String detail, String link) {}
}
