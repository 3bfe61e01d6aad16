package se.klara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The analysis pages in Chromium on a phone (390 px): the demo's move of drug dealing to the
 * mornings as two clock roses with the verdict, the summer-2019 WDQ at Sergels torg, and the Gi*
 * map; no accessibility violations. Screenshots in target/screenshots/.
 */
class AnalysisBrowserTests extends BrowserTest {
  static final String SUMMER_2019 =
      "target=sergels-torg&buffer=vasagatan-24&buffer=vasagatan-7&buffer=trappan-klarabergsgatan"
          + "&control=hotorget&category=drug-dealing&before-from=2018-06-01&before-to=2018-08-31"
          + "&after-from=2019-06-01&after-to=2019-08-31";

  private void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    long shortfall = height - ((Number) script("return window.innerHeight")).longValue();
    driver.manage().window().setSize(new Dimension(width, (int) (height + shortfall)));
  }

  private void screenshotAndAxe(String name) throws Exception {
    assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
        .as("the page itself does not scroll sideways")
        .isTrue();
    Dimension window = driver.manage().window().getSize();
    long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(window.getWidth(), (int) height + 200));
    Files.write(
        OUTPUT.resolve("analysis-" + name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(window);
    Axe.Report report = Axe.check(driver, name, OUTPUT.resolve("axe-analysis-" + name + ".json"));
    assertThat(report.violations()).as(report.describe()).isEmpty();
  }

  @Test
  void theMorningShiftTheSummer2019WdqAndTheHotSpotMapOnAPhone() throws Exception {
    signInAs("coordinator");
    size(390, 844);

    open("/areas/klara/analysis?lang=sv");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Analys – Klara");
    screenshotAndAxe("index-390-sv");

    open("/areas/klara/analysis/temporal?category=drug-dealing&lang=sv");
    waiting()
        .until(
            ExpectedConditions.attributeToBe(
                driver.findElements(By.cssSelector("canvas.rose")).get(1), "data-drawn", "true"));
    assertThat(driver.findElements(By.cssSelector("canvas.rose"))).hasSize(2);
    assertThat(driver.findElement(By.id("temporal-verdict")).getText())
        .startsWith("Aktiviteten har flyttat tidigare på dygnet med ungefär")
        .endsWith("p < 0.001.");
    screenshotAndAxe("temporal-drug-dealing-390-sv");

    open("/areas/klara/analysis/displacement?lang=sv&" + SUMMER_2019);
    assertThat(driver.findElement(By.id("wdq-verdict")).getText())
        .isEqualTo("Omfördelning till buffertzonen, men nettoeffekten är positiv.");
    assertThat(driver.findElement(By.id("wdq")).getText())
        .startsWith("\u22120,"); // Swedish minus sign
    screenshotAndAxe("wdq-summer-2019-390-sv");

    open("/areas/klara/analysis/hotspots?category=drug-dealing&cell=100&lang=en");
    waiting()
        .until(
            ExpectedConditions.attributeToBeNotEmpty(
                driver.findElement(By.id("hotspot-map")), "data-drawn"));
    assertThat(driver.findElements(By.cssSelector("#hotspot-map path.leaflet-interactive")))
        .isNotEmpty();
    screenshotAndAxe("hotspots-drug-dealing-390-en");

    open(
        "/areas/klara/analysis/accuracy?lang=sv&category=drug-dealing&cell=100"
            + "&first-from=2018-01-01&first-to=2018-12-31"
            + "&second-from=2019-01-01&second-to=2019-12-31");
    assertThat(driver.findElements(By.cssSelector("table.accuracy tbody tr"))).hasSize(4);
    assertThat(driver.findElement(By.cssSelector("table.accuracy tr.best th")).getText())
        .endsWith("bäst");
    assertThat(driver.findElement(By.cssSelector("p.verdict")).getText())
        .startsWith("Bäst hade kartan");
    screenshotAndAxe("accuracy-drug-dealing-2018-2019-390-sv");

    open(
        "/areas/klara/analysis/near-repeats?lang=en&category=drug-dealing"
            + "&from=2019-01-01&to=2019-12-31&permutations=19");
    assertThat(driver.findElements(By.cssSelector("table.near-repeats tbody tr"))).hasSize(5);
    assertThat(driver.findElements(By.cssSelector("table.near-repeats thead th"))).hasSize(5);
    assertThat(driver.findElement(By.cssSelector("table.near-repeats tbody th")).getText())
        .isEqualTo("Same location");
    screenshotAndAxe("near-repeats-drug-dealing-2019-390-en");
    open("/areas/klara/analysis?lang=sv");
  }
}
