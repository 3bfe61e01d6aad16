package se.klara.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.klara.areas.Area;
import se.klara.goals.Assessment;
import se.klara.goals.Direction;
import se.klara.goals.FollowUp;
import se.klara.goals.Gender;
import se.klara.goals.Goal;
import se.klara.goals.GoalStatus;
import se.klara.goals.Goals;
import se.klara.goals.Indicator;
import se.klara.goals.IndicatorDraft;
import se.klara.goals.IndicatorKind;
import se.klara.goals.Measurement;
import se.klara.goals.Period;

/**
 * The vision, the five process goals and every figure of the follow-up tables of <i>Vision Klara –
 * Rapport 1</i> (chapter "Process- och resultatuppföljning år 1"), with the seed's confirmed
 * assessments of 2019. Loaded once: an area that has goals is left as it is.
 *
 * <p>Populations: the seed gives counts and rates per 100 000 but no populations. They were worked
 * back from the counts so that the computed rates equal the seed's to the unit. The seed's 2015
 * violent-crime figures (1247 → 1795) need 69 452–69 490 inhabitants and its 2015 drug-crime
 * figures (3104 → 4471) 69 418–69 432: no single population gives both, so the seed's two Brå
 * tables are kept as the two geographies it names, "Norrmalms stadsdelsnämndsområde" and "Norrmalms
 * stadsdelsområde", with equal populations except in 2015 (docs/goals-and-report.md).
 */
final class DemoGoals {
  static final int SEED_YEAR = 2019;

  static final String VISION =
      "Stadsdelen Klara ska vara en varaktigt trygg och trivsam plats för boende, besökare och"
          + " verksamma.";

  /** Violent crime (Norrmalms stadsdelsnämndsområde): year → population. */
  static final Map<Integer, Integer> POPULATION_SDN =
      Map.of(2015, 69_470, 2016, 69_540, 2017, 69_440, 2018, 71_930);

  /** Drug crime (Norrmalms stadsdelsområde): year → population. */
  static final Map<Integer, Integer> POPULATION_SDO =
      Map.of(2015, 69_425, 2016, 69_540, 2017, 69_440, 2018, 71_930);

  static final String[] ODS_STATEMENTS = {
    "Platsen genererar obehag/olägenhet för allmänheten.",
    "Platsen uppfattas som otrygg.",
    "Platsen är en hot spot för brott.",
    "Platsen attraherar nya brukare och andra utsatta grupper.",
    "Unga avråds från att vistas på platsen.",
    "Allmänheten undviker platsen.",
    "Platsen är en informell zon av tolerans för avvikande beteende."
  };

  private DemoGoals() {}

