package se.klara.directory;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * Reads a {@link UnitForm} into a {@link UnitDraft}. The directory's own values check the input;
 * every refusal is recorded on the field or row it concerns (all of them, not just the first), and
 * no draft comes out while anything is wrong.
 */
final class UnitFormReader {
  /** More rows than any entry needs: a form with more is not from our page. */
  static final int MAX_ROWS = 50;

  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
  private static final String PLACEHOLDER_SLUG = "x";

  private final UnitForm form;
  private final UnitFormChoices choices;
  private final Errors errors;

  private UnitFormReader(UnitForm form, UnitFormChoices choices, Errors errors) {
    this.form = form;
    this.choices = choices;
    this.errors = errors;
  }

  /**
   * The draft the form describes, with {@code slug} as its short name (the typed one for a new
   * entry, the existing one when editing); empty when {@code errors} holds anything afterwards.
   */
  static Optional<UnitDraft> read(
      UnitForm form, String slug, UnitFormChoices choices, Errors errors) {
    UnitDraft draft = new UnitFormReader(form, choices, errors).draft(slug);
    return errors.hasErrors() ? Optional.empty() : Optional.of(draft);
  }

  /** Records a refusal of the directory on the form field it concerns. */
  static void reject(Errors errors, DirectoryException e) {
    String field =
        switch (e.field()) {
          case "slug",
              "name",
              "targetGroups",
              "ageMin",
              "ageMax",
              "phone",
              "email",
              "kind",
              "holidayPolicy",
              "mandate",
              "limits",
              "handover",
              "placeIds" ->
              e.field();
          case "organisationSlug" -> "organisation";
          case "parentSlug" -> "parent";
          default -> null;
        };
    if (field == null) {
      errors.reject(e.messageKey(), e.arguments(), e.messageKey());
    } else {
      errors.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
    }
  }

  private void reject(String field, String key, Object... arguments) {
    errors.rejectValue(field, key, arguments, key);
  }

  private void reject(String field, DirectoryException e) {
    reject(field, e.messageKey(), e.arguments());
  }

  private UnitDraft draft(String slug) {
    UnitKind kind = choice(UnitKind.class, form.kind(), "kind", UnitKind.UNIT);
    HolidayPolicy holidayPolicy =
        choice(HolidayPolicy.class, form.holidayPolicy(), "holidayPolicy", HolidayPolicy.AS_USUAL);
    String organisation = organisation();
    String parent = parent(slug);
    AgeRange ages = ages();
    Set<TargetGroup> targetGroups = choices(TargetGroup.class, form.targetGroups(), "targetGroups");
    Set<Need> needs = choices(Need.class, form.needs(), "needs");
    ContactPaths contact = contact();
    Schedule schedule = new Schedule(rules(), exceptions(), holidayPolicy);
    List<Long> placeIds = placeIds();
    List<Commitment> commitments = commitments();

    // The draft checks slug, name and target groups in turn: stand in for each refused one and
    // ask again, so that all three are reported at once.
    String name = form.name();
    for (int attempt = 0; ; attempt++) {
      try {
        return new UnitDraft(
            slug,
            name,
            kind,
            organisation,
            parent,
            form.mandate(),
            form.limits(),
            ages,
            targetGroups,
            needs,
            contact,
            schedule,
            placeIds,
            commitments);
      } catch (DirectoryException e) {
        if (!errors.hasFieldErrors(e.field())) { // e.g. an unknown target group, already said
          reject(errors, e);
        }
        switch (e.field()) {
          case "slug" -> slug = PLACEHOLDER_SLUG;
          case "name" -> name = "-";
          case "targetGroups" -> targetGroups = Set.of(TargetGroup.EVERYONE);
          default -> {
            return null;
          }
        }
        if (attempt >= 3) {
          return null;
        }
      }
    }
  }

  private String organisation() {
    String slug = form.organisation();
    if (UnitForm.absent(slug)) {
      reject("organisation", "unit-edit.organisation.missing");
      return null;
    }
    if (!choices.offersOrganisation(slug)) {
      reject("organisation", "unit.organisation.unknown", slug);
      return null;
    }
    return slug;
  }

  /** The entry this one is part of: one the form offered, never the entry itself or its parts. */
  private String parent(String slug) {
    if (UnitForm.absent(form.parent())) {
      return null;
    }
    String parent = form.parent().strip();
    if (parent.equals(slug) || choices.isOwnPart(parent)) {
      reject("parent", "unit.parent.cycle", parent);
      return null;
    }
    if (!choices.offersParent(parent)) {
      reject("parent", "unit.parent.unknown", parent);
      return null;
    }
    return parent;
  }

