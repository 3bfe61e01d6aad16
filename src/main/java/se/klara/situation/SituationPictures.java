package se.klara.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import se.klara.areas.Area;
import se.klara.incidents.IncidentCategory;
import se.klara.incidents.IncidentStatistics;
import se.klara.incidents.SourceCount;
import se.klara.observations.AgeBand;
import se.klara.observations.Gender;
import se.klara.observations.ObservationStatistics;
import se.klara.observations.Observations;
import se.klara.observations.OrganisationView;
import se.klara.observations.PeopleCounts;
import se.klara.observations.Phenomenon;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;
import se.klara.shared.WeekHourMatrix;

/** Builds situation pictures from the observation and incident rollups. */
@Service
class SituationPictures {
  /** An organisation's picture counts in the comparison of views once it filed this many. */
  static final int VIEW_MINIMUM = 3;

  private final ObservationStatistics observationStatistics;
  private final IncidentStatistics incidentStatistics;
  private final Observations observations;
  private final Places places;

  SituationPictures(
      ObservationStatistics observationStatistics,
      IncidentStatistics incidentStatistics,
      Observations observations,
      Places places) {
    this.observationStatistics = observationStatistics;
    this.incidentStatistics = incidentStatistics;
    this.observations = observations;
    this.places = places;
  }

  SituationPicture build(Area area, Place place, DateRange range, Viewer viewer, Locale locale) {
    return build(area, place, range, viewer, locale, null);
  }

  /**
   * The picture, with one phenomenon or incident category picked out in "when": {@code
   * phenomenon:code} (or just the code), {@code category:code}, or null for none.
   */
  SituationPicture build(
      Area area, Place place, DateRange range, Viewer viewer, Locale locale, String focusCode) {
    Long placeId = place == null ? null : place.id();
    DateRange previous = range.previous();
    DateRange lastYear = range.sameLastYear();

    WeekHourMatrix observed = observationStatistics.weekHours(area, placeId, range);
    WeekHourMatrix reported = incidentStatistics.weekHours(area, placeId, range);
    WeekHourMatrix combined = new WeekHourMatrix();
    combined.addAll(observed);
    combined.addAll(reported);
    Comparison observationTotals =
        new Comparison(
            observed.total(),
            observationStatistics.weekHours(area, placeId, previous).total(),
            observationStatistics.weekHours(area, placeId, lastYear).total());
    Comparison incidentTotals =
        new Comparison(
            reported.total(),
            incidentStatistics.weekHours(area, placeId, previous).total(),
            incidentStatistics.weekHours(area, placeId, lastYear).total());

    Map<String, String> phenomenonNames = new LinkedHashMap<>();
    for (Phenomenon p : observations.vocabulary(area)) {
      phenomenonNames.put(p.code(), p.name(locale));
    }
    Map<String, String> categoryNames = new LinkedHashMap<>();
    for (IncidentCategory c : incidentStatistics.categories(area)) {
      categoryNames.put(c.code(), c.name(locale));
    }
    List<Trend> phenomena =
        trends(
            phenomenonNames,
            range,
            observationStatistics.daily(area, placeId, range),
            observationStatistics.daily(area, placeId, previous),
            observationStatistics.daily(area, placeId, lastYear),
            viewer);
    List<Trend> categories =
        trends(
            categoryNames,
            range,
            incidentStatistics.daily(area, placeId, range),
            incidentStatistics.daily(area, placeId, previous),
            incidentStatistics.daily(area, placeId, lastYear),
            viewer);

    PerspectiveTable organisations = null;
    PerspectiveTable sources = null;
    if (viewer.seesOrganisations()) {
      organisations =
          organisationTable(
              observationStatistics.byOrganisation(area, placeId, range), phenomenonNames, viewer);
      sources =
          sourceTable(incidentStatistics.bySource(area, placeId, range), categoryNames, viewer);
    }
    return new SituationPicture(
        area,
        place,
        range,
        viewer,
        observationTotals,
        incidentTotals,
        phenomena,
        categories,
        HeatMap.of(observed, viewer),
        HeatMap.of(reported, viewer),
        HeatMap.of(combined, viewer),
        HeatMap.peaks(combined, 3),
        focus(area, placeId, range, viewer, focusCode, phenomenonNames, categoryNames),
        java.util.Collections.unmodifiableMap(phenomenonNames),
        java.util.Collections.unmodifiableMap(categoryNames),
        peopleTable(observationStatistics.people(area, placeId, range), viewer),
        organisations,
        sources,
        placeActivity(area, range, viewer));
  }

