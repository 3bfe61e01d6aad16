package se.klara.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.klara.areas.Area;
import se.klara.goals.Goals;
import se.klara.shared.DateRange;

/**
 * The annual follow-up report of an area: the sections (every {@link ReportSection} bean, by order)
 * build its chapters; a cover and a table of contents go in front. The same chapters make the web
 * page and the PDF.
 */
@Service
public class FollowUpReports {
  static final String DOCUMENT = "reports/document";
  static final String STYLESHEET = "/static/css/report.css";

  private final List<ReportSection> sections;
  private final GoalSections goalSections;
  private final Goals goals;
  private final ITemplateEngine templates;
  private final MessageSource messages;
  private final ReportPdf pdf;
  private final Clock clock;
  private final String css;

  FollowUpReports(
      List<ReportSection> sections,
      GoalSections goalSections,
      Goals goals,
      ITemplateEngine templates,
      MessageSource messages,
      ReportPdf pdf,
      Clock clock) {
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
    this.goalSections = goalSections;
    this.goals = goals;
    this.templates = templates;
    this.messages = messages;
    this.pdf = pdf;
    this.clock = clock;
    this.css = stylesheet();
  }

  /** The sections in report order (for documentation and tests). */
  public List<ReportSection> sections() {
    return sections;
  }

  /** The year a report opens with when none is asked for: the latest year with measurements. */
  public int defaultYear(Area area) {
    return goals.latestYear(area, LocalDate.now(clock.withZone(DateRange.ZONE)).getYear() - 1);
  }

  @Transactional(readOnly = true)
  public Report build(Area area, int year, Locale locale) {
    ReportRequest request = new ReportRequest(area, year, locale);
    List<ReportPart> parts = new ArrayList<>();
    try {
      for (ReportSection section : sections) {
        parts.addAll(section.parts(request));
      }
    } finally {
      goalSections.forget();
    }
    return new Report(
        area,
        year,
        messages.getMessage("reports.title", new Object[] {area.name(), year}, locale),
        goals.vision(area).orElse(""),
        parts,
        LocalDate.now(clock.withZone(DateRange.ZONE)));
  }

  /** The report as one well-formed XHTML document with its stylesheet embedded (for the PDF). */
  public String document(Report report, Locale locale) {
    return templates.process(
        DOCUMENT, new Context(locale, Map.of("report", report, "css", css, "pdf", true)));
  }

  public byte[] pdf(Report report, Locale locale) {
    return toPdf(document(report, locale));
  }

  /** Lays out a document made by {@link #document} (or a variant of it) as a PDF. */
  public byte[] toPdf(String document) {
    return pdf.toPdf(document);
  }

  /** The HTML file written by the command line: the same document, without the page numbers. */
  public String standaloneHtml(Report report, Locale locale) {
    return templates.process(
        DOCUMENT, new Context(locale, Map.of("report", report, "css", css, "pdf", false)));
  }

  private static String stylesheet() {
    try (InputStream in = FollowUpReports.class.getResourceAsStream(STYLESHEET)) {
      if (in == null) {
        throw new IllegalStateException("missing " + STYLESHEET);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
