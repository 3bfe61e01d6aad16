package se.klara.notifications;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells users what happened to something they raised or follow. The in-app notification is stored
 * in the caller's transaction; the e-mail (when SMTP is configured and the user has an address)
 * goes out only after that transaction commits, so a rolled-back decision tells no one.
 */
@Service
public class Notifications {
  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final NotificationMailer mailer;
  private final Clock clock;

  Notifications(JdbcClient jdbc, MessageSource messages, NotificationMailer mailer, Clock clock) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.mailer = mailer;
    this.clock = clock;
  }

  /**
   * Tells each of the users (duplicates and nulls ignored) in-app, and by e-mail after commit.
   * Joins the caller's transaction.
   */
  @Transactional
  public void tell(Collection<Long> userIds, Notice notice) {
    LinkedHashSet<Long> readers = new LinkedHashSet<>();
    for (Long id : userIds) {
      if (id != null) {
        readers.add(id);
      }
    }
    List<Long> stored = new ArrayList<>();
    for (long reader : readers) {
      stored.add(
          jdbc.sql(
                  """
                  insert into notification (user_id, message_key, arguments, detail, link, created_at)
                  values (?, ?, ?, ?, ?, ?) returning id
                  """)
              .params(
                  reader,
                  notice.messageKey(),
                  notice.arguments().toArray(String[]::new),
                  notice.text(),
                  notice.link(),
                  java.sql.Timestamp.from(clock.instant()))
              .query(Long.class)
              .single());
    }
    if (stored.isEmpty() || !mailer.enabled()) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              mailer.send(stored);
            }
          });
    } else {
      mailer.send(stored);
    }
  }

  /** The reader's latest notifications, newest first, in the given language. */
  public List<Notification> recent(long userId, Locale locale, int limit) {
    return jdbc.sql(
            """
            select id, message_key, arguments, detail, link, created_at, read_at
            from notification where user_id = ? order by created_at desc, id desc limit ?
            """)
        .params(userId, limit)
        .query(
            (rs, n) ->
                new Notification(
                    rs.getLong("id"),
                    render(rs.getString("message_key"), rs.getArray("arguments"), locale),
                    rs.getString("detail"),
                    rs.getString("link"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("read_at") != null))
        .list();
  }

  /** How many of the reader's notifications are unread. */
  public int unreadCount(long userId) {
    return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
        .param(userId)
        .query(Integer.class)
        .single();
  }

  /** Marks one of the reader's own notifications read; another user's id changes nothing. */
  @Transactional
  public boolean markRead(long userId, long notificationId) {
    return jdbc.sql(
                "update notification set read_at = ? where id = ? and user_id = ? and read_at is null")
            .params(java.sql.Timestamp.from(clock.instant()), notificationId, userId)
            .update()
        == 1;
  }

  /** Marks all of the reader's notifications read. */
  @Transactional
  public int markAllRead(long userId) {
    return jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
        .params(java.sql.Timestamp.from(clock.instant()), userId)
        .update();
  }

  /** The link of one of the reader's own notifications. */
  public java.util.Optional<String> linkOf(long userId, long notificationId) {
    return jdbc.sql(
            "select link from notification where id = ? and user_id = ? and link is not null")
        .params(notificationId, userId)
        .query(String.class)
        .optional();
  }

  String render(String key, Array arguments, Locale locale) {
    try {
      Object[] args = arguments == null ? new Object[0] : (Object[]) arguments.getArray();
      return messages.getMessage(key, args, key, locale);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