  private SituationPicture.Focus focus(
      Area area,
      Long placeId,
      DateRange range,
      Viewer viewer,
      String key,
      Map<String, String> phenomenonNames,
      Map<String, String> categoryNames) {
    if (key == null) {
      return null;
    }
    if (key.startsWith(CATEGORY)) {
      String code = key.substring(CATEGORY.length());
      if (!categoryNames.containsKey(code)) {
        return null;
      }
      WeekHourMatrix hours = incidentStatistics.weekHours(area, range, code);
      return new SituationPicture.Focus(
          key,
          categoryNames.get(code),
          true,
          placeId != null,
          HeatMap.of(hours, viewer),
          HeatMap.peaks(hours, 3));
    }
    String code = key.startsWith(PHENOMENON) ? key.substring(PHENOMENON.length()) : key;
    if (!phenomenonNames.containsKey(code)) {
      return null;
    }
    WeekHourMatrix hours = observationStatistics.weekHours(area, placeId, range, code);
    return new SituationPicture.Focus(
        PHENOMENON + code,
        phenomenonNames.get(code),
        false,
        false,
        HeatMap.of(hours, viewer),
        HeatMap.peaks(hours, 3));
  }

  static final String PHENOMENON = "phenomenon:";
  static final String CATEGORY = "category:";

  static List<Trend> trends(
      Map<String, String> names,
      DateRange range,
      List<DailyCount> current,
      List<DailyCount> previous,
      List<DailyCount> lastYear,
      Viewer viewer) {
    Map<String, long[]> daily = new HashMap<>();
    Map<String, Long> currentTotals = totals(current);
    Map<String, Long> previousTotals = totals(previous);
    Map<String, Long> lastYearTotals = totals(lastYear);
    int days = (int) range.days();
    for (DailyCount count : current) {
      if (range.contains(count.day())) {
        daily
                .computeIfAbsent(count.code(), c -> new long[days])[
                (int) (count.day().toEpochDay() - range.first().toEpochDay())] +=
            count.count();
      }
    }
    List<Trend> trends = new ArrayList<>();
    Map<String, String> known = new LinkedHashMap<>(names);
    for (Map<String, Long> totals : List.of(currentTotals, previousTotals, lastYearTotals)) {
      totals.keySet().forEach(code -> known.putIfAbsent(code, code));
    }
    for (Map.Entry<String, String> entry : known.entrySet()) {
      String code = entry.getKey();
      Comparison comparison =
          new Comparison(
              currentTotals.getOrDefault(code, 0L),
              previousTotals.getOrDefault(code, 0L),
              lastYearTotals.getOrDefault(code, 0L));
      if (comparison.current() == 0 && comparison.previous() == 0 && comparison.lastYear() == 0) {
        continue;
      }
      long[] series = daily.getOrDefault(code, new long[days]);
      trends.add(
          new Trend(
              code,
              entry.getValue(),
              comparison,
              viewer.show(comparison.current()),
              viewer.show(comparison.previous()),
              viewer.show(comparison.lastYear()),
              java.util.stream.LongStream.of(series).boxed().toList()));
    }
    trends.sort(
        Comparator.comparingLong((Trend t) -> t.comparison().current())
            .reversed()
            .thenComparing(Trend::name));
    return List.copyOf(trends);
  }

  private static Map<String, Long> totals(List<DailyCount> counts) {
    Map<String, Long> totals = new HashMap<>();
    for (DailyCount count : counts) {
      totals.merge(count.code(), count.count(), Long::sum);
    }
    return totals;
  }

  static PeopleTable peopleTable(PeopleCounts people, Viewer viewer) {
    List<String> genders = List.of(Gender.values()).stream().map(Gender::name).toList();
    List<String> bands = List.of(AgeBand.values()).stream().map(AgeBand::name).toList();
    long[] byGender = new long[Gender.values().length];
    long[] byBand = new long[AgeBand.values().length];
    List<List<Long>> cells = new ArrayList<>();
    for (Gender gender : Gender.values()) {
      List<Long> row = new ArrayList<>();
      for (AgeBand band : AgeBand.values()) {
        long value = people.get(gender, band);
        row.add(value);
        byGender[gender.ordinal()] += value;
        byBand[band.ordinal()] += value;
      }
      cells.add(List.copyOf(row));
    }
    return new PeopleTable(
        genders,
        bands,
        viewer.exact() ? List.copyOf(cells) : null,
        SmallCounts.line(viewer, byGender),
        SmallCounts.line(viewer, byBand));
  }

