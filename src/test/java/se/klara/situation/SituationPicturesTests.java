package se.klara.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klara.observations.AgeBand;
import se.klara.observations.Gender;
import se.klara.observations.OrganisationView;
import se.klara.observations.PeopleCounts;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;
import se.klara.shared.WeekHourMatrix;

class SituationPicturesTests {
  private static final DateRange RANGE =
      new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4));

  @Test
  void trendsCompareThePeriodWithTheOneBeforeAndLastYearAndFillEveryDay() {
    List<Trend> trends =
        SituationPictures.trends(
            Map.of("drug-dealing", "Narkotikaförsäljning", "graffiti-damage", "Klotter"),
            RANGE,
            List.of(
                new DailyCount("drug-dealing", LocalDate.of(2026, 12, 1), 4),
                new DailyCount("drug-dealing", LocalDate.of(2026, 12, 3), 6)),
            List.of(new DailyCount("drug-dealing", LocalDate.of(2026, 11, 28), 8)),
            List.of(new DailyCount("drug-dealing", LocalDate.of(2025, 12, 2), 5)),
            Viewer.EXACT);
    assertThat(trends).hasSize(1);
    Trend dealing = trends.get(0);
    assertThat(dealing.name()).isEqualTo("Narkotikaförsäljning");
    assertThat(dealing.comparison()).isEqualTo(new Comparison(10, 8, 5));
    assertThat(dealing.comparison().percentVsPrevious()).isEqualTo(25);
    assertThat(dealing.comparison().percentVsLastYear()).isEqualTo(100);
    assertThat(dealing.daily()).containsExactly(4L, 0L, 6L, 0L);
    assertThat(dealing.dailyCsv()).isEqualTo("4,0,6,0");
  }

  @Test
  void smallTrendCountsAreHiddenFromViewersWhoDoNotSeeExactCounts() {
    List<Trend> trends =
        SituationPictures.trends(
            Map.of("lookouts", "Utkikar"),
            RANGE,
            List.of(new DailyCount("lookouts", LocalDate.of(2026, 12, 2), 2)),
            List.of(new DailyCount("lookouts", LocalDate.of(2026, 11, 29), 7)),
            List.of(),
            Viewer.SUPPRESSED);
    Trend lookouts = trends.get(0);
    assertThat(lookouts.current().visibility()).isEqualTo(ShownCount.Visibility.UNDER_THRESHOLD);
    assertThat(lookouts.previous().shownValue()).isEqualTo(7);
    assertThat(lookouts.changeShown()).isFalse();
  }

  @Test
  void organisationsThatSawSomethingOftenAndOthersThatNeverDidAreMarkedAsDiffering() {
    OrganisationView police =
        new OrganisationView(1, "Polisen", 10, Map.of("youth-groups", 6L), 40, 7, 1);
    OrganisationView guards =
        new OrganisationView(2, "Ordningsvakter", 5, Map.of("drug-use", 1L), 8, 0, 5);
    OrganisationView once = new OrganisationView(3, "Fältassistenter", 1, Map.of(), 0, 0, 0);
    PerspectiveTable table =
        SituationPictures.organisationTable(
            List.of(police, guards, once),
            Map.of("youth-groups", "Ungdomsgrupper", "drug-use", "Narkotikabruk"),
            Viewer.EXACT);
    assertThat(table.rowLabels()).containsExactly("Fältassistenter", "Ordningsvakter", "Polisen");
    PerspectiveTable.Column youth =
        table.columns().stream().filter(c -> "Ungdomsgrupper".equals(c.label())).findFirst().get();
    assertThat(youth.differs()).isTrue();
    assertThat(youth.counts().cells()).extracting(ShownCount::value).containsExactly(0L, 0L, 6L);
    PerspectiveTable.Column newFaces =
        table.columns().stream()
            .filter(c -> "situation.perspectives.new-faces-yes".equals(c.messageKey()))
            .findFirst()
            .get();
    assertThat(newFaces.differs()).isTrue();
    PerspectiveTable.Column drugUse =
        table.columns().stream().filter(c -> "Narkotikabruk".equals(c.label())).findFirst().get();
    assertThat(drugUse.differs()).isFalse();
    assertThat(table.cell(2, 0).shownValue()).isEqualTo(10);
  }

  @Test
  void perspectivesAcrossOrganisationsHideSmallCountsColumnByColumn() {
    OrganisationView police =
        new OrganisationView(1, "Polisen", 9, Map.of("drug-use", 2L), 0, 0, 0);
    OrganisationView guards =
        new OrganisationView(2, "Ordningsvakter", 6, Map.of("drug-use", 5L), 0, 0, 0);
    PerspectiveTable table =
        SituationPictures.organisationTable(
            List.of(police, guards), Map.of("drug-use", "Narkotikabruk"), Viewer.SUPPRESSED);
    PerspectiveTable.Column drugUse =
        table.columns().stream().filter(c -> "Narkotikabruk".equals(c.label())).findFirst().get();
    // Ordningsvakter 5, Polisen 2, total 7: the 2 is small and the 5 must go with it.
    assertThat(drugUse.counts().cells())
        .extracting(ShownCount::visibility)
        .containsExactly(ShownCount.Visibility.HIDDEN, ShownCount.Visibility.UNDER_THRESHOLD);
    assertThat(drugUse.counts().total().shownValue()).isEqualTo(7);
  }

  @Test
  void peopleAreACrossTableForExactViewersAndTwoSuppressedLinesForOthers() {
    PeopleCounts people =
        new PeopleCounts(
            Map.of(
                Gender.FEMALE, Map.of(AgeBand.AGE_15_17, 4L, AgeBand.UNDER_15, 1L),
                Gender.MALE, Map.of(AgeBand.AGE_15_17, 9L, AgeBand.AGE_18_24, 6L)));
    PeopleTable exact = SituationPictures.peopleTable(people, Viewer.EXACT);
    assertThat(exact.cross()).isTrue();
    assertThat(exact.cells().get(0)).containsExactly(1L, 4L, 0L, 0L);
    assertThat(exact.byGender().cells()).extracting(ShownCount::value).containsExactly(5L, 15L, 0L);
    assertThat(exact.byAgeBand().total().shownValue()).isEqualTo(20);

    PeopleTable shared = SituationPictures.peopleTable(people, Viewer.SUPPRESSED);
    assertThat(shared.cross()).isFalse();
    assertThat(shared.byAgeBand().cells().get(0).visibility())
        .isEqualTo(ShownCount.Visibility.UNDER_THRESHOLD);
    assertThat(shared.byGender().cells())
        .extracting(ShownCount::shownValue)
        .containsExactly(5L, 15L, 0L);
  }

  @Test
  void heatMapLevelsAreRelativeToTheBusiestHourAndPeaksComeMostFirst() {
    WeekHourMatrix matrix = new WeekHourMatrix();
    matrix.add(DayOfWeek.TUESDAY, 7, 10);
    matrix.add(DayOfWeek.TUESDAY, 8, 4);
    matrix.add(DayOfWeek.FRIDAY, 21, 7);
    HeatMap map = HeatMap.of(matrix, Viewer.EXACT);
    assertThat(map.rows().get(7).cells().get(1).level()).isEqualTo(5);
    assertThat(map.rows().get(8).cells().get(1).level()).isEqualTo(2);
    assertThat(map.rows().get(21).cells().get(4).level()).isEqualTo(4);
    assertThat(map.rows().get(0).cells().get(0).level()).isZero();
    assertThat(HeatMap.peaks(matrix, 2))
        .containsExactly(
            new HeatMap.Peak(DayOfWeek.TUESDAY, 7, 10), new HeatMap.Peak(DayOfWeek.FRIDAY, 21, 7));
  }

  @Test
  void aPeriodFromTheQueryIsCheckedAndABadOneFallsBackToTheLastFourteenDays() {
    LocalDate today = LocalDate.of(2026, 12, 7);
    assertThat(SituationController.period(null, null, today).range())
        .isEqualTo(new DateRange(LocalDate.of(2026, 11, 24), today));
    assertThat(SituationController.period("2026-11-01", "2026-11-30", today).range().days())
        .isEqualTo(30);
    assertThat(SituationController.period("2026-11-30", "2026-11-01", today).errors())
        .containsExactly("situation.period.error.order");
    assertThat(SituationController.period("2026-12-01", "2026-12-24", today).errors())
        .containsExactly("situation.period.error.future");
    assertThat(SituationController.period("1.12.2026", "2026-12-03", today).errors())
        .containsExactly("situation.period.error.from");
    assertThat(SituationController.period("2024-01-01", "2026-12-01", today).errors())
        .containsExactly("situation.period.error.too-long");
  }
}
