package se.klara.incidents.cli;

import java.util.Locale;
import org.springframework.context.MessageSource;
import se.klara.incidents.ImportProblem;
import se.klara.shared.cli.CliContext;

/** Message keys in the console's language: English if the system speaks English, else Swedish. */
final class CliMessages {
  private final MessageSource messages;
  private final Locale locale;

  CliMessages(CliContext context) {
    this.messages = context.bean(MessageSource.class);
    this.locale =
        Locale.getDefault().getLanguage().equals("en")
            ? Locale.ENGLISH
            : Locale.forLanguageTag("sv");
  }

  String text(String key) {
    return messages.getMessage(key, null, key, locale);
  }

  /** One line: where (line and column) and why, never the value. */
  String line(ImportProblem problem) {
    StringBuilder where = new StringBuilder();
    if (problem.line() > 0) {
      where.append(english() ? "line " : "rad ").append(problem.line());
    } else {
      where.append(english() ? "file" : "filen");
    }
    if (problem.column() != null) {
      where.append(english() ? ", column " : ", kolumn ").append(problem.column());
    }
    return where + ": " + text(problem.messageKey());
  }

  private boolean english() {
    return locale.getLanguage().equals("en");
  }
}
