package se.klara.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.actions.ActionPlan;
import se.klara.actions.ClosedAction;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.forums.ForumFollowUp;
import se.klara.support.IntegrationTest;

/** The annual report's chapters that come from the action plan and the forums' meeting data. */
class ReportForumAndActionSectionsTests extends IntegrationTest {
  private static final Locale SV = Locale.forLanguageTag("sv");

  @Autowired FollowUpReports reports;
  @Autowired ActionPlan actionPlan;
  @Autowired ForumFollowUp forums;
  @Autowired Areas areas;

  private Area klara() {
    return areas.bySlug("klara").orElseThrow();
  }

  @Test
  void thePdfListsTheYearsClosedActionItemsAndTheForumsMeetingsAndAttendance() throws IOException {
    Area klara = klara();
    LocalDate from = LocalDate.of(2019, 1, 1);
    LocalDate to = LocalDate.of(2019, 12, 31);
    List<ClosedAction> closed = actionPlan.closedIn(klara.id(), from, to);
    List<ForumFollowUp.MeetingCounts> meetings = forums.meetings(klara.id(), from, to);
    List<ForumFollowUp.Attendance> attendance = forums.attendance(klara.id(), from, to);
    // the demo data has all three, else this test would prove nothing
    assertThat(closed).isNotEmpty();
    assertThat(meetings).extracting(ForumFollowUp.MeetingCounts::held).anyMatch(held -> held > 0);
    assertThat(attendance).anyMatch(a -> a.attended() > 0);

    String text =
        FollowUpReportTests.text(reports.pdf(reports.build(klara, 2019, SV), SV))
            .replaceAll("\\s+", " ");

    long completed =
        closed.stream().filter(c -> c.outcome() == ClosedAction.Outcome.COMPLETED).count();
    assertThat(text)
        .contains("Åtgärdsplanen: genomfört och avskrivet")
        .contains(
            "Under 2019 genomfördes "
                + completed
                + " åtgärder och "
                + (closed.size() - completed)
                + " skrevs av");
    for (ClosedAction item : closed) {
      assertThat(text).contains(item.title()).contains(item.closedOn().toString());
    }
    // the 2018 measures belong to the 2018 report, not to this one
    assertThat(
            actionPlan.closedIn(klara.id(), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
        .extracting(ClosedAction::title)
        .contains("Belysning under bron, Vasagatan 24");
    assertThat(text).doesNotContain("Belysning under bron, Vasagatan 24");

    assertThat(text).contains("Samverkansforum: möten och närvaro");
    for (ForumFollowUp.MeetingCounts forum : meetings) {
      assertThat(text)
          .contains(
              forum.forum()
                  + " "
                  + forum.planned()
                  + " "
                  + forum.held()
                  + " "
                  + forum.heldByConvenor()
                  + " "
                  + forum.heldByStandIn()
                  + " "
                  + forum.cancelled());
    }
    ForumFollowUp.Attendance best =
        attendance.stream().filter(a -> a.held() > 0).findFirst().orElseThrow();
    assertThat(text)
        .contains(
            best.organisation()
                + " "
                + best.attended()
                + " "
                + best.held()
                + " "
                + best.percent()
                + " %");
  }

  @Test
  void aYearWithoutMeetingsOrClosedItemsSaysSo() throws IOException {
    String text =
        FollowUpReportTests.text(reports.pdf(reports.build(klara(), 2012, SV), SV))
            .replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Under 2012 genomfördes 0 åtgärder och 0 skrevs av")
        .contains("Ingen närvaro registrerad under året.");
  }
}
