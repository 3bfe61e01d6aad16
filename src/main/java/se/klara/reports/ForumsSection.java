package se.klara.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.klara.forums.ForumFollowUp;

/**
 * The forums in the report year (500): meetings held against planned, by convenor or stand-in, and
 * attendance per organisation and forum, as the seed charts it.
 */
@Component
class ForumsSection implements ReportSection {
  private final ForumFollowUp followUp;
  private final ReportFragments fragments;
  private final MessageSource messages;

  ForumsSection(ForumFollowUp followUp, ReportFragments fragments, MessageSource messages) {
    this.followUp = followUp;
    this.fragments = fragments;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 500;
  }

  @Override
  public List<ReportPart> parts(ReportRequest request) {
    int year = request.year();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    long area = request.area().id();
    List<ForumFollowUp.MeetingCounts> meetings = followUp.meetings(area, from, to);
    List<ForumFollowUp.Attendance> attendance =
        followUp.attendance(area, from, to).stream().filter(a -> a.held() > 0).toList();
    return List.of(
        new ReportPart(
            "forums",
            messages.getMessage("reports.forums.title", null, request.locale()),
            fragments.render(
                "reports/sections/forums",
                Map.of("year", year, "meetings", meetings, "attendance", attendance),
                request.locale())));
  }
}
