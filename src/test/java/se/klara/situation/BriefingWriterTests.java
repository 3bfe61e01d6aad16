package se.klara.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.klara.areas.Area;
import se.klara.shared.DateRange;
import se.klara.shared.WeekHourMatrix;

class BriefingWriterTests {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private static final DateRange PERIOD =
      new DateRange(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7));

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "i18n/situation");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  private static Trend trend(String name, long current, long previous) {
    Comparison c = new Comparison(current, previous, 0);
    return new Trend(
        name,
        name,
        c,
        Viewer.SUPPRESSED.show(current),
        Viewer.SUPPRESSED.show(previous),
        Viewer.SUPPRESSED.show(0),
        List.of());
  }

  private static SituationPicture picture(
      List<Trend> phenomena, List<Trend> categories, List<PlaceActivity> places) {
    WeekHourMatrix hours = new WeekHourMatrix();
    hours.add(DayOfWeek.SATURDAY, 9, 12);
    hours.add(DayOfWeek.FRIDAY, 21, 8);
    HeatMap map = HeatMap.of(hours, Viewer.SUPPRESSED);
    return new SituationPicture(
        new Area(1, "klara", "Klara", "", "10102"),
        null,
        PERIOD,
        Viewer.SUPPRESSED,
        new Comparison(24, 20, 30),
        new Comparison(2, 9, 4),
        phenomena,
        categories,
        map,
        map,
        map,
        HeatMap.peaks(hours, 2),
        null,
        Map.of(),
        Map.of(),
        null,
        null,
        null,
        places);
  }

  @Test
  void theDraftSaysWhatChangedWhereWhenAndWhatIsNewInSwedish() {
    SituationPicture picture =
        picture(
            List.of(
                trend("Narkotikaförsäljning", 14, 6),
                trend("Utkikar", 2, 1),
                trend("Klotter", 9, 8)),
            List.of(trend("Misshandel", 0, 5), trend("Rån", 4, 0)),
            List.of(
                new PlaceActivity(
                    "plattan", "Plattan", ShownCount.exact(15), ShownCount.exact(6), 21, 5),
                new PlaceActivity(
                    "hotorget", "Hötorget", ShownCount.exact(2), ShownCount.exact(0), 2, 1)));
    Map<String, List<String>> news = new LinkedHashMap<>();
    news.put("Vasagatan 24", List.of("Ungdomsgrupper"));
    BriefingText text = new BriefingWriter(messages(), SWEDISH).write(picture, news);

    assertThat(text.summary())
        .isEqualTo(
            "4 dec. – 7 dec. (4 dagar): 24 observationer (+20 % mot perioden före) och <3 händelser"
                + " (för få för att jämföra).");
    assertThat(text.changes().lines().toList())
        .containsExactly(
            "• Narkotikaförsäljning: 14 (perioden före 6, +133 %)",
            "• Misshandel: inget (perioden före 5)", "• Rån: 4, inget perioden före");
    assertThat(text.places()).isEqualTo("• Plattan: 15 observationer, 6 händelser");
    assertThat(text.hours()).isEqualTo("Mest aktivitet: lördag 09–10, fredag 21–22.");
    assertThat(text.newPhenomena()).isEqualTo("• Vasagatan 24: Ungdomsgrupper");
    assertThat(text.notes()).isEmpty();
  }

  @Test
  void aQuietPeriodSaysSoInEnglish() {
    SituationPicture picture = picture(List.of(trend("Drug dealing", 5, 5)), List.of(), List.of());
    BriefingText text = new BriefingWriter(messages(), Locale.ENGLISH).write(picture, Map.of());
    assertThat(text.changes()).isEqualTo("No large changes from the period before.");
    assertThat(text.places()).isEqualTo("No place with more than a few reports.");
    assertThat(text.newPhenomena()).isEqualTo("Nothing new compared with the four weeks before.");
  }
}
