package se.klara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.observations.AgeBand;
import se.klara.observations.Gender;
import se.klara.observations.GroupCounts;
import se.klara.observations.Intensity;
import se.klara.observations.NewFaces;
import se.klara.observations.Observation;
import se.klara.observations.ObservationDraft;
import se.klara.observations.Observations;
import se.klara.support.WebSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * A field worker files an observation on a phone (with where some of the people met came from), the
 * connection drops after the server stored it but before the answer arrived, the page is reloaded
 * and the outbox sends it again: stored once. The origins view of the demo's 2019 counts on a
 * phone.
 */
class ObservationBrowserTests extends BrowserTest {
  private void network(boolean offline) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", offline,
            "latency", 0,
            "downloadThroughput", -1,
            "uploadThroughput", -1));
    // Offline emulation alone does not reach every request; blocking the API makes sure it fails.
    chrome.executeCdpCommand(
        "Network.setBlockedURLs", Map.of("urls", offline ? List.of("*/api/v1/*") : List.of()));
  }

  private long observations() {
    return jdbc.sql("select count(*) from observation").query(Long.class).single();
  }

  @Test
  void anObservationSentAgainAfterALostAnswerAndAReloadIsStoredExactlyOnce() throws Exception {
    Instant started = Instant.now().minusSeconds(1);
    driver.manage().window().setSize(new Dimension(390, 844));
    long shortfall = 844 - ((Number) script("return window.innerHeight")).longValue();
    driver.manage().window().setSize(new Dimension(390, (int) (844 + shortfall)));
    String base = "http://127.0.0.1:" + port;
    signInAs("field");
    script("localStorage.clear();"); // no outbox or confirmation left by another test

    driver.get(base + "/areas/klara/observations/new");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("observation-form")));
    assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
        .as("no horizontal scrolling at 390 px")
        .isTrue();
    Files.write(
        OUTPUT.resolve("observation-form-390x844.png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Axe.Report report =
        Axe.check(driver, "observation-form", OUTPUT.resolve("axe-observation-form-390.json"));
    assertThat(report.violations()).as(report.describe()).isEmpty();

    new Select(driver.findElement(By.id("place"))).selectByValue("plattan");
    script("document.getElementById('ph-drug-dealing').click();");
    script("document.getElementById('int-FEW').click();");
    driver.findElement(By.name("counts.male.25-plus")).sendKeys("3");
    driver.findElement(By.id("note")).sendKeys("Lugnt efter lunch");
    // Where the people met came from: the first row, and a row added with the button.
    driver.findElement(By.id("origin-0")).sendKeys("Botkyrka");
    driver.findElement(By.id("origin-count-0")).sendKeys("2");
    assertThat(driver.findElements(By.cssSelector(".origin-row"))).hasSize(3);
    script("document.querySelector('.origin-add').click();");
    assertThat(driver.findElements(By.cssSelector(".origin-row"))).hasSize(4);
    assertThat(
            driver.findElement(By.cssSelector("label[for=origin-3]")).getDomProperty("textContent"))
        .isEqualTo("Kommun eller stadsdel, rad 4");
    driver.findElement(By.name("origins[3].origin")).sendKeys("solna");
    driver.findElement(By.name("origins[3].count")).sendKeys("1");
    script("document.querySelector('fieldset.origins').scrollIntoView();");
    Files.write(
        OUTPUT.resolve("observation-form-origins-390x844.png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    long before = observations();

    network(true);
    script("document.querySelector('#observation-form button[type=submit]').click();");
    waiting()
        .until(
            d ->
                "Väntar på nätet – skickas när anslutningen är tillbaka"
                    .equals(d.findElement(By.id("outbox-status")).getText()));
    Thread.sleep(1500);
    assertThat(observations()).as("nothing reached the server while offline").isEqualTo(before);
    String item =
        (String)
            script(
                "return JSON.stringify(JSON.parse(localStorage.getItem("
                    + "'klara.observation-outbox'))[0]);");
    assertThat(item).contains("\"key\"");
    var waiting = JsonMapper.builder().build().readTree(item);
    assertThat(waiting.get("body").get("origins").toString())
        .isEqualTo("[{\"origin\":\"Botkyrka\",\"count\":2},{\"origin\":\"solna\",\"count\":1}]");

    // The request reached the server and was stored; only its answer was lost on the way back.
    WebSession session = signedInAs("field");
    HttpResponse<String> lost =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/areas/klara/observations"))
                    .header("Content-Type", "application/json")
                    .header("Cookie", "KLARA_SESSION=" + session.sessionId().orElseThrow())
                    .header("X-CSRF-TOKEN", session.csrfToken())
                    .header("Idempotency-Key", waiting.get("key").stringValue())
                    .POST(HttpRequest.BodyPublishers.ofString(waiting.get("body").toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(lost.statusCode()).isEqualTo(201);
    assertThat(observations()).isEqualTo(before + 1);
    assertThat((String) script("return localStorage.getItem('klara.observation-outbox')"))
        .as("still waiting in the outbox")
        .contains(waiting.get("key").stringValue());

    // The phone's browser leaves the page while offline and the connection comes back: what waits
    // in the outbox is sent again with the same key (by whichever page of the site is open first),
    // stored once, and the reopened form says it is saved.
    driver.get("about:blank");
    network(false);
    driver.get(base + "/areas/klara/observations/new");
    waiting()
        .until(
            d ->
                "[]"
                    .equals(
                        ((JavascriptExecutor) d)
                            .executeScript(
                                "return localStorage.getItem('klara.observation-outbox')")));
    assertThat(script("return localStorage.getItem('klara.observation-outbox')")).isEqualTo("[]");
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("outbox-status"), "Sparad"));
    assertThat(driver.findElement(By.id("outbox-status")).getText()).isEqualTo("Sparad");
    assertThat(observations()).isEqualTo(before + 1);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from observation o join app_user u on u.id = o.author_user_id
                    where u.username = 'field' and o.note = 'Lugnt efter lunch'
                      and o.created_at >= ?
                    """)
                .param(Timestamp.from(started))
                .query(Long.class)
                .single())
        .as("exactly one row stored for the observation")
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    """
                    select string_agg(oo.origin || ' ' || oo.count, ', ' order by oo.origin)
                    from observation_origin oo join observation o on o.id = oo.observation_id
                    join app_user u on u.id = o.author_user_id
                    where u.username = 'field' and o.note = 'Lugnt efter lunch'
                      and o.created_at >= ?
                    """)
                .param(Timestamp.from(started))
                .query(String.class)
                .single())
        .as("the origins in the suggestions' spelling")
        .isEqualTo("Botkyrka 2, Solna 1");
  }

  @Test
  void whereThePeopleArrestedForDrugOffencesIn2019LivedOnAPhone() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    signInAs("steering");
    open(
        "/areas/klara/analysis/origins?from=2019-01-01&to=2019-12-31"
            + "&group=Gripna+f%C3%B6r+narkotikabrott&lang=sv");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    assertThat(driver.findElement(By.cssSelector("table.data tbody tr td")).getText())
        .isEqualTo("Botkyrka");
    assertThat(new Select(driver.findElement(By.id("group"))).getFirstSelectedOption().getText())
        .isEqualTo("Gripna för narkotikabrott");
    assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
        .as("no horizontal scrolling at 390 px")
        .isTrue();
    Files.write(
        OUTPUT.resolve("analysis-origins-drug-arrests-2019-390.png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Axe.Report report =
        Axe.check(driver, "origins", OUTPUT.resolve("axe-analysis-origins-390.json"));
    assertThat(report.violations()).as(report.describe()).isEmpty();
  }

  @Autowired Observations observationService;

  @Autowired Areas areas;

  @Test
  void theListDetailAndEditPagesHaveNoAxeViolationsOnAPhone() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Observation o =
        observationService.record(
            actor("field"),
            areas.bySlug("klara").orElseThrow(),
            new ObservationDraft(
                "plattan",
                now.minus(Duration.ofHours(2)),
                now.minus(Duration.ofMinutes(5)),
                List.of("violence-threats"),
                Intensity.MANY,
                8,
                GroupCounts.none().with(Gender.FEMALE, AgeBand.AGE_15_17, 3),
                NewFaces.YES,
                "Grupp vid trappan",
                false,
                List.of()));
    driver.manage().window().setSize(new Dimension(390, 844));
    signInAs("field");

    List<String> problems = new ArrayList<>();
    for (String[] page :
        new String[][] {
          {"observation-list", "/areas/klara/observations"},
          {"observation-detail", "/areas/klara/observations/" + o.id()},
          {"observation-edit", "/areas/klara/observations/" + o.id() + "/edit"},
          {"observation-list-en", "/areas/klara/observations?lang=en"}
        }) {
      open(page[1]);
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      Files.write(
          OUTPUT.resolve(page[0] + "-390.png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Axe.Report report =
          Axe.check(driver, page[0], OUTPUT.resolve("axe-" + page[0] + "-390.json"));
      if (!report.violations().isEmpty()) {
        problems.add(report.describe());
      }
      assertThat(
              (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no horizontal scrolling at 390 px on %s", page[0])
          .isTrue();
    }
    assertThat(problems).isEmpty();
    open("/areas/klara/observations/" + o.id());
    assertThat(driver.findElement(By.linkText("Correct")).getDomAttribute("href"))
        .endsWith("/observations/" + o.id() + "/edit");
  }
}
