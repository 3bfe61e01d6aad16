package se.klara.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.incidents.ImportStatus;
import se.klara.incidents.IncidentImports;
import se.klara.incidents.IncidentSource;
import se.klara.incidents.IncidentSources;
import se.klara.incidents.IncidentStatistics;
import se.klara.places.Places;
import se.klara.shared.DailyCount;
import se.klara.shared.DateRange;
import se.klara.shared.WeekHourMatrix;
import se.klara.support.IntegrationTest;

/** The demo's synthetic incidents: loaded once through the import, with the seed's patterns. */
class DemoIncidentsTests extends IntegrationTest {
  @Autowired DemoIncidents demo;
  @Autowired Areas areas;
  @Autowired Places places;
  @Autowired IncidentSources sources;
  @Autowired IncidentImports imports;
  @Autowired IncidentStatistics statistics;

  private Area klara() {
    return areas.bySlug("klara").orElseThrow();
  }

  private long rows() {
    return jdbc.sql("select count(*) from incident where area_id = ? and synthetic")
        .param(klara().id())
        .query(Long.class)
        .single();
  }

  @Test
  void klaraHasThreeSourcesAndAFewThousandSyntheticIncidentsFromSuccessfulImports() {
    assertThat(sources.inArea(klara().id()))
        .extracting(IncidentSource::name)
        .contains("jernhusen-vaktlogg", "polisen-anmalda-brott", "polisen-handelserapporter");
    assertThat(rows()).isBetween(1500L, 6000L);
    assertThat(imports.recent(klara().id(), 50))
        .filteredOn(i -> i.synthetic())
        .hasSize(3)
        .allMatch(i -> i.status() == ImportStatus.SUCCEEDED);
  }

  @Test
  void loadingAgainAddsNothing() {
    long before = rows();
    demo.load();
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void drugCrimeAtPlattanIsAMorningThingNowAndWasLaterInTheDayAYearAgo() {
    LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1);
    DateRange recent = DateRange.lastDays(yesterday, DemoIncidents.WEEKS * 7);
    long plattan = places.bySlug(klara().id(), "plattan").orElseThrow().id();
    WeekHourMatrix now = statistics.weekHours(klara(), plattan, recent);
    WeekHourMatrix before = statistics.weekHours(klara(), plattan, recent.sameLastYear());
    assertThat(morning(now)).isGreaterThan(afternoon(now) * 2);
    assertThat(afternoon(before)).isGreaterThan(morning(before) * 2);
    long evening = 0;
    for (DayOfWeek day : DayOfWeek.values()) {
      for (int hour = 18; hour < 23; hour++) {
        evening += now.get(day, hour);
      }
    }
    assertThat(evening).as("youth disorder and violence in the evenings").isGreaterThan(50);
    long drugs =
        statistics.daily(klara(), null, recent).stream()
            .filter(c -> c.code().startsWith("drug-"))
            .mapToLong(DailyCount::count)
            .sum();
    assertThat(drugs).isGreaterThan(200);
  }

  private static long morning(WeekHourMatrix matrix) {
    return sum(matrix, 6, 11);
  }

  private static long afternoon(WeekHourMatrix matrix) {
    return sum(matrix, 13, 18);
  }

  private static long sum(WeekHourMatrix matrix, int from, int to) {
    long sum = 0;
    for (DayOfWeek day : DayOfWeek.values()) {
      for (int hour = from; hour < to; hour++) {
        sum += matrix.get(day, hour);
      }
    }
    return sum;
  }
}
