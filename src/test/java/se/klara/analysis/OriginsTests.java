package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** Origin of people met: upload of aggregates (all or nothing), the ranking and its export. */
class OriginsTests extends IntegrationTest {
  @Autowired JdbcClient jdbc;

  private long rows() {
    return jdbc.sql("select count(*) from origin_count").query(Long.class).single();
  }

  @Test
  void aCoordinatorUploadsCountsAndEveryoneWhoWorksWithIncidentsSeesTheRanking() {
    WebSession coordinator = signedInAs("coordinator");
    coordinator.get("/areas/klara/analysis/origins");
    String csv =
        "date,group,origin,count\n"
            + "2019-06-14,Ungdomar mötta av ungdomsjouren,Solna,4\n"
            + "2019-06-15,Ungdomar mötta av ungdomsjouren,Sundbyberg,2\n"
            + "2019-06-15,Ungdomar mötta av ungdomsjouren,Solna,3\n"
            + "2019-06-16,Gripna för narkotikabrott,Botkyrka,5\n";
    WebSession.Response upload =
        coordinator.postMultipart(
            "/areas/klara/analysis/origins",
            Map.of(),
            "file",
            "origins.csv",
            csv.getBytes(StandardCharsets.UTF_8));
    assertThat(upload.status()).isEqualTo(302);
    assertThat(coordinator.get("/areas/klara/analysis/origins").body())
        .contains("4 rader lades till.");
    WebSession field = signedInAs("field");
    String page =
        field
            .get(
                "/areas/klara/analysis/origins?from=2019-06-01&to=2019-06-30"
                    + "&group=Ungdomar+mötta+av+ungdomsjouren")
            .body();
    assertThat(page).contains("Solna").contains("Sundbyberg").doesNotContain("Botkyrka");
    assertThat(page.indexOf("Solna")).isLessThan(page.indexOf("Sundbyberg"));
    WebSession.Response export =
        field.get("/areas/klara/analysis/origins.csv?from=2019-06-01&to=2019-06-30");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body())
        .isEqualTo("origin,count,share\nSolna,7,0.5000\nBotkyrka,5,0.3571\nSundbyberg,2,0.1429\n");
    assertThat(field.get("/areas/klara/analysis/origins").body()).doesNotContain("type=\"file\"");
  }

  @Test
  void aBadRowRefusesTheWholeFileNamingLineAndColumn() {
    WebSession coordinator = signedInAs("coordinator");
    coordinator.get("/areas/klara/analysis/origins");
    long before = rows();
    String csv =
        "date,group,origin,count\n"
            + "2019-06-14,Ungdomar,Solna,4\n"
            + "2019-06-15,Ungdomar,Ring 070-174 06 10,2\n";
    coordinator.postMultipart(
        "/areas/klara/analysis/origins",
        Map.of(),
        "file",
        "o.csv",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(coordinator.get("/areas/klara/analysis/origins").body())
        .contains("Rad 3, kolumn origin: Fältet ser ut att innehålla personuppgifter");
    coordinator.postMultipart(
        "/areas/klara/analysis/origins",
        Map.of(),
        "file",
        "o.csv",
        "date,group,origin,count\n2019-06-14,Ungdomar,Solna,-4\n".getBytes(StandardCharsets.UTF_8));
    assertThat(coordinator.get("/areas/klara/analysis/origins").body())
        .contains("Rad 2, kolumn count: Antalet ska vara ett heltal större än noll.");
    assertThat(rows()).isEqualTo(before);
    assertThat(
            signedInAs("field")
                .postMultipart(
                    "/areas/klara/analysis/origins",
                    Map.of(),
                    "file",
                    "o.csv",
                    "date,group,origin,count\n2019-06-14,U,Solna,4\n"
                        .getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(403);
  }
}
