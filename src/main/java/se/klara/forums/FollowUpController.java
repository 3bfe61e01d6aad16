package se.klara.forums;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.directory.Directory;
import se.klara.directory.Unit;
import se.klara.shared.Actor;
import se.klara.shared.CsvCells;
import se.klara.shared.InputException;

/**
 * Follow-up views of the forums: attendance per organisation (the seed's chart), meetings held
 * versus planned, commitments, open questions by age and level, escalations; CSV exports.
 */
@Controller
class FollowUpController {
  private final AreaAccess areaAccess;
  private final ForumFollowUp followUp;
  private final Forums forums;
  private final Directory directory;
  private final MessageSource messages;

  FollowUpController(
      AreaAccess areaAccess,
      ForumFollowUp followUp,
      Forums forums,
      Directory directory,
      MessageSource messages) {
    this.areaAccess = areaAccess;
    this.followUp = followUp;
    this.forums = forums;
    this.directory = directory;
    this.messages = messages;
  }

  private Period period(String from, String to) {
    LocalDate last = Optional.ofNullable(ForumController.day("to", to)).orElse(forums.today());
    LocalDate first =
        Optional.ofNullable(ForumController.day("from", from))
            .orElse(last.minusYears(1).plusDays(1));
    if (last.isBefore(first)) {
      throw new InputException("to", "forums.error.period");
    }
    if (first.plusYears(10).isBefore(last)) {
      throw new InputException("from", "forums.error.period.long");
    }
    return new Period(first, last);
  }

  static String json(List<String> texts) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"');
      for (char c : texts.get(i).toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
    return out.append(']').toString();
  }

  @GetMapping("/areas/{area}/forums/follow-up")
  String page(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    Period p;
    try {
      p = period(from, to);
    } catch (InputException e) {
      model.addAttribute("periodError", messages.getMessage(e.messageKey(), e.arguments(), locale));
      p = period(null, null);
    }
    model.addAttribute("period", p);
    Map<Long, AttendanceChart> charts = new LinkedHashMap<>();
    for (ForumFollowUp.Attendance a : followUp.attendance(area.id(), p.from(), p.to())) {
      charts
          .computeIfAbsent(
              a.forumId(), id -> new AttendanceChart(id, a.forum(), a.held(), new ArrayList<>()))
          .rows()
          .add(a);
    }
    model.addAttribute("charts", charts.values().stream().filter(c -> c.held() > 0).toList());
    List<ForumFollowUp.MeetingCounts> counts = followUp.meetings(area.id(), p.from(), p.to());
    model.addAttribute("counts", counts);
    model.addAttribute(
        "countLabels", json(counts.stream().map(ForumFollowUp.MeetingCounts::forum).toList()));
    model.addAttribute(
        "plannedValues",
        numbers(counts.stream().map(ForumFollowUp.MeetingCounts::planned).toList()));
    model.addAttribute(
        "heldValues", numbers(counts.stream().map(ForumFollowUp.MeetingCounts::held).toList()));
    model.addAttribute("commitments", commitments(area, counts, p));
    List<ForumFollowUp.OpenByAge> openByAge = followUp.openQuestions(area.id(), forums.today());
    model.addAttribute("openByAge", openByAge);
    model.addAttribute(
        "openLabels",
        json(
            openByAge.stream()
                .map(o -> messages.getMessage("forums.level." + o.level().name(), null, locale))
                .toList()));
    model.addAttribute(
        "openSeries",
        List.of(
            numbers(openByAge.stream().map(ForumFollowUp.OpenByAge::under14).toList()),
            numbers(openByAge.stream().map(ForumFollowUp.OpenByAge::under30).toList()),
            numbers(openByAge.stream().map(ForumFollowUp.OpenByAge::under90).toList()),
            numbers(openByAge.stream().map(ForumFollowUp.OpenByAge::older).toList())));
    model.addAttribute(
        "openSeriesLabels",
        json(
            messageList(
                locale,
                "forums.follow-up.age.14",
                "forums.follow-up.age.30",
                "forums.follow-up.age.90",
                "forums.follow-up.age.older")));
    model.addAttribute(
        "escalationSeriesLabels",
        json(
            messageList(
                locale,
                "forums.question.status.OPEN",
                "forums.question.status.ANSWERED",
                "forums.question.status.CLOSED")));
    List<ForumFollowUp.Escalations> escalations = followUp.escalations(area.id(), p.from(), p.to());
    model.addAttribute("escalations", escalations);
    model.addAttribute(
        "escalationLabels",
        json(escalations.stream().map(e -> e.from() + " → " + e.to()).toList()));
    model.addAttribute(
        "escalationSeries",
        List.of(
            numbers(escalations.stream().map(ForumFollowUp.Escalations::open).toList()),
            numbers(escalations.stream().map(ForumFollowUp.Escalations::answered).toList()),
            numbers(escalations.stream().map(ForumFollowUp.Escalations::closed).toList())));
    return "forums/follow-up";
  }

  private List<String> messageList(Locale locale, String... keys) {
    return java.util.Arrays.stream(keys).map(k -> messages.getMessage(k, null, locale)).toList();
  }

