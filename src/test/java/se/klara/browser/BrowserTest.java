package se.klara.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.klara.support.IntegrationTest;

/** Base of browser tests: one headless Chromium per test class against the running server. */
abstract class BrowserTest extends IntegrationTest {
  static final Path OUTPUT = Path.of("target", "screenshots");
  static Chromium chromium;
  static WebDriver driver;

  @BeforeAll
  static void startBrowser() throws Exception {
    Files.createDirectories(OUTPUT);
    chromium = Chromium.start();
    driver = chromium.driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }

  void open(String path) {
    driver.get("http://127.0.0.1:" + port + path);
  }

  /** Signs in as a demo account in a fresh session (cookies of earlier tests are dropped). */
  void signInAs(String username) {
    open("/login");
    driver.manage().deleteAllCookies();
    open("/login");
    driver.findElement(By.name("username")).sendKeys(username);
    driver.findElement(By.name("password")).sendKeys(DEMO_PASSWORD);
    driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".badge")));
  }

  Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }
}
