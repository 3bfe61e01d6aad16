package se.klara.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.klara.incidents.IncidentCategory;
import se.klara.incidents.IncidentStatistics;
import se.klara.observations.ObservationStatistics;
import se.klara.observations.Observations;
import se.klara.observations.Phenomenon;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;

/**
 * Key situation-picture trends of the year (600): incidents per category and field observations per
 * phenomenon in the report year against the year before, read from the situation picture's rollups
 * through the public statistics of the incidents and observations modules.
 */
@Component
class SituationTrendsSection implements ReportSection {
  private final IncidentStatistics incidents;
  private final ObservationStatistics observationStatistics;
  private final Observations observations;
  private final ReportFragments fragments;
  private final MessageSource messages;

  SituationTrendsSection(
      IncidentStatistics incidents,
      ObservationStatistics observationStatistics,
      Observations observations,
      ReportFragments fragments,
      MessageSource messages) {
    this.incidents = incidents;
    this.observationStatistics = observationStatistics;
    this.observations = observations;
    this.fragments = fragments;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 600;
  }

  @Override
  public List<ReportPart> parts(ReportRequest request) {
    int year = request.year();
    DateRange thisYear = new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    DateRange lastYear = thisYear.sameLastYear();
    List<TrendRow> incidentTrends = new ArrayList<>();
    Map<String, Long> now =
        weeklyTotals(incidents.weekly(request.area(), thisYear.first(), thisYear.last()), thisYear);
    Map<String, Long> before =
        weeklyTotals(incidents.weekly(request.area(), lastYear.first(), lastYear.last()), lastYear);
    for (IncidentCategory category : incidents.categories(request.area())) {
      trend(incidentTrends, category.code(), category.name(request.locale()), now, before);
    }
    List<TrendRow> observationTrends = new ArrayList<>();
    Map<String, Long> seen =
        dailyTotals(observationStatistics.daily(request.area(), null, thisYear));
    Map<String, Long> seenBefore =
        dailyTotals(observationStatistics.daily(request.area(), null, lastYear));
    for (Phenomenon phenomenon : observations.vocabulary(request.area())) {
      trend(
          observationTrends,
          phenomenon.code(),
          phenomenon.name(request.locale()),
          seen,
          seenBefore);
    }
    return List.of(
        new ReportPart(
            "situation-trends",
            messages.getMessage("reports.trends.title", null, request.locale()),
            fragments.render(
                "reports/sections/trends",
                Map.of(
                    "year", year,
                    "incidents", incidentTrends,
                    "observations", observationTrends),
                request.locale())));
  }

  private static void trend(
      List<TrendRow> into,
      String code,
      String name,
      Map<String, Long> now,
      Map<String, Long> before) {
    long count = now.getOrDefault(code, 0L);
    long previous = before.getOrDefault(code, 0L);
    if (count == 0 && previous == 0) {
      return;
    }
    String change =
        previous == 0
            ? "–"
            : String.format("%+d %%", Math.round(100.0 * (count - previous) / previous));
    into.add(new TrendRow(name, count, previous, change));
  }

  /** Weeks are counted in the year of their Monday's week when the Monday lies in the range. */
  private static Map<String, Long> weeklyTotals(List<DailyCount> counts, DateRange range) {
    Map<String, Long> totals = new HashMap<>();
    for (DailyCount c : counts) {
      if (range.contains(c.day())) {
        totals.merge(c.code(), c.count(), Long::sum);
      }
    }
    return totals;
  }

  private static Map<String, Long> dailyTotals(List<DailyCount> counts) {
    Map<String, Long> totals = new HashMap<>();
    counts.forEach(c -> totals.merge(c.code(), c.count(), Long::sum));
    return totals;
  }
}
