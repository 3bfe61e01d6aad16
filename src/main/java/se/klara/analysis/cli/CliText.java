package se.klara.analysis.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.klara.analysis.AnalysisInputException;

/**
 * Messages of the {@code analysis} bundle in the console's language (English if the system speaks
 * English, else Swedish), read without starting the application.
 */
final class CliText {
  private final ResourceBundle bundle;
  private final boolean english;

  CliText() {
    english = Locale.getDefault().getLanguage().equals("en");
    bundle =
        ResourceBundle.getBundle(
            "i18n/analysis",
            english ? Locale.ENGLISH : Locale.forLanguageTag("sv"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String text(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern).format(arguments);
  }

  /** One line: where (file, line, column or option) and why. */
  String problem(String file, AnalysisInputException problem) {
    StringBuilder where = new StringBuilder();
    if (file != null) {
      where.append(file).append(": ");
    }
    if (problem.line() > 0) {
      where.append(english ? "line " : "rad ").append(problem.line());
      where.append(english ? ", column " : ", kolumn ").append(problem.field());
    } else if (file != null) {
      where.append(english ? "column " : "kolumn ").append(problem.field());
    } else {
      where.append("--").append(problem.field());
    }
    return where + ": " + text(problem.messageKey(), problem.arguments());
  }
}
