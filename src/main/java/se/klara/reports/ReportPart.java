package se.klara.reports;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One chapter of a report: an anchor id (for links and the PDF's page references), its title in the
 * table of contents, and its body as well-formed XHTML (it goes into the web page and the PDF
 * alike, so no scripts and no inline styles).
 */
public record ReportPart(String id, String title, String xhtml) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  public ReportPart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xhtml, "xhtml");
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a part id is lower-case letters, digits and dashes");
    }
  }
}
