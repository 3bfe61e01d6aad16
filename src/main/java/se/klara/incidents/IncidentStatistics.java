package se.klara.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.klara.areas.Area;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;
import se.klara.shared.WeekHourMatrix;

/**
 * Aggregate incident counts of an area, read from rollups (never the raw incident table). A null
 * {@code placeId} means the whole area; days and hours are local time in {@link DateRange#ZONE}.
 */
@Service
public class IncidentStatistics {
  /** The area's incident categories, in their order. */
  public List<IncidentCategory> categories(Area area) {
    throw new UnsupportedOperationException("contract: implemented by the incidents module");
  }

  /** Counts per category code and day within the range (days without incidents are absent). */
  public List<DailyCount> daily(Area area, Long placeId, DateRange range) {
    throw new UnsupportedOperationException("contract: implemented by the incidents module");
  }

  /** Counts by weekday and hour of day within the range. */
  public WeekHourMatrix weekHours(Area area, Long placeId, DateRange range) {
    throw new UnsupportedOperationException("contract: implemented by the incidents module");
  }

  /** Counts per named place within the range (incidents at no named place are left out). */
  public Map<Long, Long> byPlace(Area area, DateRange range) {
    throw new UnsupportedOperationException("contract: implemented by the incidents module");
  }

  /** Counts per source and category within the range: what each source saw. */
  public List<SourceCount> bySource(Area area, Long placeId, DateRange range) {
    throw new UnsupportedOperationException("contract: implemented by the incidents module");
  }

  /**
   * Counts per category code and ISO week (the day of each count is the week's Monday) for the
   * weeks that overlap {@code from}..{@code to}, for long trends such as ten years.
   */
  public List<DailyCount> weekly(Area area, LocalDate from, LocalDate to) {
    throw new UnsupportedOperationException("contract: implemented by the incidents module");
  }
}
