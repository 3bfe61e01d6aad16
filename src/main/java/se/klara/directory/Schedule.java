package se.klara.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a unit is on duty: weekly rules, then public holidays by the unit's policy, then dated
 * exceptions, which win over both. Times are wall-clock times in the area's zone, so a shift keeps
 * its hours across the daylight-saving change (and is an hour shorter or longer that night).
 */
public record Schedule(
    List<WeeklyRule> rules, List<ScheduleException> exceptions, HolidayPolicy holidayPolicy) {
  /** How far ahead "who comes on duty next" looks. */
  public static final int LOOKAHEAD_DAYS = 14;

  public Schedule {
    rules = rules == null ? List.of() : List.copyOf(rules);
    exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    holidayPolicy = holidayPolicy == null ? HolidayPolicy.AS_USUAL : holidayPolicy;
  }

  public boolean isEmpty() {
    return rules.isEmpty() && exceptions.stream().allMatch(ScheduleException::closed);
  }

  /** The (start, end) minute pairs of the shifts that start on a day. */
  List<int[]> hoursOn(LocalDate day, PublicHolidays holidays) {
    for (ScheduleException exception : exceptions) {
      if (exception.covers(day)) {
        return exception.closed()
            ? List.of()
            : List.of(new int[] {exception.startMinute(), exception.endMinute()});
      }
    }
    DayOfWeek weekday = day.getDayOfWeek();
    if (holidays.isHoliday(day)) {
      switch (holidayPolicy) {
        case CLOSED:
          return List.of();
        case AS_SUNDAY:
          weekday = DayOfWeek.SUNDAY;
          break;
        default:
          break;
      }
    }
    List<int[]> hours = new ArrayList<>();
    for (WeeklyRule rule : rules) {
      if (rule.appliesOn(weekday)) {
        hours.add(new int[] {rule.startMinute(), rule.endMinute()});
      }
    }
    return hours;
  }

  public List<Shift> shiftsStartingOn(LocalDate day, ZoneId zone, PublicHolidays holidays) {
    List<Shift> shifts = new ArrayList<>();
    for (int[] hours : hoursOn(day, holidays)) {
      int start = hours[0];
      int end = hours[1];
      LocalDate endDay = end <= start ? day.plusDays(1) : day;
      shifts.add(
          new Shift(
              ZonedDateTime.of(day.atStartOfDay().plusMinutes(start), zone),
              ZonedDateTime.of(endDay.atStartOfDay().plusMinutes(end), zone)));
    }
    shifts.sort(Comparator.comparing(Shift::start));
    return shifts;
  }

  /** The shift under way at an instant, if any (a shift from the evening before included). */
  public Optional<Shift> shiftAt(Instant instant, ZoneId zone, PublicHolidays holidays) {
    LocalDate today = instant.atZone(zone).toLocalDate();
    for (LocalDate day : List.of(today.minusDays(1), today)) {
      for (Shift shift : shiftsStartingOn(day, zone, holidays)) {
        if (shift.contains(instant)) {
          return Optional.of(shift);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * When the duty under way at an instant ends, following shifts that join on without a gap
   * (Mon–Sun 00:00–24:00 is on duty until the lookahead ends).
   */
  public Optional<ZonedDateTime> onDutyUntil(
      Instant instant, ZoneId zone, PublicHolidays holidays) {
    Optional<Shift> current = shiftAt(instant, zone, holidays);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    ZonedDateTime end = current.get().end();
    Instant horizon = instant.plus(java.time.Duration.ofDays(LOOKAHEAD_DAYS));
    while (end.toInstant().isBefore(horizon)) {
      Optional<Shift> next = shiftAt(end.toInstant(), zone, holidays);
      if (next.isEmpty() || !next.get().end().isAfter(end)) {
        break;
      }
      end = next.get().end();
    }
    return Optional.of(end);
  }

  /** The start of the next shift after an instant, within the lookahead. */
  public Optional<ZonedDateTime> nextStartAfter(
      Instant instant, ZoneId zone, PublicHolidays holidays) {
    LocalDate today = instant.atZone(zone).toLocalDate();
    for (int offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
      for (Shift shift : shiftsStartingOn(today.plusDays(offset), zone, holidays)) {
        if (shift.start().toInstant().isAfter(instant)) {
          return Optional.of(shift.start());
        }
      }
    }
    return Optional.empty();
  }
}
