package se.klara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The map of places on a phone. Tiles come from the configured tile server, which CI cannot reach:
 * the places must show as shapes and as a list all the same.
 */
class PlacesBrowserTests extends BrowserTest {
  private int demoPlaceCount() {
    return jdbc.sql(
            "select count(*) from place p join area a on a.id = p.area_id where a.slug = 'klara'")
        .query(Integer.class)
        .single();
  }

  @Test
  void theMapShowsEveryDemoPlaceAndTheListOnAPhoneEvenWithoutTiles() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    long shortfall = 844 - ((Number) script("return window.innerHeight")).longValue();
    driver.manage().window().setSize(new Dimension(390, (int) (844 + shortfall)));
    signInAs("field");

    open("/areas/klara/places");
    waiting()
        .until(
            ExpectedConditions.attributeToBeNotEmpty(
                driver.findElement(By.id("place-map")), "data-shapes"));

    int places = demoPlaceCount();
    assertThat(places).isGreaterThanOrEqualTo(15);
    assertThat(driver.findElement(By.id("place-map")).getDomAttribute("data-shapes"))
        .isEqualTo(String.valueOf(places));
    assertThat(driver.findElements(By.cssSelector("#place-map path.leaflet-interactive")))
        .as("one circle or outline per place")
        .hasSize(places);
    List<WebElement> listed = driver.findElements(By.cssSelector(".place-list li a"));
    assertThat(listed).hasSize(places);
    assertThat(listed.stream().map(WebElement::getText)).contains("Plattan", "Centralstationen");
    assertThat(listed.get(0).isDisplayed()).isTrue();
    List<String> tiles =
        driver.findElements(By.cssSelector("#place-map img.leaflet-tile")).stream()
            .map(t -> t.getDomAttribute("src"))
            .toList();
    assertThat(tiles)
        .as("tiles are asked from the configured server")
        .isNotEmpty()
        .allMatch(src -> src.startsWith("https://tile.openstreetmap.org/"));
    assertThat(driver.findElement(By.id("place-map")).getSize().getHeight())
        .as("the map has a height from places.css")
        .isGreaterThan(250);
    assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
        .as("no horizontal scrolling at 390 px")
        .isTrue();

    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(OUTPUT.resolve("places-390x844.png"), png);
    Axe.Report report = Axe.check(driver, "places-390", OUTPUT.resolve("axe-places-390.json"));
    assertThat(report.violations()).as(report.describe()).isEmpty();

    open("/areas/klara/places/plattan");
    waiting()
        .until(
            ExpectedConditions.attributeToBeNotEmpty(
                driver.findElement(By.id("place-map")), "data-shapes"));
    assertThat(driver.findElements(By.cssSelector("#place-map path.leaflet-interactive")))
        .hasSize(1);
    Axe.Report placeReport = Axe.check(driver, "place-390", OUTPUT.resolve("axe-place-390.json"));
    assertThat(placeReport.violations()).as(placeReport.describe()).isEmpty();
  }
}
