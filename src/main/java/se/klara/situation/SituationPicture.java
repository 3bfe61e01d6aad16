package se.klara.situation;

import java.util.List;
import java.util.Map;
import se.klara.areas.Area;
import se.klara.places.Place;
import se.klara.shared.DateRange;

/**
 * The situation picture of an area, or of one place in it, for a period: what was reported, how it
 * compares with the previous period and last year, when, by whom and where.
 */
public record SituationPicture(
    Area area,
    Place place,
    DateRange range,
    Viewer viewer,
    Comparison observations,
    Comparison incidents,
    List<Trend> phenomena,
    List<Trend> categories,
    HeatMap observationHours,
    HeatMap incidentHours,
    HeatMap combinedHours,
    List<HeatMap.Peak> peaks,
    Focus focus,
    Map<String, String> phenomenonNames,
    Map<String, String> categoryNames,
    PeopleTable people,
    PerspectiveTable organisations,
    PerspectiveTable sources,
    List<PlaceActivity> places) {

  /**
   * One phenomenon or incident category picked out: when it was seen or happened (its heat map and
   * busiest hours). {@code key} is {@code phenomenon:code} or {@code category:code}; an incident
   * category is counted for the whole area ({@code areaWide}) even when a place is chosen. Null
   * when nothing is picked.
   */
  public record Focus(
      String key,
      String name,
      boolean incidents,
      boolean areaWide,
      HeatMap hours,
      List<HeatMap.Peak> peaks) {}

  /** The choices of "when": phenomena and categories by focus key, named in the language. */
  public Map<String, String> focusChoices(boolean incidents) {
    Map<String, String> choices = new java.util.LinkedHashMap<>();
    String prefix = incidents ? SituationPictures.CATEGORY : SituationPictures.PHENOMENON;
    (incidents ? categoryNames : phenomenonNames)
        .forEach((code, name) -> choices.put(prefix + code, name));
    return choices;
  }

  public DateRange previous() {
    return range.previous();
  }

  public DateRange lastYear() {
    return range.sameLastYear();
  }

  public boolean exact() {
    return viewer.exact();
  }

  public boolean seesOrganisations() {
    return viewer.seesOrganisations();
  }
}
