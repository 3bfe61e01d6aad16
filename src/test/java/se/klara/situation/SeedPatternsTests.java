package se.klara.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.shared.DateRange;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/**
 * The demo area's situation picture shows the seed's patterns from the synthetic data: drug dealing
 * at Sergels torg in the morning, before lunch, when no uniformed police are there; youth groups in
 * the evening.
 */
class SeedPatternsTests extends IntegrationTest {
  @Autowired SituationPictures pictures;
  @Autowired Areas areas;
  @Autowired Places places;

  private static long hours(HeatMap map, int fromHour, int toHour) {
    long sum = 0;
    for (HeatMap.Row row : map.rows()) {
      if (row.hour() >= fromHour && row.hour() < toHour) {
        for (HeatMap.Cell cell : row.cells()) {
          sum += cell.count().value();
        }
      }
    }
    return sum;
  }

  private SituationPicture picture(Place place, String phenomenon) {
    Area klara = areas.bySlug("klara").orElseThrow();
    DateRange lastFourWeeks = DateRange.lastDays(LocalDate.now(DateRange.ZONE), 28);
    return pictures.build(
        klara, place, lastFourWeeks, Viewer.EXACT, Locale.forLanguageTag("sv"), phenomenon);
  }

  @Test
  void drugDealingAtSergelsTorgIsSeenInTheMorningAndYouthGroupsInTheEvening() {
    Area klara = areas.bySlug("klara").orElseThrow();
    Place sergels = places.bySlug(klara.id(), "sergels-torg").orElseThrow();
    HeatMap dealing = picture(sergels, "drug-dealing").focus().hours();
    assertThat(dealing.total()).isGreaterThan(5);
    assertThat(hours(dealing, 6, 12)).as("06–12").isEqualTo(dealing.total());
    assertThat(picture(sergels, "drug-dealing").focus().peaks().get(0).hour()).isBetween(6, 11);

    HeatMap youth = picture(null, "youth-groups").focus().hours();
    assertThat(youth.total()).isGreaterThan(5);
    assertThat(hours(youth, 17, 23)).as("17–23").isEqualTo(youth.total());
    assertThat(hours(youth, 6, 12)).isZero();
  }

  @Test
  void drugDealingInThePoliceFiguresHappensMostlyBeforeLunch() {
    HeatMap dealing = picture(null, "category:drug-dealing").focus().hours();
    assertThat(dealing.total()).isGreaterThan(10);
    assertThat(hours(dealing, 6, 13) * 2).as("06–13 is most of it").isGreaterThan(dealing.total());
  }

  @Test
  void thePageNamesThePickedPhenomenonAndItsBusiestHours() {
    WebSession.Response page =
        signedInAs("coordinator")
            .get("/areas/klara/situation?place=sergels-torg&phenomenon=drug-dealing");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Narkotikaförsäljning: när det observerades")
        .containsPattern("(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag) (0[6-9]|1[01])–");
    WebSession.Response category =
        signedInAs("field")
            .get("/areas/klara/situation?place=plattan&focus=category:drug-dealing&lang=en");
    assertThat(category.status()).isEqualTo(200);
    assertThat(category.body())
        .contains("Drug offence (dealing): when the incidents happened")
        .contains("counted for all of Klara")
        .contains("<option value=\"category:drug-dealing\" selected=\"selected\"");
  }
}
