package se.klara.reports;

import java.util.Locale;
import se.klara.areas.Area;

/** What a report is for: an area, a year, the reader's language. */
public record ReportRequest(Area area, int year, Locale locale) {}
