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
import org.openqa.selenium.support.ui.Select;

/** A field worker runs the handover finder on a phone-sized screen. */
class HandoverBrowserTests extends BrowserTest {
  @Test
  void aFieldWorkerFindsWhoCanTakeOverAFifteenYearOldOnAFridayNightOnAPhone() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    long shortfall = 844 - ((Number) script("return window.innerHeight")).longValue();
    driver.manage().window().setSize(new Dimension(390, (int) (844 + shortfall)));
    assertThat(script("return window.innerWidth")).isEqualTo(390L);

    open("/login");
    driver.findElement(By.name("username")).sendKeys("field");
    driver.findElement(By.name("password")).sendKeys(DEMO_PASSWORD);
    driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".badge")));

    open("/areas/klara");
    driver.findElement(By.cssSelector("a[href='/areas/klara/handover']")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("group")));

    new Select(driver.findElement(By.id("group"))).selectByValue("YOUTH");
    driver.findElement(By.id("age")).sendKeys("15");
    new Select(driver.findElement(By.id("need"))).selectByValue("SUBSTANCE_USE");
    new Select(driver.findElement(By.id("place"))).selectByValue("sergels-torg");
    // Date and time inputs take keyboard input in the browser's format; set them directly.
    script("document.getElementById('day').value = '2026-11-27';");
    script("document.getElementById('time').value = '23:30';");
    driver.findElement(By.cssSelector("form.finder button[type=submit]")).click();

    waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .match h3")));
    List<String> onDuty =
        driver.findElements(By.cssSelector("#results ol:first-of-type .match h3")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(onDuty).startsWith("Ungdomsjouren");
    assertThat(onDuty).contains("Polisen, ingripandeverksamhet City");
    WebElement call = driver.findElement(By.cssSelector("#results .match a[href^='tel:']"));
    assertThat(call.getDomAttribute("href")).isEqualTo("tel:0701740610");
    assertThat(call.getText()).isEqualTo("Ring 070-174 06 10");
    assertThat(call.getSize().getHeight()).as("a thumb-sized target").isGreaterThanOrEqualTo(44);
    assertThat(driver.getCurrentUrl()).contains("group=YOUTH").contains("age=15");
    assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
        .as("no horizontal scrolling at 390 px")
        .isTrue();

    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(OUTPUT.resolve("handover-390x844.png"), png);

    Axe.Report report = Axe.check(driver, "handover-390", OUTPUT.resolve("axe-handover-390.json"));
    assertThat(report.violations()).as(report.describe()).isEmpty();
  }

  @Test
  void theDirectoryPagesPassAxeAndFitAPhone() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    signInAs("coordinator");
    for (String page :
        List.of(
            "/areas/klara/directory",
            "/areas/klara/directory/ungdomsjouren",
            "/areas/klara/directory/ungdomsjouren/edit",
            "/areas/klara/onboarding")) {
      open(page);
      waiting().until(d -> "complete".equals(script("return document.readyState")));
      assertThat(driver.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
      assertThat(
              (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no horizontal scrolling at 390 px on %s", page)
          .isTrue();
      String name = page.replace("/areas/klara/", "").replace('/', '-');
      Files.write(
          OUTPUT.resolve(name + "-390x844.png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Axe.Report report = Axe.check(driver, name, OUTPUT.resolve("axe-" + name + "-390.json"));
      assertThat(report.violations()).as(report.describe()).isEmpty();
    }
  }
}
