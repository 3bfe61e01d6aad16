package se.klara.forums;

import java.util.List;

/** One forum's attendance as bars: labels and percentages. */
public record AttendanceChart(
    long forumId, String forum, int held, List<ForumFollowUp.Attendance> rows) {
  public String labels() {
    return FollowUpController.json(
        rows.stream().map(ForumFollowUp.Attendance::organisation).toList());
  }

  public String values() {
    return rows.stream()
        .map(r -> String.valueOf(r.attended()))
        .reduce((a, b) -> a + "," + b)
        .map(s -> "[" + s + "]")
        .orElse("[]");
  }
}
