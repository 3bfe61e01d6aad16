package se.klara.directory;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.klara.shared.SandboxedPdf;

/**
 * Renders the onboarding guide as a tagged PDF (PDF/UA) through openhtmltopdf.
 *
 * <p>Fonts are embedded so that å, ä and ö (and dashes and quotes) come out right on every machine:
 * the regular weight is the Liberation Sans that PDFBox itself ships on the class path; bold and
 * italic come from the system's Liberation Sans (Debian package {@code fonts-liberation}) when it
 * is installed. Without them bold text is set in the regular weight, which changes the look, never
 * the text.
 */
@Component
class OnboardingPdf {
  static final String TEMPLATE = "directory/onboarding/pdf";
  static final String FONT_FAMILY = "Klara Sans";

  /** Where Debian's fonts-liberation (and fonts-liberation2) put Liberation Sans. */
  static final List<Path> SYSTEM_FONT_DIRECTORIES =
      List.of(
          Path.of("/usr/share/fonts/truetype/liberation"),
          Path.of("/usr/share/fonts/truetype/liberation2"));

  static {
    // openhtmltopdf logs to the console through java.util.logging by default; send it to SLF4J
    // under its own logger names (com.openhtmltopdf.*), its chatty INFO as DEBUG.
    XRLog.setLoggerImpl(new Slf4jLogger());
  }

  /** A face of the family: the file name in the system directories, its weight and style. */
  private record Face(String file, int weight, FontStyle style) {}

  private static final List<Face> SYSTEM_FACES =
      List.of(
          new Face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
          new Face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
          new Face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

  private final ITemplateEngine templates;
  private final List<Path> fontDirectories;

  @Autowired
  OnboardingPdf(ITemplateEngine templates) {
    this(templates, SYSTEM_FONT_DIRECTORIES);
  }

  OnboardingPdf(ITemplateEngine templates, List<Path> fontDirectories) {
    this.templates = templates;
    this.fontDirectories = List.copyOf(fontDirectories);
  }

  byte[] render(OnboardingGuide guide, Locale locale) {
    Context context = new Context(locale, Map.of("guide", guide));
    return toPdf(templates.process(TEMPLATE, context));
  }

  /** Lays out a well-formed XHTML document; it may not load anything from outside. */
  byte[] toPdf(String xhtml) {
    PdfRendererBuilder builder = SandboxedPdf.builder();
    builder.usePdfUaAccessibility(true);
    SandboxedPdf.withBundledSans(builder, FONT_FAMILY);
    for (Face face : SYSTEM_FACES) {
      fontDirectories.stream()
          .map(directory -> directory.resolve(face.file()))
          .filter(Files::isReadable)
          .findFirst()
          .ifPresent(
              file ->
                  builder.useFont(
                      () -> open(file), FONT_FAMILY, face.weight(), face.style(), true));
    }
    return SandboxedPdf.render(builder, xhtml);
  }

  /** openhtmltopdf's log lines through SLF4J: SEVERE as error, WARNING as warn, the rest debug. */
  private static final class Slf4jLogger implements XRLogger {
    @Override
    public void log(String where, Level level, String message) {
      log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
      Logger logger = LoggerFactory.getLogger(where);
      if (level.intValue() >= Level.SEVERE.intValue()) {
        logger.error(message, error);
      } else if (level.intValue() >= Level.WARNING.intValue()) {
        logger.warn(message, error);
      } else {
        logger.debug(message, error);
      }
    }

    @Override
    public void setLevel(String logger, Level level) {
      // levels are configured through Spring Boot (logging.level.com.openhtmltopdf)
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
      Level level = diagnostic.getLevel();
      return level.intValue() >= Level.WARNING.intValue()
          ? logger.isWarnEnabled()
          : logger.isDebugEnabled();
    }
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
