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
 * The situation picture in Chromium on a phone and on a desktop, in Swedish and English: charts
 * drawn, the map coloured, every place listed, no accessibility violations. Screenshots are written
 * to target/screenshots/.
 */
class SituationBrowserTests extends BrowserTest {

  private void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    long shortfall = height - ((Number) script("return window.innerHeight")).longValue();
    driver.manage().window().setSize(new Dimension(width, (int) (height + shortfall)));
  }

  private void showAndCheck(String path, String name) throws Exception {
    open(path);
    waiting()
        .until(
            ExpectedConditions.attributeToBeNotEmpty(
                driver.findElement(By.id("situation-map")), "data-shapes"));
    int places =
        jdbc.sql(
                "select count(*) from place p join area a on a.id = p.area_id where a.slug = 'klara'")
            .query(Integer.class)
            .single();
    assertThat(driver.findElements(By.cssSelector("#situation-map path.leaflet-interactive")))
        .as("one coloured shape per place")
        .hasSize(places);
    assertThat(driver.findElements(By.cssSelector("tr.place-activity"))).hasSize(places);
    assertThat(driver.findElements(By.cssSelector("canvas.sparkline")))
        .as("a small chart per trend")
        .isNotEmpty()
        .allMatch(c -> "true".equals(c.getDomAttribute("data-drawn")));
    assertThat(driver.findElements(By.cssSelector("table.heatmap td[class^=heat-]")).size())
        .isGreaterThanOrEqualTo(24 * 7);
    assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
        .as("the page itself does not scroll sideways")
        .isTrue();
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(OUTPUT.resolve("situation-" + name + ".png"), png);
    // The whole page as well: a window as tall as the document.
    Dimension window = driver.manage().window().getSize();
    long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(window.getWidth(), (int) height + 200));
    Files.write(
        OUTPUT.resolve("situation-" + name + "-full.png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(window);
    Axe.Report report = Axe.check(driver, name, OUTPUT.resolve("axe-situation-" + name + ".json"));
    assertThat(report.violations()).as(report.describe()).isEmpty();
  }

  @Test
  void theSituationPictureWorksOnAPhoneInSwedishAndOnADesktopInEnglish() throws Exception {
    signInAs("coordinator");
    size(390, 844);
    showAndCheck("/areas/klara/situation?lang=sv", "390-sv");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lägesbild Klara");
    showAndCheck(
        "/areas/klara/situation?place=sergels-torg&phenomenon=drug-dealing&lang=sv",
        "sergels-dealing-390-sv");
    assertThat(driver.findElement(By.id("focus")).getText())
        .isEqualTo("Narkotikaförsäljning: när det observerades");
    size(1280, 900);
    showAndCheck("/areas/klara/situation?lang=en", "1280-en");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Situation picture Klara");
    showAndCheck("/areas/klara/situation?place=plattan&lang=en", "plattan-1280-en");
    open("/areas/klara/situation?lang=sv");
  }

  @Test
  void aFieldWorkerSeesSuppressedCountsWithoutAccessibilityProblems() throws Exception {
    signInAs("field");
    size(390, 844);
    showAndCheck("/areas/klara/situation?lang=sv", "field-390-sv");
  }
}
