package se.klara.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** The goals pages: changing a measurement, a population, the checklist and an assessment. */
class GoalsWebTests extends IntegrationTest {
  @Autowired Goals goals;
  @Autowired Areas areas;

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("[ \\t\\u00a0]+", " ");
    }
  }

  private String reportPdf(WebSession session) throws Exception {
    var response =
        se.klara.reports.FollowUpReportTestSupport.getBytes(
            port, session, "/areas/klara/reports/followup.pdf?year=2019");
    assertThat(response.statusCode()).isEqualTo(200);
    return pdfText(response.body());
  }

  @Test
  void aMeasurementChangedInTheUiChangesTheRegeneratedReport() throws Exception {
    WebSession coordinator = signedInAs("coordinator");
    assertThat(reportPdf(coordinator)).contains("407 315 287 129 106 130 79 300");
    try {
      WebSession.Response saved =
          coordinator.post(
              "/areas/klara/goals/indicators/MUMIN/measurements",
              Map.of("period", "2019", "geography", "klara", "gender", "T", "value", "312"));
      assertThat(saved.status()).isEqualTo(302);
      assertThat(saved.location()).endsWith("/areas/klara/goals/indicators/MUMIN");
      assertThat(coordinator.get("/areas/klara/goals/indicators/MUMIN").body()).contains("312");

      String text = reportPdf(coordinator);
      assertThat(text).contains("407 315 287 129 106 130 312 300 uppfyllt");
      assertThat(text).doesNotContain("130 79 300");
      // the goal's proposal follows: overdose deaths and interviews met, the checklist not
      assertThat(text).contains("Förslag utifrån indikatorerna 2019: delvis uppnått.");
      // and the web page of the report too
      assertThat(coordinator.get("/areas/klara/reports/followup?year=2019").body())
          .contains(">312<");
    } finally {
      coordinator.post(
          "/areas/klara/goals/indicators/MUMIN/measurements",
          Map.of("period", "2019", "geography", "klara", "gender", "T", "value", "79"));
    }
    assertThat(reportPdf(coordinator)).contains("407 315 287 129 106 130 79 300");
  }

  @Test
  void aRateIsComputedFromTheCountAndThePopulationAndBothAreShown() {
    WebSession steering = signedInAs("steering");
    String page = steering.get("/areas/klara/goals/indicators/VALD-NORRMALM").body();
    // 2015: 1247 reported violent crimes, 69 470 inhabitants, 1795 per 100 000
    assertThat(page.replaceAll("\\s+", " ")).containsPattern(">1247<.*>69470<.*>1795<");
    assertThat(steering.get("/areas/klara/goals/populations").body()).contains("69425");
  }

  @Test
  void aBadValueIsRefusedWithAMessageAndNothingChanges() {
    WebSession coordinator = signedInAs("coordinator");
    WebSession.Response share =
        coordinator.post(
            "/areas/klara/goals/indicators/MEDB-TRYGG/measurements",
            Map.of("period", "2019", "geography", "norrmalm-sdo", "value", "120"));
    assertThat(share.status()).isEqualTo(200);
    assertThat(share.body()).contains("En andel ligger mellan 0 och 100 %, inte 120.");
    WebSession.Response index =
        coordinator.post(
            "/areas/klara/goals/indicators/CIS-TRYGG/measurements",
            Map.of("period", "2019-08", "geography", "sergels-torg", "value", "4,5"));
    assertThat(index.body()).contains("Indexet ligger på skalan 1–4, inte 4,5.");
    WebSession.Response period =
        coordinator.post(
            "/areas/klara/goals/indicators/MUMIN/measurements",
            Map.of("period", "hösten 2019", "value", "10"));
    assertThat(period.body()).contains("Perioden hösten 2019 går inte att läsa");
    WebSession.Response noPopulation =
        coordinator.post(
            "/areas/klara/goals/indicators/VALD-NORRMALM/measurements",
            Map.of("period", "2019", "geography", "norrmalm-sdn", "value", "800"));
    assertThat(noPopulation.body()).contains("norrmalm-sdn saknar folkmängd för 2019");
    var area = areas.bySlug("klara").orElseThrow();
    assertThat(goals.points(area, goals.indicator(area, "VALD-NORRMALM"), 2019)).hasSize(4);
    assertThat(goals.points(area, goals.indicator(area, "MEDB-TRYGG"), 2019).get(3).value())
        .isEqualByComparingTo("81");
  }

  @Test
  void onlyCoordinatorsChangeMeasurementsAndPartnersDoNotSeeGoals() {
    assertThat(
            signedInAs("steering")
                .post(
                    "/areas/klara/goals/indicators/MUMIN/measurements",
                    Map.of("period", "2019", "value", "1"))
                .status())
        .isEqualTo(403);
    assertThat(signedInAs("partner").get("/areas/klara/goals").status()).isEqualTo(403);
    assertThat(signedInAs("field").get("/areas/klara/goals").status()).isEqualTo(200);
  }

  @Test
  void theChecklistOfAPlaceCountsYesAndIsSeriousAtFive() {
    WebSession coordinator = signedInAs("coordinator");
    String sergel =
        coordinator.get("/areas/klara/goals/checklist?place=sergels-torg&year=2019").body();
    assertThat(sergel)
        .contains("7 av 7 indikatorer uppfyllda")
        .contains("allvarlig öppen drogscen (fem eller fler)");

    Map<String, String> form =
        new java.util.HashMap<>(Map.of("place", "vasagatan", "year", "2019"));
    for (int n = 1; n <= 7; n++) {
      form.put("answer" + n, n <= 4 ? "yes" : "no");
    }
    form.put("grade2", "3");
    form.put("comment1", "Klagomål från butiker");
    WebSession.Response saved = coordinator.post("/areas/klara/goals/checklist", form);
    assertThat(saved.status()).isEqualTo(302);
    var area = areas.bySlug("klara").orElseThrow();
    Checklist vasagatan = goals.checklist(area, "vasagatan", 2019);
    assertThat(vasagatan.count()).isEqualTo(4);
    assertThat(vasagatan.serious()).isFalse();
    assertThat(vasagatan.items().get(1).grade()).isEqualTo(3);
    assertThat(vasagatan.items().get(0).comment()).isEqualTo("Klagomål från butiker");

    form.put("answer5", "yes");
    coordinator.post("/areas/klara/goals/checklist", form);
    assertThat(goals.checklist(area, "vasagatan", 2019).serious()).isTrue();
    assertThat(coordinator.get("/areas/klara/reports/followup?year=2019").body())
        .contains("Vasagatan 2019");

    form.put("grade3", "4");
    assertThat(coordinator.post("/areas/klara/goals/checklist", form).body())
        .contains("Graden är 0, 1, 2 eller 3.");
    // clean up: the other tests read 2019's report
    for (int n = 1; n <= 7; n++) {
      form.put("answer" + n, "");
    }
    form.remove("grade3");
    coordinator.post("/areas/klara/goals/checklist", form);
    assertThat(goals.checklist(area, "vasagatan", 2019).answered()).isFalse();
  }

  @Test
  void aCoordinatorConfirmsOrOverridesAGoalWithAnAnalysisAndTheHistoryIsKept() {
    WebSession coordinator = signedInAs("coordinator");
    var area = areas.bySlug("klara").orElseThrow();
    Goal goal4 = goals.goal(area, 4);
    int before = goals.assessments(area, goal4).size();
    WebSession.Response refused =
        coordinator.post(
            "/areas/klara/goals/4/assessments",
            Map.of("year", "2018", "status", "PARTLY", "analysis", "Kontakt 19121212-1212"));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("kan peka ut en person");
    assertThat(goals.assessments(area, goal4)).hasSize(before);

    WebSession.Response saved =
        coordinator.post(
            "/areas/klara/goals/4/assessments",
            Map.of("year", "2018", "status", "CANNOT_ASSESS", "analysis", "Ingen enkät 2018."));
    assertThat(saved.status()).isEqualTo(302);
    var history = goals.assessments(area, goal4);
    assertThat(history).hasSize(before + 1);
    var of2018 = history.stream().filter(a -> a.year() == 2018).toList();
    Assessment latest = of2018.get(of2018.size() - 1);
    assertThat(latest.year()).isEqualTo(2018);
    assertThat(latest.status()).isEqualTo(GoalStatus.CANNOT_ASSESS);
    assertThat(latest.proposed()).isEqualTo(GoalStatus.CANNOT_ASSESS);
    assertThat(latest.confirmedBy()).isEqualTo("Trygghetssamordnare Norrmalm");
    // 2019 keeps the seed's assessment
    String overview = coordinator.get("/areas/klara/goals?year=2019").body();
    assertThat(overview).contains("Medarbetare upplever sig trygga");
    assertThat(overview)
        .contains(
            "2018: kan inte bedömas ännu (förslag: kan inte bedömas ännu), Trygghetssamordnare Norrmalm")
        .contains("2019: uppnått (förslag: delvis uppnått)");
  }

  @Test
  void aCoordinatorChangesTheVisionAndAGoalAndTheReportFollows() {
    WebSession coordinator = signedInAs("coordinator");
    var area = areas.bySlug("klara").orElseThrow();
    String vision = goals.vision(area).orElseThrow();
    Goal goal3 = goals.goal(area, 3);
    try {
      assertThat(
              coordinator
                  .post("/areas/klara/goals/vision", Map.of("vision", "Klara ska vara tryggt."))
                  .status())
          .isEqualTo(302);
      assertThat(
              coordinator
                  .post(
                      "/areas/klara/goals/3",
                      Map.of(
                          "title",
                          "Färre störningar av narkotikamissbruk",
                          "description",
                          "Ny text."))
                  .status())
          .isEqualTo(302);
      String report = coordinator.get("/areas/klara/reports/followup?year=2019").body();
      assertThat(report)
          .contains("Klara ska vara tryggt.")
          .contains("Mål 3 – Färre störningar av narkotikamissbruk")
          .contains("Ny text.");
      assertThat(coordinator.post("/areas/klara/goals/3", Map.of("title", " ")).body())
          .contains("Målet behöver en rubrik på högst 400 tecken.");
      assertThat(
              signedInAs("steering")
                  .post("/areas/klara/goals/vision", Map.of("vision", "x"))
                  .status())
          .isEqualTo(403);
    } finally {
      goals.saveVision(area, vision);
      jdbc.sql("update goal set title = ?, description = ? where id = ?")
          .params(goal3.title(), goal3.description(), goal3.id())
          .update();
    }
  }
}
