package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.klara.accounts.Accounts;
import se.klara.accounts.NewAccount;
import se.klara.areas.Areas;
import se.klara.directory.OrganisationKind;
import se.klara.directory.Organisations;
import se.klara.observations.GroupCounts;
import se.klara.observations.Intensity;
import se.klara.observations.NewFaces;
import se.klara.observations.ObservationDraft;
import se.klara.observations.Observations;
import se.klara.observations.OriginCount;
import se.klara.shared.DateRange;
import se.klara.shared.Role;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/**
 * Origin of people met: upload of aggregates (all or nothing), the ranking of uploaded counts and
 * field observations together, its export and JSON, and the demo's counts for 2019.
 */
class OriginsTests extends IntegrationTest {
  @Autowired JdbcClient jdbc;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired Observations observations;
  @Autowired Areas areas;
  @Autowired Clock clock;

  private long rows() {
    return jdbc.sql("select count(*) from origin_count").query(Long.class).single();
  }

  @Test
  void aCoordinatorUploadsCountsAndEveryoneWhoWorksWithIncidentsSeesTheRanking() {
    WebSession coordinator = signedInAs("coordinator");
    coordinator.get("/areas/klara/analysis/origins");
    String csv =
        "date,group,origin,count\n"
            + "2018-06-14,Ungdomar mötta av ungdomsjouren,Solna,4\n"
            + "2018-06-15,Ungdomar mötta av ungdomsjouren,Sundbyberg,2\n"
            + "2018-06-15,Ungdomar mötta av ungdomsjouren,Solna,3\n"
            + "2018-06-16,Gripna för narkotikabrott,Botkyrka,5\n";
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
                "/areas/klara/analysis/origins?from=2018-06-01&to=2018-06-30"
                    + "&group=Ungdomar+mötta+av+ungdomsjouren")
            .body();
    assertThat(page).contains("Solna").contains("Sundbyberg").doesNotContain("Botkyrka");
    assertThat(page.indexOf("Solna")).isLessThan(page.indexOf("Sundbyberg"));
    WebSession.Response export =
        field.get("/areas/klara/analysis/origins.csv?from=2018-06-01&to=2018-06-30");
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
            + "2018-06-14,Ungdomar,Solna,4\n"
            + "2018-06-15,Ungdomar,Ring 070-174 06 10,2\n";
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
        "date,group,origin,count\n2018-06-14,Ungdomar,Solna,-4\n".getBytes(StandardCharsets.UTF_8));
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
                    "date,group,origin,count\n2018-06-14,U,Solna,4\n"
                        .getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(403);
  }

  /** Uploads counts as the coordinator: the answer's status. */
  private int uploadAsCoordinator(String csv) {
    return signedInAs("coordinator")
        .postMultipart(
            "/areas/klara/analysis/origins",
            Map.of(),
            "file",
            "origins.csv",
            csv.getBytes(StandardCharsets.UTF_8))
        .status();
  }

  /** A new observing organisation in Klara with a field worker of its own: its name. */
  private String newObservingOrganisation(String username) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = "Fältassistenterna " + suffix;
    long organisation =
        organisations.register("falt-" + suffix, name, OrganisationKind.CITY_DISTRICT).id();
    long klara = areas.bySlug("klara").orElseThrow().id();
    organisations.addToArea(organisation, klara);
    accounts.create(
        new NewAccount(
            username,
            "Fältassistent",
            organisation,
            Role.FIELD,
            DEMO_PASSWORD.toCharArray(),
            List.of(klara),
            false));
    return name;
  }

  private void observe(String username, Instant from, int people, List<OriginCount> origins) {
    observations.record(
        actor(username),
        areas.bySlug("klara").orElseThrow(),
        new ObservationDraft(
            "plattan",
            from,
            from.plus(Duration.ofHours(1)),
            List.of("violence-threats"),
            Intensity.FEW,
            people,
            GroupCounts.none(),
            NewFaces.UNKNOWN,
            null,
            false,
            origins));
  }

  @Test
  void aGroupIsItsUploadedCountsAndTheOriginsItsOrganisationsObservationsCarry() {
    String username = "falt-" + UUID.randomUUID().toString().substring(0, 8);
    String group = newObservingOrganisation(username);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    Instant twoDaysAgo = now.minus(Duration.ofDays(2));
    observe(
        username,
        twoDaysAgo,
        6,
        List.of(new OriginCount("Rinkeby-Kista", 3), new OriginCount("Solna", 1)));
    observe(
        username,
        now.minus(Duration.ofHours(3)),
        5,
        List.of(new OriginCount("rinkeby-kista", 2), new OriginCount("Farsta", 2)));
    LocalDate first = LocalDate.ofInstant(twoDaysAgo, DateRange.ZONE).minusDays(1);
    LocalDate last = LocalDate.ofInstant(now, DateRange.ZONE);
    String csv =
        "date,group,origin,count\n"
            + first
            + ","
            + group
            + ",Solna,3\n"
            + first
            + ","
            + group
            + ",RINKEBY-KISTA,1\n"
            + first.minusDays(1)
            + ","
            + group
            + ",Nacka,9\n";
    assertThat(uploadAsCoordinator(csv)).isEqualTo(302);
    WebSession steering = signedInAs("steering");
    String query =
        "?from="
            + first
            + "&to="
            + last
            + "&group="
            + URLEncoder.encode(group, StandardCharsets.UTF_8);
    WebSession.Response json = steering.getJson("/api/v1/areas/klara/analysis/origins" + query);
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body())
        .isEqualTo(
            "{\"from\":\""
                + first
                + "\",\"to\":\""
                + last
                + "\",\"group\":\""
                + group
                + "\",\"origins\":[{\"origin\":\"Rinkeby-Kista\",\"count\":6,\"share\":0.5},"
                + "{\"origin\":\"Solna\",\"count\":4,\"share\":0.3333333333333333},"
                + "{\"origin\":\"Farsta\",\"count\":2,\"share\":0.16666666666666666}]}");
    assertThat(steering.get("/areas/klara/analysis/origins.csv" + query).body())
        .isEqualTo("origin,count,share\nRinkeby-Kista,6,0.5000\nSolna,4,0.3333\nFarsta,2,0.1667\n");
    String page = steering.get("/areas/klara/analysis/origins" + query).body();
    assertThat(page)
        .contains("<optgroup label=\"Fältobservationer per organisation\">")
        .contains("<option value=\"" + group + "\" selected=\"selected\">" + group + "</option>")
        .contains("<td>Rinkeby-Kista</td><td class=\"num\">6</td>");
    String all = steering.get("/areas/klara/analysis/origins?from=" + first + "&to=" + last).body();
    assertThat(all)
        .as("all groups: the demo's observations too, not the counts before the period")
        .contains("Rinkeby-Kista")
        .doesNotContain("selected=\"selected\"");
  }

  @Test
  void theExportIsSafeToOpenInASpreadsheetAndABadPeriodIsAProblemDetail() {
    uploadAsCoordinator(
        "date,group,origin,count\n2017-03-01,Formeltest,\"=1+2,3\",2\n"
            + "2017-03-01,Formeltest,@Solna,1\n");
    WebSession field = signedInAs("field");
    assertThat(
            field
                .get(
                    "/areas/klara/analysis/origins.csv?from=2017-03-01&to=2017-03-01&group=Formeltest")
                .body())
        .isEqualTo("origin,count,share\n\"'=1+2,3\",2,0.6667\n'@Solna,1,0.3333\n");
    WebSession.Response bad =
        field.getJson("/api/v1/areas/klara/analysis/origins?from=2017-03-02&to=2017-03-01");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"from\"").contains("analysis.error.period-order");
    WebSession.Response badExport =
        field.get("/areas/klara/analysis/origins.csv?from=2017-03-02&to=2017-03-01");
    assertThat(badExport.status()).isEqualTo(400);
    assertThat(badExport.body())
        .contains("\"field\":\"from\"")
        .contains("Slutdatumet ligger före startdatumet.");
  }

  @Test
  void theDemoShowsWhereThePeopleArrestedForDrugOffencesIn2019Lived() {
    WebSession.Response json =
        signedInAs("steering")
            .getJson(
                "/api/v1/areas/klara/analysis/origins?from=2019-01-01&to=2019-12-31&group="
                    + URLEncoder.encode("Gripna för narkotikabrott", StandardCharsets.UTF_8));
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body())
        .startsWith(
            "{\"from\":\"2019-01-01\",\"to\":\"2019-12-31\",\"group\":\"Gripna för"
                + " narkotikabrott\",\"origins\":[{\"origin\":\"Botkyrka\",\"count\":59,"
                + "\"share\":0.1638888888888889},{\"origin\":\"Huddinge\",\"count\":47,"
                + "\"share\":0.13055555555555556},{\"origin\":\"Södertälje\",\"count\":41,")
        .endsWith("{\"origin\":\"Sundbyberg\",\"count\":12,\"share\":0.03333333333333333}]}");
    String page =
        signedInAs("coordinator")
            .get("/areas/klara/analysis/origins?from=2019-01-01&to=2019-12-31")
            .body();
    assertThat(page)
        .as("360 arrests in all, uploaded as the seed's police would")
        .contains("<option value=\"Gripna för narkotikabrott\">Gripna för narkotikabrott</option>")
        .contains("<td>Botkyrka</td><td class=\"num\">59</td><td class=\"num\">16\u00a0%</td>");
  }
}
