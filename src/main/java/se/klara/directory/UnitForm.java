package se.klara.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The directory entry form as the browser sends it: text as typed, so that every bad value comes
 * back to its field with a reason ({@link UnitFormReader} turns it into a {@link UnitDraft}). The
 * row lists always hold a few blank rows, so the page works without JavaScript; blank rows are
 * ignored. {@code parent} is the short name of the entry this one is part of (empty: none). {@code
 * version} is the entry's version when the form was opened (edit only).
 */
record UnitForm(
    @Size(max = 63) String slug,
    @Size(max = 200) String name,
    String kind,
    String organisation,
    @Size(max = 63) String parent,
    @Size(max = 4000) String mandate,
    @Size(max = 4000) String limits,
    @Size(max = 2000) String handover,
    String ageMin,
    String ageMax,
    List<String> targetGroups,
    List<String> needs,
    @Size(max = 40) String phone,
    @Size(max = 200) String email,
    @Size(max = 200) String radioTalkGroup,
    @Size(max = 500) String receptionHours,
    String holidayPolicy,
    @Valid List<RuleRow> rules,
    @Valid List<ExceptionRow> exceptions,
    List<String> placeIds,
    @Valid List<CommitmentRow> commitments,
    String version) {

  static final int MIN_RULE_ROWS = 6;
  static final int MIN_EXCEPTION_ROWS = 3;
  static final int MIN_COMMITMENT_ROWS = 3;

  UnitForm {
    targetGroups = values(targetGroups);
    needs = values(needs);
    placeIds = values(placeIds);
    rules = rows(rules, MIN_RULE_ROWS, RuleRow::blank);
    exceptions = rows(exceptions, MIN_EXCEPTION_ROWS, ExceptionRow::blank);
    commitments = rows(commitments, MIN_COMMITMENT_ROWS, CommitmentRow::blank);
  }

  /** A weekly rule as typed: weekday names ({@link DayOfWeek}), start and end as HH:MM. */
  record RuleRow(List<String> days, @Size(max = 10) String start, @Size(max = 10) String end) {
    RuleRow {
      days = values(days);
    }

    static RuleRow blank() {
      return new RuleRow(List.of(), "", "");
    }

    boolean isBlank() {
      return days.isEmpty() && absent(start) && absent(end);
    }
  }

  /** A dated exception as typed: days as YYYY-MM-DD, {@code closed} "true" when ticked. */
  record ExceptionRow(
      @Size(max = 20) String firstDay,
      @Size(max = 20) String lastDay,
      String closed,
      @Size(max = 10) String start,
      @Size(max = 10) String end,
      @Size(max = 500) String note) {

    static ExceptionRow blank() {
      return new ExceptionRow("", "", null, "", "", "");
    }

    boolean isClosed() {
      return "true".equals(closed) || "on".equals(closed);
    }

    boolean isBlank() {
      return !isClosed()
          && absent(firstDay)
          && absent(lastDay)
          && absent(start)
          && absent(end)
          && absent(note);
    }
  }

  /** A commitment as typed. */
  record CommitmentRow(
      @Size(max = 1000) String text,
      @Size(max = 200) String owner,
      @Size(max = 1000) String followUp) {

    static CommitmentRow blank() {
      return new CommitmentRow("", "", "");
    }

    boolean isBlank() {
      return absent(text) && absent(owner) && absent(followUp);
    }
  }

  /** How many weekly rule rows to show open: those in use and a blank one, at least two. */
  public int shownRules() {
    return shown(rules, RuleRow::isBlank, 2);
  }

  /** How many exception rows to show open: those in use and a blank one. */
  public int shownExceptions() {
    return shown(exceptions, ExceptionRow::isBlank, 1);
  }

  /** How many commitment rows to show open: those in use and a blank one. */
  public int shownCommitments() {
    return shown(commitments, CommitmentRow::isBlank, 1);
  }

  private static <T> int shown(List<T> rows, Predicate<T> blank, int minimum) {
    int lastUsed = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (!blank.test(rows.get(i))) {
        lastUsed = i;
      }
    }
    return Math.min(rows.size(), Math.max(minimum, lastUsed + 2));
  }

  /** The form for a new entry: a unit working in the whole area, usual hours on holidays. */
  static UnitForm empty() {
    return new UnitForm(
        "",
        "",
        UnitKind.UNIT.name(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        List.of(),
        List.of(),
        "",
        "",
        "",
        "",
        HolidayPolicy.AS_USUAL.name(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /** The form for editing an entry as it is now, with room for more rows. */
  static UnitForm of(Unit unit) {
    List<RuleRow> rules = new ArrayList<>();
    for (WeeklyRule rule : unit.schedule().rules()) {
      rules.add(
          new RuleRow(
              rule.days().stream().sorted().map(DayOfWeek::name).toList(),
              WeeklyRule.clock(rule.startMinute()),
              WeeklyRule.clock(rule.endMinute())));
    }
    List<ExceptionRow> exceptions = new ArrayList<>();
    for (ScheduleException e : unit.schedule().exceptions()) {
      exceptions.add(
          new ExceptionRow(
              e.firstDay().toString(),
              e.lastDay().toString(),
              e.closed() ? "true" : null,
              e.closed() ? "" : WeeklyRule.clock(e.startMinute()),
              e.closed() ? "" : WeeklyRule.clock(e.endMinute()),
              e.note()));
    }
    List<CommitmentRow> commitments = new ArrayList<>();
    for (Commitment c : unit.commitments()) {
      commitments.add(new CommitmentRow(c.text(), c.owner(), c.followUp()));
    }
    ContactPaths contact = unit.contact();
    return new UnitForm(
        unit.slug(),
        unit.name(),
        unit.kind().name(),
        unit.organisation().slug(),
        orEmpty(unit.parentSlug()),
        unit.mandate(),
        unit.limits(),
        contact.handover(),
        unit.ages().min() == null ? "" : unit.ages().min().toString(),
        unit.ages().max() == null ? "" : unit.ages().max().toString(),
        unit.targetGroups().stream().sorted().map(TargetGroup::name).toList(),
        unit.needs().stream().sorted().map(Need::name).toList(),
        orEmpty(contact.phone()),
        orEmpty(contact.email()),
        orEmpty(contact.radioTalkGroup()),
        orEmpty(contact.receptionHours()),
        unit.schedule().holidayPolicy().name(),
        withBlank(rules, 2, RuleRow::blank),
        withBlank(exceptions, 1, ExceptionRow::blank),
        unit.placeIds().stream().map(String::valueOf).toList(),
        withBlank(commitments, 1, CommitmentRow::blank),
        String.valueOf(unit.version()));
  }

  /** Whether a typed value is missing or only spaces. */
  static boolean absent(String text) {
    return text == null || text.isBlank();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static List<String> values(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
  }

  private static <T> List<T> rows(List<T> rows, int minimum, Supplier<T> blank) {
    List<T> result = new ArrayList<>();
    if (rows != null) {
      rows.stream().filter(row -> row != null).forEach(result::add);
    }
    while (result.size() < minimum) {
      result.add(blank.get());
    }
    return List.copyOf(result);
  }

  private static <T> List<T> withBlank(List<T> rows, int extra, Supplier<T> blank) {
    List<T> result = new ArrayList<>(rows);
    for (int i = 0; i < extra; i++) {
      result.add(blank.get());
    }
    return result;
  }
}
