package se.klara.observations;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.klara.areas.Area;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;
import se.klara.shared.WeekHourMatrix;

/**
 * Aggregate counts of an area's field observations, read from rollups that are kept up to date in
 * the transaction that records or corrects an observation. A null {@code placeId} means the whole
 * area; an observation counts on the local day and hour its time window starts.
 */
@Service
public class ObservationStatistics {
  /** Per phenomenon code and day: how many observations reported the phenomenon. */
  public List<DailyCount> daily(Area area, Long placeId, DateRange range) {
    throw new UnsupportedOperationException("contract: implemented by the observations module");
  }

  /** Observations by weekday and hour of day within the range. */
  public WeekHourMatrix weekHours(Area area, Long placeId, DateRange range) {
    throw new UnsupportedOperationException("contract: implemented by the observations module");
  }

  /** Observations per place within the range. */
  public Map<Long, Long> byPlace(Area area, DateRange range) {
    throw new UnsupportedOperationException("contract: implemented by the observations module");
  }

  /** People counted, by gender and age band, within the range. */
  public PeopleCounts people(Area area, Long placeId, DateRange range) {
    throw new UnsupportedOperationException("contract: implemented by the observations module");
  }

  /** What each reporting organisation saw within the range, ordered by organisation name. */
  public List<OrganisationView> byOrganisation(Area area, Long placeId, DateRange range) {
    throw new UnsupportedOperationException("contract: implemented by the observations module");
  }
}