  static String numbers(List<Integer> values) {
    return values.toString().replace(" ", "");
  }

  private List<CommitmentFollowUp> commitments(
      Area area, List<ForumFollowUp.MeetingCounts> counts, Period p) {
    Map<Long, Unit> units = new LinkedHashMap<>();
    directory.unitsIn(area).forEach(u -> units.put(u.id(), u));
    List<CommitmentFollowUp> out = new ArrayList<>();
    for (ForumFollowUp.MeetingCounts c : counts) {
      Forum f = forums.get(area.id(), c.forumId());
      List<CommitmentFollowUp.Participant> participants = new ArrayList<>();
      followUp
          .attendanceByUnit(f.id(), p.from(), p.to())
          .forEach(
              (unitId, attended) -> {
                Unit u = units.get(unitId);
                if (u != null && !u.commitments().isEmpty()) {
                  participants.add(
                      new CommitmentFollowUp.Participant(
                          u.name() + " (" + u.organisation().name() + ")",
                          u.commitments(),
                          attended,
                          c.held()));
                }
              });
      if (f.convenorUnitId() == null && f.standInUnitId() == null && participants.isEmpty()) {
        continue;
      }
      Unit convenor = f.convenorUnitId() == null ? null : units.get(f.convenorUnitId());
      Unit standIn = f.standInUnitId() == null ? null : units.get(f.standInUnitId());
      out.add(
          new CommitmentFollowUp(
              f.name(),
              convenor == null
                  ? "–"
                  : convenor.name() + " (" + convenor.organisation().name() + ")",
              convenor == null ? List.of() : convenor.commitments(),
              standIn == null ? "–" : standIn.name() + " (" + standIn.organisation().name() + ")",
              standIn == null ? List.of() : standIn.commitments(),
              c,
              participants));
    }
    return out;
  }

  private ResponseEntity<String> csv(String name, List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(CsvCells::safe).toList());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(out.toString());
  }

  @GetMapping("/areas/{area}/forums/follow-up/attendance.csv")
  ResponseEntity<String> attendanceCsv(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    Area area = areaAccess.require(actor, slug);
    Period p = period(from, to);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("forum", "organisation", "from", "to", "held", "attended", "percent"));
    for (ForumFollowUp.Attendance a : followUp.attendance(area.id(), p.from(), p.to())) {
      rows.add(
          List.of(
              a.forum(),
              a.organisation(),
              p.from().toString(),
              p.to().toString(),
              String.valueOf(a.held()),
              String.valueOf(a.attended()),
              String.valueOf(a.percent())));
    }
    return csv("klara-attendance-" + p.from() + "-" + p.to() + ".csv", rows);
  }

  @GetMapping("/areas/{area}/forums/follow-up/meetings.csv")
  ResponseEntity<String> meetingsCsv(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    Area area = areaAccess.require(actor, slug);
    Period p = period(from, to);
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "forum",
            "level",
            "from",
            "to",
            "planned",
            "held",
            "held_by_convenor",
            "held_by_stand_in",
            "cancelled"));
    for (ForumFollowUp.MeetingCounts c : followUp.meetings(area.id(), p.from(), p.to())) {
      rows.add(
          List.of(
              c.forum(),
              c.level().name(),
              p.from().toString(),
              p.to().toString(),
              String.valueOf(c.planned()),
              String.valueOf(c.held()),
              String.valueOf(c.heldByConvenor()),
              String.valueOf(c.heldByStandIn()),
              String.valueOf(c.cancelled())));
    }
    return csv("klara-meetings-" + p.from() + "-" + p.to() + ".csv", rows);
  }

  @GetMapping("/areas/{area}/forums/follow-up/open-questions.csv")
  ResponseEntity<String> openQuestionsCsv(Actor actor, @PathVariable("area") String slug) {
    Area area = areaAccess.require(actor, slug);
    LocalDate today = forums.today();
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of("level", "on", "under_14_days", "14_29_days", "30_89_days", "90_days_or_more"));
    for (ForumFollowUp.OpenByAge o : followUp.openQuestions(area.id(), today)) {
      rows.add(
          List.of(
              o.level().name(),
              today.toString(),
              String.valueOf(o.under14()),
              String.valueOf(o.under30()),
              String.valueOf(o.under90()),
              String.valueOf(o.older())));
    }
    return csv("klara-open-questions-" + today + ".csv", rows);
  }

  @GetMapping("/areas/{area}/forums/follow-up/escalations.csv")
  ResponseEntity<String> escalationsCsv(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    Area area = areaAccess.require(actor, slug);
    Period p = period(from, to);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("from_forum", "to_forum", "from", "to", "open", "answered", "closed"));
    for (ForumFollowUp.Escalations e : followUp.escalations(area.id(), p.from(), p.to())) {
      rows.add(
          List.of(
              e.from(),
              e.to(),
              p.from().toString(),
              p.to().toString(),
              String.valueOf(e.open()),
              String.valueOf(e.answered()),
              String.valueOf(e.closed())));
    }
    return csv("klara-escalations-" + p.from() + "-" + p.to() + ".csv", rows);
  }
}
