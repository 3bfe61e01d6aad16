package se.klara.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.shared.Actor;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;
import se.klara.shared.WeekHourMatrix;
import se.klara.support.IntegrationTest;

/**
 * The situation picture's observation counts come from rollups kept in the recording and correcting
 * transaction: exact values for a fresh area with three observations, before and after a correction
 * moves one of them to another place, day and hour.
 */
class ObservationStatisticsTests extends IntegrationTest {
  @Autowired Observations observations;
  @Autowired ObservationStatistics statistics;
  @Autowired Areas areas;
  @Autowired Places places;
  @Autowired Clock clock;

  private Area area;
  private Place square;
  private Place corner;
  private LocalDate day;
  private DateRange twoDays;

  @BeforeEach
  void freshArea() {
    String slug = "stats-" + UUID.randomUUID().toString().substring(0, 8);
    area = areas.register(slug, "Statistik " + slug, null, null);
    observations.addStandardVocabulary(area);
    square = places.register(area.id(), "torget", "Torget", null, 59.33, 18.06);
    corner = places.register(area.id(), "hornet", "Hörnet", null, 59.34, 18.07);
    day = LocalDate.now(clock.withZone(DateRange.ZONE)).minusDays(2);
    twoDays = new DateRange(day, day.plusDays(1));
  }