  static void load(Goals goals, Area area) {
    if (!goals.goals(area).isEmpty()) {
      return;
    }
    goals.saveVision(area, VISION);
    goals.saveGeography(area, "klara", "Stadsdelen Klara");
    goals.saveGeography(area, "sergels-torg", "Sergels torg med omnejd");
    goals.saveGeography(area, "norrmalm-sdn", "Norrmalms stadsdelsnämndsområde");
    goals.saveGeography(area, "norrmalm-sdo", "Norrmalms stadsdelsområde");
    goals.saveGeography(area, "vasagatan", "Vasagatan");
    POPULATION_SDN.forEach((year, n) -> goals.setPopulationForSetup(area, "norrmalm-sdn", year, n));
    POPULATION_SDO.forEach((year, n) -> goals.setPopulationForSetup(area, "norrmalm-sdo", year, n));

    List<Measurement> values = new ArrayList<>();
    Goal g1 =
        goals.addGoal(
            area,
            1,
            "Klara ska upphöra att vara en öppen drogscen",
            "Sergels torg med omnejd och Vasagatan är två av de 53 öppna drogscener som Polisregion"
                + " Stockholm identifierade i länet 2018.");
    for (int n = 1; n <= 7; n++) {
      Indicator ods =
          goals.addIndicator(
              area,
              g1,
              new IndicatorDraft(
                  "ODS-" + n,
                  "Indikatorer på öppen drogscen",
                  "Indikator " + n,
                  ODS_STATEMENTS[n - 1],
                  "Länsstyrelsen m.fl. 2018, handbok om öppna drogscener",
                  IndicatorKind.YES_NO,
                  null,
                  null,
                  "sergels-torg",
                  Direction.REACH,
                  BigDecimal.ZERO,
                  2020,
                  n));
      yearly(values, ods, 2017, 1, 1, 1);
    }
    Indicator overdose =
        goals.addIndicator(
            area,
            g1,
            count(
                "OVERDOS",
                "Antal avlidna genom överdos",
                "Avlidna genom överdos",
                "Antal avlidna genom överdos i Stadsdelen Klara",
                "Stockholms stad",
                Direction.DECREASE,
                0,
                2020));
    yearly(values, overdose, 2015, 6, 4, 7, 1, 0);
    Indicator mumin =
        goals.addIndicator(
            area,
            g1,
            count(
                "MUMIN",
                "Totalt antal genomförda förhör där Ungdomsjouren deltar tillsammans med polis,"
                    + " inklusive förhör enligt MUMIN-modellen",
                "Förhör inklusive MUMIN",
                "Totalt antal förhör inklusive förhör enligt MUMIN-modellen",
                "Framtid Stockholm, Stockholms stad 2019",
                Direction.REACH,
                300,
                2019));
    yearly(values, mumin, 2013, 407, 315, 287, 129, 106, 130, 79);

    Goal g2 =
        goals.addGoal(
            area,
            2,
            "Boende, besökare och verksamma i Klara ska uppleva platsen som trygg",
            "Andelen boende som upplever otrygghet i Klara ska inte överstiga snittet för"
                + " innerstadsstadsdelarna. Även besökare och verksamma ska uppleva platsen som"
                + " trygg.");
    String safety = "Indikatorer på trygghet";
    Indicator unsafe =
        goals.addIndicator(
            area,
            g2,
            share(
                "TRYGG-OTRYGG",
                safety,
                "Trygghetsmätning",
                "Andel som upplever otrygghet i sitt bostadsområde i Klara",
                "Trygghetsmätningen, Stockholms stad",
                "klara",
                Direction.DECREASE,
                "5.5"));
    yearly(values, unsafe, 2017, 20);
    Indicator safe =
        goals.addIndicator(
            area,
            g2,
            share(
                "MEDB-TRYGG",
                safety,
                "Medborgarenkät",
                "Andel som upplever trygghet i sitt boendeområde (Norrmalms stadsdelsområde)",
                "Medborgarenkäten, Stockholms stad",
                "norrmalm-sdo",
                Direction.INCREASE,
                "86"));
    yearly(values, safe, 2016, 84, 78, 84, 81);
    String experience = "City i Samverkans upplevelseindex";
    Indicator index =
        goals.addIndicator(
            area,
            g2,
            new IndicatorDraft(
                "CIS-TRYGG",
                experience,
                "City i Samverkans upplevelseindex",
                "Trygghetsindex på en skala 1-4",
                "City i Samverkan",
                IndicatorKind.INDEX,
                BigDecimal.ONE,
                BigDecimal.valueOf(4),
                "sergels-torg",
                Direction.INCREASE,
                new BigDecimal("3.8"),
                2020,
                null));
    dated(values, index, "2017-08", "2.9", "2018-08", "3.5", "2019-05", "3.5", "2019-08", "3.5");
    Indicator stay =
        goals.addIndicator(
            area,
            g2,
            share(
                "CIS-VISTELSE",
                experience,
                "Vistelseindex",
                "Andel som stannar upp och vistas på Sergels torg",
                "City i Samverkan",
                "sergels-torg",
                Direction.INCREASE,
                "50"));
    dated(values, stay, "2019-05", "15", "2019-08", "45");

    Goal g3 =
        goals.addGoal(
            area,
            3,
            "Boende, besökare och verksamma i Klara ska inte uppleva att narkotikamissbrukare på"
                + " offentliga platser i stor utsträckning stör ordningen i området där man bor",
            "Andelen ska inte överstiga snittet för stadsdelsnämnderna i innerstaden (Norrmalm,"
                + " Södermalm, Östermalm och Kungsholmen).");
    Indicator drugs =
        goals.addIndicator(
            area,
            g3,
            share(
                "TRYGG-NARK",
                "Indikatorer på att narkotikamissbrukare i stor utsträckning stör ordningen där man"
                    + " bor",
                "Trygghetsmätning",
                "Andel som upplever att narkotikamissbrukare på offentliga platser stör ordningen i"
                    + " området där man bor i stadsdelsområdet Klara",
                "Trygghetsmätningen, Stockholms stad",
                "klara",
                Direction.DECREASE,
                "6"));
    yearly(values, drugs, 2017, 45);

    Goal g4 =
        goals.addGoal(
            area,
            4,
            "Stadens medarbetare i fält ska uppleva platsen som trygg",
            "Medarbetare som arbetar med social prevention ska kunna utföra sitt jobb utan att"
                + " ifrågasättas eller uppleva hot från grupper som vill ta platsen i anspråk.");
    String staff = "Indikatorer på att medarbetare upplever platsen som trygg";
    Indicator staffSafe =
        goals.addIndicator(
            area,
            g4,
            share(
                "MEDARB-TRYGG",
                staff,
                "Andel medarbetare som upplever arbetsmiljön som trygg i Klara",
                "Upplever du arbetsmiljön i Klara som ganska trygg eller mycket trygg",
                "Medarbetarenkät februari/mars 2019",
                "klara",
                Direction.REACH,
                "100"));
    yearly(values, staffSafe, 2019, 100);
    Indicator staffBetter =
        goals.addIndicator(
            area,
            g4,
            share(
                "MEDARB-BATTRE",
                staff,
                "Andel medarbetare som upplever att arbetsmiljön förbättrats",
                "Upplever du arbetsmiljön avseende trygghet, i Klara, förbättrats i och med Vision"
                    + " Klara",
                "Medarbetarenkät februari/mars 2019",
                "klara",
                Direction.REACH,
                "100"));
    yearly(values, staffBetter, 2019, 83);

    Goal g5 =
        goals.addGoal(
            area,
            5,
            "Antalet anmälda våldsbrott ska minska och antalet anmälda upptäcktsbrott ska öka",
            "Våldsbrott: våld i den offentliga miljön. Upptäcktsbrott: brott som nästan uteslutande"
                + " blir kända genom polisens egen spaning, som narkotikabrott.");
    String violence = "Indikatorer på att våldsbrotten minskar";
    Indicator violentRate =
        goals.addIndicator(
            area,
            g5,
            new IndicatorDraft(
                "VALD-NORRMALM",
                violence,
                "Anmälda brott BRÅ",
                "Antal anmälda våldsbrott Norrmalms stadsdelsnämndsområde per 100 000 inv",
                "Brå",
                IndicatorKind.RATE,
                null,
                null,
                "norrmalm-sdn",
                Direction.DECREASE,
                null,
                2020,
                null));
    yearly(values, violentRate, 2015, 1247, 1130, 912, 818);
    Indicator violentKlara =
        goals.addIndicator(
            area,
            g5,
            count(
                "VALD-KLARA",
                violence,
                "Anmälda brott",
                "Antal anmälda våldsbrott Stadsdelen Klara totalt",
                "Anmälda brott i Polisens ärendehanteringssystem RAR och Pust 2019",
                Direction.DECREASE,
                null,
                2020));
    yearly(values, violentKlara, 2015, 935, 792, 727, 565);
    Indicator drugRate =
        goals.addIndicator(
            area,
            g5,
            new IndicatorDraft(
                "NARK-NORRMALM",
                "Indikatorer på att anmälda upptäcktsbrott ökar",
                "Anmälda brott BRÅ",
                "Antal anmälda upptäcktsbrott (narkotika) Norrmalms stadsdelsområde per 100 000 inv",
                "Brå",
                IndicatorKind.RATE,
                null,
                null,
                "norrmalm-sdo",
                Direction.INCREASE,
                null,
                2020,
                null));
    yearly(values, drugRate, 2015, 3104, 2559, 2704, 2794);

    goals.loadSeedData(area, values, List.of());
    FollowUp followUp = goals.followUp(area, SEED_YEAR, Locale.forLanguageTag("sv"));
    List<Assessment> confirmed = new ArrayList<>();
    Map<Integer, GoalStatus> seedStatus =
        Map.of(
            1, GoalStatus.NOT_ACHIEVED,
            2, GoalStatus.NOT_ACHIEVED,
            3, GoalStatus.NOT_ACHIEVED,
            4, GoalStatus.ACHIEVED,
            5, GoalStatus.PARTLY);
    for (FollowUp.GoalFollowUp goal : followUp.goals()) {
      int number = goal.goal().number();
      confirmed.add(
          new Assessment(
              0,
              goal.goal().id(),
              SEED_YEAR,
              goal.proposed(),
              seedStatus.get(number),
              ANALYSES.get(number),
              null,
              null));
    }
    goals.loadSeedData(area, List.of(), confirmed);
  }

