package se.klara.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.klara.actions.ActionPlan;
import se.klara.actions.ClosedAction;

/**
 * The action plan's items completed and written off in the report year (400): the seed's list of
 * measures, from the action plan rather than typed into the report.
 */
@Component
class ActionPlanSection implements ReportSection {
  private final ActionPlan actionPlan;
  private final ReportFragments fragments;
  private final MessageSource messages;

  ActionPlanSection(ActionPlan actionPlan, ReportFragments fragments, MessageSource messages) {
    this.actionPlan = actionPlan;
    this.fragments = fragments;
    this.messages = messages;
  }

  /** One closed item as the report's table shows it, texts already in the reader's language. */
  public record Row(
      String title, String category, String place, String owner, String closedOn, String how) {}

  @Override
  public int order() {
    return 400;
  }

  @Override
  public List<ReportPart> parts(ReportRequest request) {
    int year = request.year();
    List<ClosedAction> closed =
        actionPlan.closedIn(
            request.area().id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    List<Row> completed = rows(closed, ClosedAction.Outcome.COMPLETED, request);
    List<Row> writtenOff = rows(closed, ClosedAction.Outcome.WRITTEN_OFF, request);
    return List.of(
        new ReportPart(
            "action-plan",
            messages.getMessage("reports.actions.title", null, request.locale()),
            fragments.render(
                "reports/sections/actions",
                Map.of("year", year, "completed", completed, "writtenOff", writtenOff),
                request.locale())));
  }

  private List<Row> rows(
      List<ClosedAction> closed, ClosedAction.Outcome outcome, ReportRequest request) {
    String none = "–";
    return closed.stream()
        .filter(item -> item.outcome() == outcome)
        .map(
            item ->
                new Row(
                    item.title(),
                    messages.getMessage(item.category().messageKey(), null, request.locale()),
                    item.placeName() == null ? none : item.placeName(),
                    item.ownerOrganisation() == null ? none : item.ownerOrganisation(),
                    item.closedOn().toString(),
                    item.resolution() == null ? none : item.resolution()))
        .toList();
  }
}