  private static ZonedDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(LocalTime.of(hour, minute)).atZone(DateRange.ZONE);
  }

  private static ObservationDraft draft(
      Place place,
      ZonedDateTime from,
      ZonedDateTime to,
      List<String> phenomena,
      GroupCounts counts,
      NewFaces newFaces) {
    return new ObservationDraft(
        place.slug(),
        from.toInstant(),
        to.toInstant(),
        phenomena,
        Intensity.FEW,
        null,
        counts,
        newFaces,
        null,
        false,
        List.of());
  }

  /** Two by the police at the square and the corner, one by the city district at the square. */
  private Observation recordThree() {
    Actor police = actor("field");
    Observation dealing =
        observations.record(
            police,
            area,
            draft(
                square,
                at(day, 10, 15),
                at(day, 11, 0),
                List.of("drug-dealing", "lookouts"),
                GroupCounts.none()
                    .with(Gender.MALE, AgeBand.AGE_25_PLUS, 3)
                    .with(Gender.FEMALE, AgeBand.AGE_18_24, 1),
                NewFaces.YES));
    observations.record(
        actor("coordinator"),
        area,
        draft(
            square,
            at(day, 22, 30),
            at(day, 23, 10),
            List.of("youth-groups"),
            GroupCounts.none()
                .with(Gender.MALE, AgeBand.AGE_15_17, 4)
                .with(Gender.UNKNOWN, AgeBand.UNDER_15, 2),
            NewFaces.NO));
    // 00:20 in Stockholm is still the day before in UTC: it counts on the local day.
    observations.record(
        police,
        area,
        draft(
            corner,
            at(day.plusDays(1), 0, 20),
            at(day.plusDays(1), 1, 0),
            List.of("drug-dealing"),
            GroupCounts.none(),
            NewFaces.UNKNOWN));
    return dealing;
  }

  /** What the city district's one observation (youth groups at the square) adds up to. */
  private OrganisationView cityDistrictSawYouthGroups() {
    return new OrganisationView(
        actor("coordinator").organisationId(),
        "Norrmalms stadsdelsförvaltning",
        1,
        Map.of("youth-groups", 1L),
        6,
        0,
        1);
  }

  private static long organisationId(List<OrganisationView> views, int index) {
    return views.get(index).organisationId();
  }

  @Test
  void everyViewCountsTheRecordedObservationsOnTheirLocalDayAndHour() {
    recordThree();

    assertThat(statistics.daily(area, null, twoDays))
        .containsExactly(
            new DailyCount("drug-dealing", day, 1),
            new DailyCount("youth-groups", day, 1),
            new DailyCount("lookouts", day, 1),
            new DailyCount("drug-dealing", day.plusDays(1), 1));
    assertThat(statistics.daily(area, square.id(), twoDays))
        .containsExactly(
            new DailyCount("drug-dealing", day, 1),
            new DailyCount("youth-groups", day, 1),
            new DailyCount("lookouts", day, 1));
    assertThat(statistics.daily(area, null, new DateRange(day.plusDays(1), day.plusDays(1))))
        .containsExactly(new DailyCount("drug-dealing", day.plusDays(1), 1));
    assertThat(statistics.daily(area, null, new DateRange(day.minusDays(3), day.minusDays(1))))
        .isEmpty();

    WeekHourMatrix expected = new WeekHourMatrix();
    expected.add(day.getDayOfWeek(), 10, 1);
    expected.add(day.getDayOfWeek(), 22, 1);
    expected.add(day.plusDays(1).getDayOfWeek(), 0, 1);
    assertThat(statistics.weekHours(area, null, twoDays)).isEqualTo(expected);
    WeekHourMatrix atCorner = new WeekHourMatrix();
    atCorner.add(day.plusDays(1).getDayOfWeek(), 0, 1);
    assertThat(statistics.weekHours(area, corner.id(), twoDays)).isEqualTo(atCorner);

    assertThat(statistics.byPlace(area, twoDays))
        .containsExactlyInAnyOrderEntriesOf(Map.of(square.id(), 2L, corner.id(), 1L));
    assertThat(statistics.byPlace(area, new DateRange(day, day)))
        .containsExactlyInAnyOrderEntriesOf(Map.of(square.id(), 2L));

    PeopleCounts people = statistics.people(area, null, twoDays);
    assertThat(people.get(Gender.MALE, AgeBand.AGE_25_PLUS)).isEqualTo(3);
    assertThat(people.get(Gender.FEMALE, AgeBand.AGE_18_24)).isEqualTo(1);
    assertThat(people.get(Gender.MALE, AgeBand.AGE_15_17)).isEqualTo(4);
    assertThat(people.get(Gender.UNKNOWN, AgeBand.UNDER_15)).isEqualTo(2);
    assertThat(people.total()).isEqualTo(10);
    assertThat(statistics.people(area, corner.id(), twoDays).total()).isZero();

    List<OrganisationView> views = statistics.byOrganisation(area, null, twoDays);
    assertThat(views)
        .containsExactly(
            cityDistrictSawYouthGroups(),
            new OrganisationView(
                actor("field").organisationId(),
                "Polisen, lokalpolisområde Norrmalm",
                2,
                Map.of("drug-dealing", 2L, "lookouts", 1L),
                4,
                1,
                0));
    assertThat(statistics.byOrganisation(area, corner.id(), twoDays))
        .containsExactly(
            new OrganisationView(
                organisationId(views, 1),
                "Polisen, lokalpolisområde Norrmalm",
                1,
                Map.of("drug-dealing", 1L),
                0,
                0,
                0));
  }

  @Test
  void aCorrectionMovesTheCountsToTheNewPlaceDayAndHourAndLeavesNoEmptyRows() {
    Observation dealing = recordThree();
    Actor police = actor("field");
    observations.correct(
        police,
        area,
        dealing.id(),
        dealing.version(),
        draft(
            corner,
            at(day.plusDays(1), 14, 5),
            at(day.plusDays(1), 14, 30),
            List.of("disorder"),
            GroupCounts.none().with(Gender.FEMALE, AgeBand.AGE_15_17, 2),
            NewFaces.NO));

    assertThat(statistics.daily(area, null, twoDays))
        .containsExactly(
            new DailyCount("youth-groups", day, 1),
            new DailyCount("drug-dealing", day.plusDays(1), 1),
            new DailyCount("disorder", day.plusDays(1), 1));
    WeekHourMatrix expected = new WeekHourMatrix();
    expected.add(day.getDayOfWeek(), 22, 1);
    expected.add(day.plusDays(1).getDayOfWeek(), 0, 1);
    expected.add(day.plusDays(1).getDayOfWeek(), 14, 1);
    assertThat(statistics.weekHours(area, null, twoDays)).isEqualTo(expected);
    assertThat(statistics.byPlace(area, twoDays))
        .containsExactlyInAnyOrderEntriesOf(Map.of(square.id(), 1L, corner.id(), 2L));
    PeopleCounts people = statistics.people(area, null, twoDays);
    assertThat(people.get(Gender.MALE, AgeBand.AGE_25_PLUS)).isZero();
    assertThat(people.get(Gender.FEMALE, AgeBand.AGE_18_24)).isZero();
    assertThat(people.get(Gender.FEMALE, AgeBand.AGE_15_17)).isEqualTo(2);
    assertThat(people.total()).isEqualTo(8);
    assertThat(statistics.byOrganisation(area, null, twoDays))
        .containsExactly(
            cityDistrictSawYouthGroups(),
            new OrganisationView(
                police.organisationId(),
                "Polisen, lokalpolisområde Norrmalm",
                2,
                Map.of("drug-dealing", 1L, "disorder", 1L),
                2,
                0,
                1));
    assertThat(
            jdbc.sql(
                    """
                    select (select count(*) from observation_rollup_hour
                            where area_id = :a and day = :d and hour = 10)
                         + (select count(*) from observation_rollup_people
                            where area_id = :a and gender = 'MALE' and age_band = 'AGE_25_PLUS')
                         + (select count(*) from observation_rollup_phenomenon r
                            join observation_phenomenon ph on ph.id = r.phenomenon_id
                            where r.area_id = :a and ph.code = 'lookouts')
                    """)
                .param("a", area.id())
                .param("d", day)
                .query(Long.class)
                .single())
        .as("rows that fell to zero are gone")
        .isZero();
  }

  @Test
  void thePhenomenonHeatMapCountsOnlyObservationsThatReportedIt() {
    recordThree();
    WeekHourMatrix dealing = statistics.weekHours(area, null, twoDays, "drug-dealing");
    WeekHourMatrix expected = new WeekHourMatrix();
    expected.add(DayOfWeek.from(day), 10, 1);
    expected.add(DayOfWeek.from(day.plusDays(1)), 0, 1);
    assertThat(dealing).isEqualTo(expected);
    WeekHourMatrix youthAtTheSquare =
        statistics.weekHours(area, square.id(), twoDays, "youth-groups");
    assertThat(youthAtTheSquare.total()).isEqualTo(1);
    assertThat(youthAtTheSquare.get(DayOfWeek.from(day), 22)).isEqualTo(1);
    assertThat(statistics.weekHours(area, corner.id(), twoDays, "youth-groups").total()).isZero();
    assertThat(statistics.weekHours(area, null, twoDays, "no-such-phenomenon").total()).isZero();
  }

  @Test
  void aStaleCorrectionChangesNoCount() {
    Observation dealing = recordThree();
    Actor police = actor("field");
    observations.correct(
        police,
        area,
        dealing.id(),
        dealing.version(),
        draft(
            square,
            at(day, 10, 15),
            at(day, 11, 0),
            List.of("drug-dealing"),
            GroupCounts.none(),
            NewFaces.YES));
    Map<Long, Long> before = statistics.byPlace(area, twoDays);
    WeekHourMatrix hoursBefore = statistics.weekHours(area, null, twoDays);
    assertThatThrownBy(
            () ->
                observations.correct(
                    police,
                    area,
                    dealing.id(),
                    dealing.version(),
                    draft(
                        corner,
                        at(day.plusDays(1), 5, 0),
                        at(day.plusDays(1), 6, 0),
                        List.of("disorder"),
                        GroupCounts.none(),
                        NewFaces.NO)))
        .isInstanceOf(ObservationRejected.class)
        .hasMessageContaining("version");
    assertThat(statistics.byPlace(area, twoDays)).isEqualTo(before);
    assertThat(statistics.weekHours(area, null, twoDays)).isEqualTo(hoursBefore);
    assertThat(hoursBefore.get(DayOfWeek.from(day), 10)).isEqualTo(1);
    assertThat(statistics.people(area, null, twoDays).total()).isEqualTo(6);
  }

  @Test
  void theRollupsEqualARecomputationFromTheRawTablesOnTheDemoData() {
    Area klara = areas.bySlug("klara").orElseThrow();
    long demo =
        jdbc.sql("select count(*) from observation where area_id = ? and synthetic")
            .param(klara.id())
            .query(Long.class)
            .single();
    assertThat(demo).as("the demo has synthetic observations").isGreaterThan(100);
    recordThree();

    Map<String, String> recomputed =
        Map.of(
            "select area_id, day, place_id, hour, observations from observation_rollup_hour",
            """
            select area_id, (window_start at time zone 'Europe/Stockholm')::date, place_id,
                   extract(hour from window_start at time zone 'Europe/Stockholm')::int, count(*)
            from observation group by 1, 2, 3, 4
            """,
            """
            select area_id, day, place_id, organisation_id, phenomenon_id, observations
            from observation_rollup_phenomenon
            """,
            """
            select o.area_id, (o.window_start at time zone 'Europe/Stockholm')::date, o.place_id,
                   o.organisation_id, s.phenomenon_id, count(*)
            from observation o join observation_phenomenon_seen s on s.observation_id = o.id
            group by 1, 2, 3, 4, 5
            """,
            """
            select area_id, day, place_id, phenomenon_id, hour, observations
            from observation_rollup_phenomenon_hour
            """,
            """
            select o.area_id, (o.window_start at time zone 'Europe/Stockholm')::date, o.place_id,
                   s.phenomenon_id,
                   extract(hour from o.window_start at time zone 'Europe/Stockholm')::int, count(*)
            from observation o join observation_phenomenon_seen s on s.observation_id = o.id
            group by 1, 2, 3, 4, 5
            """,
            "select area_id, day, place_id, gender, age_band, people from observation_rollup_people",
            """
            select o.area_id, (o.window_start at time zone 'Europe/Stockholm')::date, o.place_id,
                   c.gender, c.age_band, sum(c.count)
            from observation o join observation_count c on c.observation_id = o.id
            group by 1, 2, 3, 4, 5
            """,
            """
            select area_id, day, place_id, organisation_id, observations, people, new_faces_yes,
                   new_faces_no
            from observation_rollup_organisation
            """,
            """
            select o.area_id, (o.window_start at time zone 'Europe/Stockholm')::date, o.place_id,
                   o.organisation_id, count(*),
                   coalesce(sum((select sum(c.count) from observation_count c
                                 where c.observation_id = o.id)), 0),
                   count(*) filter (where o.new_faces = 'YES'),
                   count(*) filter (where o.new_faces = 'NO')
            from observation o group by 1, 2, 3, 4
            """);
    for (Map.Entry<String, String> pair : recomputed.entrySet()) {
      String difference =
          "select count(*) from ((("
              + pair.getKey()
              + ") except all ("
              + pair.getValue()
              + ")) union all (("
              + pair.getValue()
              + ") except all ("
              + pair.getKey()
              + "))) d";
      assertThat(jdbc.sql(difference).query(Long.class).single())
          .as("rows that differ between %s and its recomputation", pair.getKey())
          .isZero();
    }
    long hourTotal =
        jdbc.sql(
                "select coalesce(sum(observations), 0) from observation_rollup_hour where area_id = ?")
            .param(klara.id())
            .query(Long.class)
            .single();
    assertThat(hourTotal)
        .isEqualTo(
            jdbc.sql("select count(*) from observation where area_id = ?")
                .param(klara.id())
                .query(Long.class)
                .single());
  }
}
