package se.klara.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** Measurements as Kolada-shaped CSV: export, import all or nothing, line-numbered problems. */
class MeasurementCsvTests extends IntegrationTest {
  @Autowired MeasurementCsv csv;
  @Autowired Goals goals;
  @Autowired Areas areas;

  private Area klara() {
    return areas.bySlug("klara").orElseThrow();
  }

  private List<MeasurementImportException.Problem> problems(String file) {
    try {
      csv.importFile(null, klara(), new StringReader(file));
    } catch (MeasurementImportException e) {
      return e.problems();
    }
    throw new AssertionError("the file was imported");
  }

  private static String keys(List<MeasurementImportException.Problem> problems) {
    return problems.stream()
        .map(p -> p.line() + ":" + p.column() + ":" + p.messageKey())
        .toList()
        .toString();
  }

  @Test
  void theExportHoldsEveryDemoFigureInKoladasShape() {
    String export = csv.export(klara());
    assertThat(export.lines().findFirst()).hasValue("kpi,municipality,period,gender,value,comment");
    assertThat(export)
        .contains("MUMIN,klara,2019,T,79,")
        .contains("CIS-TRYGG,sergels-torg,2019-05,T,3.5,")
        .contains("TRYGG-OTRYGG,klara,2017,T,20,")
        .contains("VALD-NORRMALM,norrmalm-sdn,2015,T,1247,")
        .contains("ODS-7,sergels-torg,2019,T,1,");
  }

  @Test
  void everyKindOfBadInputIsReportedByLineAndColumnAndNothingIsImported() {
    int before = goals.measurements(klara()).size();
    String file =
        """
        kpi;municipality;period;gender;value
        MUMIN;klara;2020;T;150
        NO-SUCH;klara;2019;T;1
        MEDB-TRYGG;norrmalm-sdo;2020;T;101
        CIS-TRYGG;sergels-torg;2020-08;T;4,2
        ODS-8;sergels-torg;2020;T;ja
        OVERDOS;klara;hösten 2020;T;0
        VALD-NORRMALM;norrmalm-sdn;2020;T;700
        OVERDOS;klara;2020;X;0
        ODS-1;sergels-torg;2020;T;kanske
        OVERDOS;atlantis;2020;T;1
        MUMIN;klara;2020;T;-3
        """;
    List<MeasurementImportException.Problem> problems = problems(file);
    assertThat(keys(problems))
        .isEqualTo(
            List.of(
                    "3:kpi:goals.import.unknown-indicator",
                    "4:value:goals.error.value.share",
                    "5:value:goals.error.value.index",
                    "6:kpi:goals.import.ods-item",
                    "7:period:goals.import.period",
                    "8:value:goals.import.no-population",
                    "9:gender:goals.import.gender",
                    "10:value:goals.error.value.yes-no",
                    "11:municipality:goals.import.unknown-geography",
                    "12:value:goals.error.value.count")
                .toString());
    // line 2 was fine, but nothing at all was imported
    assertThat(goals.measurements(klara())).hasSize(before);
  }

  @Test
  void aMissingColumnAndARepeatedRowAreRefused() {
    assertThat(keys(problems("kpi,period,value\nMUMIN,2020,1\n")))
        .contains(
            "1:municipality:goals.import.missing-column", "1:gender:goals.import.missing-column");
    assertThat(
            keys(
                problems(
                    "kpi,municipality,period,gender,value\nMUMIN,klara,2020,T,1\nMUMIN,klara,2020,T,2\n")))
        .isEqualTo("[3:period:goals.import.duplicate]");
    assertThat(keys(problems(""))).isEqualTo("[1::goals.import.empty]");
  }

  @Test
  void aGoodFileIsImportedAndReadsBackInTheReport() {
    Area klara = klara();
    String file =
        "\ufeffindicator,geography,period,gender,value,comment\n"
            + "MUMIN,klara,2021,T,222,Testimport\n"
            + "MUMIN,klara,2021,K,100,\n"
            + "CIS-TRYGG,sergels-torg,2021-05,T,\"3,6\",\n";
    assertThat(csv.importFile(null, klara, new StringReader(file))).isEqualTo(3);
    try {
      var points = goals.points(klara, goals.indicator(klara, "MUMIN"), 2021);
      assertThat(points.get(points.size() - 1).value()).isEqualByComparingTo("222");
      assertThat(csv.export(klara))
          .contains("MUMIN,klara,2021,K,100,")
          .contains("MUMIN,klara,2021,T,222,Testimport")
          .contains("CIS-TRYGG,sergels-torg,2021-05,T,3.6,");
    } finally {
      jdbc.sql("delete from measurement where period in ('2021', '2021-05')").update();
    }
  }

  @Test
  void theWebUploadShowsProblemsInTheUsersLanguageAndTheExportDownloads() {
    WebSession coordinator = signedInAs("coordinator");
    WebSession.Response refused =
        coordinator.postMultipart(
            "/areas/klara/goals/measurements/import",
            Map.of(),
            "file",
            "matningar.csv",
            "kpi,municipality,period,gender,value\nODS-8,sergels-torg,2020,T,ja\n"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Filen importerades inte: 1 fel. Inget har ändrats.")
        .contains("Checklistan för öppen drogscen har sju indikatorer; ODS-8 finns inte.");

    WebSession.Response export = coordinator.get("/areas/klara/goals/measurements.csv");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body()).startsWith("kpi,municipality,period,gender,value,comment");
  }

  @Test
  void aRateWithoutAPopulationIsRefusedInTheImport() {
    assertThatThrownBy(
            () ->
                csv.importFile(
                    null,
                    klara(),
                    new StringReader(
                        "kpi,municipality,period,gender,value\nNARK-NORRMALM,norrmalm-sdo,2014,T,3000\n")))
        .isInstanceOf(MeasurementImportException.class);
  }
}
