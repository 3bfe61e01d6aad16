package se.klara.reports;

import java.util.List;

/**
 * A section of the annual follow-up report. Every Spring bean of this type is collected, sorted by
 * {@link #order()} and asked for its parts; each part becomes a chapter with an entry in the table
 * of contents. Another module adds a section by declaring such a bean (it may use {@link
 * ReportFragments} to render its own template and {@link SvgChart} for charts); nothing in this
 * module changes.
 *
 * <p>Orders in use: 100 vision, 200 goals, 300 open drug scenes, 600 situation-picture trends.
 * Reserved: 400 the action plan's completed and written-off items of the year, 500 forum attendance
 * and meetings held versus planned.
 */
public interface ReportSection {
  int order();

  /** The chapters of this section for the report's area and year; empty to leave it out. */
  List<ReportPart> parts(ReportRequest request);
}