  static PerspectiveTable organisationTable(
      List<OrganisationView> views, Map<String, String> phenomenonNames, Viewer viewer) {
    List<OrganisationView> rows =
        views.stream().sorted(Comparator.comparing(OrganisationView::organisationName)).toList();
    List<PerspectiveTable.Column> columns = new ArrayList<>();
    columns.add(
        column(
            null,
            "situation.perspectives.observations",
            rows,
            OrganisationView::observations,
            viewer,
            false));
    columns.add(
        column(
            null,
            "situation.perspectives.people",
            rows,
            OrganisationView::peopleCounted,
            viewer,
            false));
    columns.add(
        column(
            null,
            "situation.perspectives.new-faces-yes",
            rows,
            OrganisationView::newFacesYes,
            viewer,
            differ(rows, OrganisationView::newFacesYes)));
    columns.add(
        column(
            null,
            "situation.perspectives.new-faces-no",
            rows,
            OrganisationView::newFacesNo,
            viewer,
            false));
    Map<String, String> codes = new LinkedHashMap<>(phenomenonNames);
    rows.forEach(r -> r.phenomena().keySet().forEach(c -> codes.putIfAbsent(c, c)));
    for (Map.Entry<String, String> entry : codes.entrySet()) {
      Function<OrganisationView, Long> count = r -> r.phenomena().getOrDefault(entry.getKey(), 0L);
      if (rows.stream().mapToLong(count::apply).sum() == 0) {
        continue;
      }
      columns.add(column(entry.getValue(), null, rows, count, viewer, differ(rows, count)));
    }
    return new PerspectiveTable(
        columns, rows.stream().map(OrganisationView::organisationName).toList());
  }

  /**
   * Whether the organisations' pictures disagree: among those that filed at least {@link
   * #VIEW_MINIMUM} observations, one reported it in at least half of them and another never.
   */
  static boolean differ(List<OrganisationView> rows, Function<OrganisationView, Long> count) {
    boolean often = false;
    boolean never = false;
    for (OrganisationView row : rows) {
      if (row.observations() < VIEW_MINIMUM) {
        continue;
      }
      long seen = count.apply(row);
      often |= seen * 2 >= row.observations() && seen > 0;
      never |= seen == 0;
    }
    return often && never;
  }

  private static PerspectiveTable.Column column(
      String label,
      String messageKey,
      List<OrganisationView> rows,
      Function<OrganisationView, Long> count,
      Viewer viewer,
      boolean differs) {
    long[] values = rows.stream().mapToLong(count::apply).toArray();
    return new PerspectiveTable.Column(
        label, messageKey, SmallCounts.line(viewer, values), differs);
  }

  static PerspectiveTable sourceTable(
      List<SourceCount> counts, Map<String, String> categoryNames, Viewer viewer) {
    List<String> sourceNames =
        counts.stream().map(SourceCount::sourceName).distinct().sorted().toList();
    List<PerspectiveTable.Column> columns = new ArrayList<>();
    Map<String, String> codes = new LinkedHashMap<>(categoryNames);
    counts.forEach(c -> codes.putIfAbsent(c.categoryCode(), c.categoryCode()));
    for (Map.Entry<String, String> entry : codes.entrySet()) {
      long[] values = new long[sourceNames.size()];
      for (SourceCount count : counts) {
        if (count.categoryCode().equals(entry.getKey())) {
          values[sourceNames.indexOf(count.sourceName())] += count.count();
        }
      }
      if (java.util.stream.LongStream.of(values).sum() > 0) {
        columns.add(
            new PerspectiveTable.Column(
                entry.getValue(), null, SmallCounts.line(viewer, values), false));
      }
    }
    return new PerspectiveTable(columns, sourceNames);
  }

  private List<PlaceActivity> placeActivity(Area area, DateRange range, Viewer viewer) {
    Map<Long, Long> observed = observationStatistics.byPlace(area, range);
    Map<Long, Long> reported = incidentStatistics.byPlace(area, range);
    List<Place> all = places.inArea(area.id());
    long max = 0;
    for (Place p : all) {
      max = Math.max(max, observed.getOrDefault(p.id(), 0L) + reported.getOrDefault(p.id(), 0L));
    }
    List<PlaceActivity> activity = new ArrayList<>();
    for (Place p : all) {
      long o = observed.getOrDefault(p.id(), 0L);
      long i = reported.getOrDefault(p.id(), 0L);
      activity.add(
          new PlaceActivity(
              p.slug(),
              p.name(),
              viewer.show(o),
              viewer.show(i),
              o + i,
              HeatMap.level(o + i, max)));
    }
    activity.sort(
        Comparator.comparingLong(PlaceActivity::total)
            .reversed()
            .thenComparing(PlaceActivity::name));
    return List.copyOf(activity);
  }

  /** The first day of the default period: the last 14 days up to and including today. */
  static DateRange defaultRange(LocalDate today) {
    return DateRange.lastDays(today, 14);
  }
}
