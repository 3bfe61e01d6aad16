package se.klara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The action plan's round trip on a phone (the acceptance test of the action plan): a field worker
 * raises "lamp out" at Vasagatan 24, it is routed to the traffic office, the owner's user completes
 * it, the raiser answers "not fixed" and it reopens for the coordinator. Every page is axe-clean at
 * 390 px.
 */
class ActionPlanBrowserTests extends BrowserTest {

  private void phone() {
    driver.manage().window().setSize(new Dimension(390, 844));
    long shortfall = 844 - ((Number) script("return window.innerHeight")).longValue();
    driver.manage().window().setSize(new Dimension(390, (int) (844 + shortfall)));
  }

  private void axe(String name) throws Exception {
    assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
        .as("no horizontal scrolling at 390 px on %s", name)
        .isTrue();
    Files.write(
        OUTPUT.resolve(name + "-390.png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Axe.Report report = Axe.check(driver, name, OUTPUT.resolve("axe-" + name + "-390.json"));
    assertThat(report.violations()).as(report.describe()).isEmpty();
  }

  private String status() {
    return driver.findElement(By.id("item-status")).getText();
  }

  /** Opens a verb's form on the item page and submits it, with a note when given. */
  private void decide(String verb, String note) {
    WebElement details = driver.findElement(By.id("verb-" + verb));
    details.findElement(By.tagName("summary")).click();
    if (note != null) {
      details.findElement(By.name("note")).sendKeys(note);
    }
    details.findElement(By.cssSelector("button[type=submit]")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
  }

  @Test
  void aLampOutIsRoutedCompletedAnsweredNotFixedAndReopensForTheCoordinator() throws Exception {
    phone();
    String title = "Lampa släckt under bron " + (System.nanoTime() % 100_000);

    signInAs("field");
    open("/areas/klara/actions/new");
    axe("action-new");
    new Select(driver.findElement(By.id("category"))).selectByValue("lighting");
    new Select(driver.findElement(By.id("place"))).selectByValue("vasagatan-24");
    driver.findElement(By.id("title")).sendKeys(title);
    driver.findElement(By.id("description")).sendKeys("Lampan under bron är släckt sedan i går.");
    driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("item-owner")));
    String itemUrl = driver.getCurrentUrl();
    assertThat(driver.findElement(By.cssSelector("p.notice")).getText())
        .contains("Trafikkontoret, Stockholms stad");
    assertThat(driver.findElement(By.id("item-owner")).getText())
        .startsWith("Trafikkontoret, Stockholms stad");
    assertThat(status()).isEqualTo("Tilldelad");
    axe("action-item");

    signInAs("owner");
    open("/areas/klara/actions/mine");
    assertThat(driver.findElement(By.linkText(title)).isDisplayed()).isTrue();
    axe("action-mine");
    driver.get(itemUrl);
    decide("accept", null);
    assertThat(status()).isEqualTo("Accepterad");
    decide("complete", "Ny armatur monterad under bron.");
    assertThat(status()).isEqualTo("Åtgärdad");
    assertThat(driver.findElement(By.id("item-outcome")).getText())
        .isEqualTo("Ny armatur monterad under bron.");

    signInAs("field");
    driver.get(itemUrl);
    assertThat(driver.findElement(By.id("feedback-heading")).getText())
        .isEqualTo("Är det åtgärdat?");
    axe("action-feedback");
    driver.findElement(By.cssSelector("label[for=answer-NOT_FIXED]")).click();
    driver.findElement(By.id("comment")).sendKeys("Fortfarande mörkt på kvällen.");
    driver.findElement(By.cssSelector(".feedback-ask button[type=submit]")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
    assertThat(status()).isEqualTo("Återöppnad");

    signInAs("coordinator");
    open("/notifications");
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("Inte åtgärdat enligt den som lyfte problemet, återöppnad: " + title);
    open("/areas/klara/actions?status=reopened");
    assertThat(driver.findElement(By.linkText(title)).isDisplayed()).isTrue();
    axe("action-plan");
    driver.get(itemUrl);
    assertThat(driver.findElements(By.id("verb-assign")))
        .as("the coordinator can reassign")
        .hasSize(1);
    assertThat(driver.findElement(By.cssSelector(".history")).getText())
        .contains("Svar: inte åtgärdat")
        .contains("Fortfarande mörkt på kvällen.");
  }
}
