package se.klara.directory;

import java.time.LocalDate;

/**
 * Days that do not follow the weekly rules: {@code closed} (summer break), or other hours that
 * replace the rules on those days.
 */
public record ScheduleException(
    LocalDate firstDay,
    LocalDate lastDay,
    boolean closed,
    Integer startMinute,
    Integer endMinute,
    String note) {

  public ScheduleException {
    if (firstDay == null || lastDay == null) {
      throw new DirectoryException("exceptions", "schedule.exception.dates-missing");
    }
    if (lastDay.isBefore(firstDay)) {
      throw new DirectoryException("exceptions", "schedule.exception.dates-inverted");
    }
    if (!closed) {
      if (startMinute == null || endMinute == null) {
        throw new DirectoryException("exceptions", "schedule.time.invalid");
      }
      // reuse the rule's checks on the hours
      new WeeklyRule(java.util.Set.of(firstDay.getDayOfWeek()), startMinute, endMinute);
    } else {
      startMinute = null;
      endMinute = null;
    }
    note = note == null ? "" : note.strip();
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }
}
