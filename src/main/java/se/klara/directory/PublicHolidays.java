package se.klara.directory;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Swedish public holidays (including midsummer, Christmas and New Year's Eve, which staffing treats
 * as holidays), from the Jollyday calendar.
 */
@Component
public class PublicHolidays {
  private final HolidayManager manager =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
  private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

  public boolean isHoliday(LocalDate day) {
    return byYear
        .computeIfAbsent(
            day.getYear(),
            year ->
                manager.getHolidays(Year.of(year)).stream()
                    .map(Holiday::getDate)
                    .collect(Collectors.toUnmodifiableSet()))
        .contains(day);
  }
}
