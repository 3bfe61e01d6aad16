package se.klara.reports;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a Thymeleaf template (a fragment of well-formed XHTML) into a report part's body. */
@Component
public class ReportFragments {
  private final ITemplateEngine templates;

  ReportFragments(ITemplateEngine templates) {
    this.templates = templates;
  }

  public String render(String template, Map<String, Object> variables, Locale locale) {
    return templates.process(template, new Context(locale, variables));
  }
}
