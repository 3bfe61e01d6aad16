package se.klara.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.klara.goals.FollowUp;
import se.klara.goals.Goals;
import se.klara.goals.IndicatorKind;
import se.klara.goals.Values;

/**
 * The report's core sections from the goals module: the vision (100), one chapter per goal with its
 * assessment, indicator tables, charts and analysis (200), and the open-drug-scene checklists of
 * the year (300). The follow-up is read once per report and shared by the three.
 */
@Component
class GoalSections {
  private final Goals goals;
  private final ReportFragments fragments;
  private final MessageSource messages;

  GoalSections(Goals goals, ReportFragments fragments, MessageSource messages) {
    this.goals = goals;
    this.fragments = fragments;
    this.messages = messages;
  }

  /** The follow-up of the request, read once per request and thread. */
  private final ThreadLocal<Map.Entry<ReportRequest, FollowUp>> cache = new ThreadLocal<>();

  FollowUp followUp(ReportRequest request) {
    Map.Entry<ReportRequest, FollowUp> cached = cache.get();
    if (cached != null && cached.getKey().equals(request)) {
      return cached.getValue();
    }
    FollowUp followUp = goals.followUp(request.area(), request.year(), request.locale());
    cache.set(Map.entry(request, followUp));
    return followUp;
  }

  void forget() {
    cache.remove();
  }

  @Component
  static class VisionSection implements ReportSection {
    private final GoalSections sections;

    VisionSection(GoalSections sections) {
      this.sections = sections;
    }

    @Override
    public int order() {
      return 100;
    }

    @Override
    public List<ReportPart> parts(ReportRequest request) {
      FollowUp followUp = sections.followUp(request);
      if (followUp.vision().isBlank() && followUp.goals().isEmpty()) {
        return List.of();
      }
      return List.of(
          new ReportPart(
              "vision",
              sections.text("reports.vision.title", request.locale()),
              sections.fragments.render(
                  "reports/sections/vision", Map.of("followUp", followUp), request.locale())));
    }
  }

  @Component
  static class GoalsSection implements ReportSection {
    private final GoalSections sections;

    GoalsSection(GoalSections sections) {
      this.sections = sections;
    }

    @Override
    public int order() {
      return 200;
    }

    @Override
    public List<ReportPart> parts(ReportRequest request) {
      FollowUp followUp = sections.followUp(request);
      List<ReportPart> parts = new ArrayList<>();
      Locale locale = request.locale();
      for (FollowUp.GoalFollowUp goal : followUp.goals()) {
        List<ChartView> charts = new ArrayList<>();
        for (FollowUp.Chart chart : goal.charts()) {
          IndicatorKind kind =
              chart.kind() == IndicatorKind.RATE ? IndicatorKind.COUNT : chart.kind();
          charts.add(
              new ChartView(
                  chart.title(),
                  SvgChart.line(
                      chart.title(),
                      chart.labels(),
                      chart.values(),
                      chart.target(),
                      chart.min(),
                      chart.max(),
                      v -> Values.format(kind, v, locale))));
        }
        List<String> sources =
            goal.tables().stream()
                .flatMap(t -> t.rows().stream())
                .filter(r -> !r.derived() && !r.source().isBlank())
                .map(FollowUp.Row::source)
                .distinct()
                .toList();
        String status = sections.text("reports.goal.status." + goal.status().name(), locale);
        String proposed = sections.text(goal.proposed().messageKey(), locale);
        parts.add(
            new ReportPart(
                "goal-" + goal.goal().number(),
                sections.text(
                    "reports.goal.title", locale, goal.goal().number(), goal.goal().title()),
                sections.fragments.render(
                    "reports/sections/goal",
                    Map.of(
                        "goal", goal,
                        "charts", charts,
                        "status", status,
                        "proposed", proposed,
                        "year", followUp.year(),
                        "results", resultTexts(goal, locale),
                        "sources", sources),
                    locale)));
      }
      return parts;
    }

    private Map<String, String> resultTexts(FollowUp.GoalFollowUp goal, Locale locale) {
      Map<String, String> texts = new java.util.HashMap<>();
      for (FollowUp.IndicatorTable table : goal.tables()) {
        for (FollowUp.Row row : table.rows()) {
          if (row.result() != null) {
            texts.put(row.code(), sections.text(row.result().messageKey(), locale));
          }
        }
      }
      return texts;
    }
  }

  @Component
  static class OpenDrugSceneSection implements ReportSection {
    private final GoalSections sections;

    OpenDrugSceneSection(GoalSections sections) {
      this.sections = sections;
    }

    @Override
    public int order() {
      return 300;
    }

    @Override
    public List<ReportPart> parts(ReportRequest request) {
      FollowUp followUp = sections.followUp(request);
      if (followUp.checklists().isEmpty()) {
        return List.of();
      }
      return List.of(
          new ReportPart(
              "open-drug-scenes",
              sections.text("reports.ods.title", request.locale(), followUp.year()),
              sections.fragments.render(
                  "reports/sections/ods", Map.of("followUp", followUp), request.locale())));
    }
  }

  String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
