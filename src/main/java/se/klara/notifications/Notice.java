package se.klara.notifications;

import java.util.List;
import java.util.Objects;

/**
 * What a user is told. The message is a key of any of Klara's message bundles with its arguments,
 * rendered in the reader's language when shown (and in Swedish, the default, in the e-mail); {@code
 * text} is user-written content shown as is under it (e.g. the answer to a question), already
 * through the privacy guard; {@code link} is a path inside Klara.
 *
 * @param messageKey e.g. {@code forums.notice.answered}
 * @param arguments the key's arguments, as strings
 * @param text user-written detail, or null
 * @param link path inside Klara starting with "/", or null
 */
public record Notice(String messageKey, List<String> arguments, String text, String link) {

  public Notice {
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
    // Opening a notification redirects to its link: "//host" would leave Klara.
    if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
      throw new IllegalArgumentException("link must be a path inside Klara: " + link);
    }
  }
}
