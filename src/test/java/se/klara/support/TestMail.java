package se.klara.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail) that every {@link IntegrationTest} application
 * sends its mail to. Tests read what arrived for an address.
 */
public final class TestMail {
  private static GreenMail server;

  private TestMail() {}

  public static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  public static int port() {
    return server().getSmtp().getPort();
  }

  /** A received mail as tests look at it. */
  public record Mail(String to, String subject, String body) {}

  /** Every mail received so far for the address, oldest first. */
  public static List<Mail> to(String address) {
    return Arrays.stream(server().getReceivedMessages())
        .filter(message -> recipients(message).contains(address))
        .map(message -> new Mail(address, subject(message), body(message)))
        .toList();
  }

  /** Waits up to the timeout until a mail for the address has a subject containing the text. */
  public static Mail await(String address, String subjectContains, Duration timeout) {
    Instant until = Instant.now().plus(timeout);
    while (true) {
      for (Mail mail : to(address)) {
        if (mail.subject().contains(subjectContains)) {
          return mail;
        }
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError(
            "no mail to "
                + address
                + " with '"
                + subjectContains
                + "' within "
                + timeout
                + "; received: "
                + to(address));
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(Object::toString)
          .toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(MimeMessage message) {
    try {
      return message.getContent().toString().replace("\r\n", "\n");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