  private AgeRange ages() {
    Integer min = age(form.ageMin(), "ageMin");
    Integer max = age(form.ageMax(), "ageMax");
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return new AgeRange(min, max);
      } catch (DirectoryException e) {
        reject(errors, e);
        if ("ageMax".equals(e.field())) {
          max = null;
        } else if ("age.out-of-range".equals(e.messageKey())) {
          min = null;
        } else {
          return AgeRange.ANY;
        }
      }
    }
    return AgeRange.ANY;
  }

  private Integer age(String text, String field) {
    if (UnitForm.absent(text)) {
      return null;
    }
    String digits = text.strip();
    if (!digits.matches("\\d{1,3}")) {
      reject(field, "unit-edit.age.not-a-number");
      return null;
    }
    return Integer.valueOf(digits);
  }

  private ContactPaths contact() {
    String phone = form.phone();
    String email = form.email();
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return new ContactPaths(
            phone, email, form.radioTalkGroup(), form.receptionHours(), form.handover());
      } catch (DirectoryException e) {
        reject(errors, e);
        if ("phone".equals(e.field())) {
          phone = null;
        } else {
          email = null;
        }
      }
    }
    return null;
  }

  private List<WeeklyRule> rules() {
    List<WeeklyRule> rules = new ArrayList<>();
    List<UnitForm.RuleRow> rows = form.rules();
    if (tooMany(rows)) {
      return rules;
    }
    for (int i = 0; i < rows.size(); i++) {
      UnitForm.RuleRow row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      String path = "rules[" + i + "].";
      Set<DayOfWeek> days = choices(DayOfWeek.class, row.days(), path + "days");
      if (row.days().isEmpty()) {
        reject(path + "days", "schedule.no-days");
      }
      Integer start = start(row.start(), path + "start");
      Integer end = minute(row.end(), path + "end");
      if (start == null || end == null || days.isEmpty()) {
        continue;
      }
      if (start.equals(end)) {
        reject(path + "end", "schedule.end-equals-start");
        continue;
      }
      try {
        rules.add(new WeeklyRule(days, start, end == 0 ? 1440 : end));
      } catch (DirectoryException e) {
        reject(path + "end", e);
      }
    }
    return rules;
  }

  private List<ScheduleException> exceptions() {
    List<ScheduleException> exceptions = new ArrayList<>();
    List<UnitForm.ExceptionRow> rows = form.exceptions();
    if (tooMany(rows)) {
      return exceptions;
    }
    for (int i = 0; i < rows.size(); i++) {
      UnitForm.ExceptionRow row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      String path = "exceptions[" + i + "].";
      LocalDate first = date(row.firstDay(), path + "firstDay");
      LocalDate last = date(row.lastDay(), path + "lastDay");
      Integer start = null;
      Integer end = null;
      if (!row.isClosed()) {
        start = start(row.start(), path + "start");
        end = minute(row.end(), path + "end");
        if (start == null || end == null) {
          continue;
        }
        if (start.equals(end)) {
          reject(path + "end", "schedule.end-equals-start");
          continue;
        }
        end = end == 0 ? 1440 : end;
      }
      if (first == null || last == null) {
        continue;
      }
      try {
        exceptions.add(new ScheduleException(first, last, row.isClosed(), start, end, row.note()));
      } catch (DirectoryException e) {
        String field = e.messageKey().startsWith("schedule.exception.") ? "lastDay" : "end";
        reject(path + field, e);
      }
    }
    return exceptions;
  }

  private List<Commitment> commitments() {
    List<Commitment> commitments = new ArrayList<>();
    List<UnitForm.CommitmentRow> rows = form.commitments();
    if (tooMany(rows)) {
      return commitments;
    }
    for (int i = 0; i < rows.size(); i++) {
      UnitForm.CommitmentRow row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      try {
        commitments.add(new Commitment(row.text(), row.owner(), row.followUp()));
      } catch (DirectoryException e) {
        reject("commitments[" + i + "].text", e);
      }
    }
    return commitments;
  }

  private List<Long> placeIds() {
    List<Long> ids = new ArrayList<>();
    for (String value : form.placeIds()) {
      Long id = value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
      if (id == null || !choices.offersPlace(id)) {
        reject("placeIds", "unit-edit.place.unknown");
        return List.of();
      }
      ids.add(id);
    }
    return ids;
  }

  private boolean tooMany(List<?> rows) {
    if (rows.size() <= MAX_ROWS) {
      return false;
    }
    errors.reject("unit-edit.too-many-rows", new Object[] {MAX_ROWS}, "unit-edit.too-many-rows");
    return true;
  }

  /** A start time: as {@link #minute}, but 24:00 ends a day and cannot start a shift. */
  private Integer start(String text, String field) {
    Integer minute = minute(text, field);
    if (minute != null && minute == 1440) {
      reject(field, "unit-edit.start.midnight");
      return null;
    }
    return minute;
  }

  /** Minutes of the day of a time typed as HH:MM (or HH.MM), 0–1440. */
  private Integer minute(String text, String field) {
    if (UnitForm.absent(text)) {
      reject(field, "unit-edit.time.missing");
      return null;
    }
    Matcher m = CLOCK.matcher(text.strip());
    if (!m.matches()) {
      reject(field, "unit-edit.time.unreadable", text.strip());
      return null;
    }
    try {
      return WeeklyRule.minutes(m.group(1), m.group(2));
    } catch (DirectoryException e) {
      reject(field, e);
      return null;
    }
  }

  private LocalDate date(String text, String field) {
    if (UnitForm.absent(text)) {
      reject(field, "schedule.exception.dates-missing");
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      reject(field, "unit-edit.date.unreadable", text.strip());
      return null;
    }
  }

  /** One of an enum's constants by name; {@code fallback} (with an error) for anything else. */
  private <E extends Enum<E>> E choice(Class<E> type, String value, String field, E fallback) {
    if (UnitForm.absent(value)) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      reject(field, "unit-edit.choice.unknown", value.strip());
      return fallback;
    }
  }

  private <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, String field) {
    EnumSet<E> result = EnumSet.noneOf(type);
    for (String value : values) {
      E constant = choice(type, value, field, null);
      if (constant == null) {
        return EnumSet.noneOf(type);
      }
      result.add(constant);
    }
    return result;
  }
}