  /** The seed's analyses of 2019, shortened. */
  static final Map<Integer, String> ANALYSES =
      Map.of(
          1,
          "Sergels torg och kringliggande område uppfyller fortsatt samtliga kriterier för en"
              + " kvalificerad öppen drogscen. Antalet avlidna av överdos i stadsdelen Klara har"
              + " minskat från sju under 2017 till en under 2018 och noll fram till och med oktober"
              + " 2019. Antalet förhör enligt MUMIN-modellen är fortsatt lågt och har inte ökat"
              + " enligt målsättningen.",
          2,
          "Den upplevda tryggheten bland boende inom hela Norrmalms stadsdelsnämndsområde"
              + " förbättrades under 2018 men minskade 2019. City i Samverkans upplevelseindex visar"
              + " en fortsatt hög nivå av trygghet hos förbipasserande på Sergels torg.",
          3,
          "Målet kan mätas kvantitativt först när en ny trygghetsmätning genomförts 2020."
              + " Verksamma vid Sergels torg berättade om färre drogpåverkade personer i sina"
              + " butiker under Sommar på Sergels torg.",
          4,
          "Medarbetare upplever sig trygga i sitt arbete i stadsdelen Klara. Enbart stadens"
              + " medarbetare från Socialförvaltningen och Norrmalms stadsdelsförvaltning har"
              + " tillfrågats.",
          5,
          "Under 2018 uppnåddes målet om minskat antal anmälda våldsbrott i stadsdelen Klara: 162"
              + " färre än 2017. Anmälda narkotikabrott har bara kunnat följas för hela Norrmalms"
              + " stadsdelsnämndsområde, där de ökade med 90 från 2017 till 2018.");

