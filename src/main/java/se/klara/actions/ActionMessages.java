package se.klara.actions;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.klara.shared.InputException;

/** Renders a refusal in the reader's language; arguments that are message keys are resolved too. */
final class ActionMessages {
  private ActionMessages() {}

  static String text(MessageSource messages, InputException e, Locale locale) {
    Object[] arguments =
        Arrays.stream(e.arguments())
            .map(
                a ->
                    a instanceof String s && s.startsWith("actions.")
                        ? messages.getMessage(s, null, s, locale)
                        : a)
            .toArray();
    return messages.getMessage(e.messageKey(), arguments, e.messageKey(), locale);
  }
}