  private static IndicatorDraft count(
      String code,
      String table,
      String name,
      String statement,
      String source,
      Direction direction,
      Integer target,
      Integer targetYear) {
    return new IndicatorDraft(
        code,
        table,
        name,
        statement,
        source,
        IndicatorKind.COUNT,
        null,
        null,
        "klara",
        direction,
        target == null ? null : BigDecimal.valueOf(target),
        targetYear,
        null);
  }

  private static IndicatorDraft share(
      String code,
      String table,
      String name,
      String statement,
      String source,
      String geography,
      Direction direction,
      String target) {
    return new IndicatorDraft(
        code,
        table,
        name,
        statement,
        source,
        IndicatorKind.SHARE,
        null,
        null,
        geography,
        direction,
        new BigDecimal(target),
        2020,
        null);
  }

  private static void yearly(
      List<Measurement> into, Indicator indicator, int first, int... values) {
    for (int i = 0; i < values.length; i++) {
      into.add(
          new Measurement(
              indicator.id(),
              indicator.geography(),
              Period.ofYear(first + i),
              Gender.T,
              BigDecimal.valueOf(values[i]),
              "",
              null,
              ""));
    }
  }

  private static void dated(List<Measurement> into, Indicator indicator, String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      into.add(
          new Measurement(
              indicator.id(),
              indicator.geography(),
              Period.parse(pairs[i]).orElseThrow(),
              Gender.T,
              new BigDecimal(pairs[i + 1]),
              "",
              null,
              ""));
    }
  }
}
