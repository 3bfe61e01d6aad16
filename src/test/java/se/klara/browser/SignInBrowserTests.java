package se.klara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.klara.support.IntegrationTest;

/**
 * The sign-in journey in a real headless Chromium: every demo role signs in through the form,
 * switches language and signs out; the pages pass axe-core and fit a 390 px phone screen.
 * Screenshots and axe results go to {@code target/screenshots}.
 */
class SignInBrowserTests extends IntegrationTest {
  private static final Path OUTPUT = Path.of("target", "screenshots");
  private static final int PHONE_WIDTH = 390;
  private static final int PHONE_HEIGHT = 844;
  private static final int DESKTOP_WIDTH = 1280;
  private static final int DESKTOP_HEIGHT = 800;

  private static Chromium chromium;
  private static WebDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    Files.createDirectories(OUTPUT);
    chromium = Chromium.start();
    driver = chromium.driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Every test starts signed out, in the default language, at desktop size. */
  @BeforeEach
  void freshVisitor() {
    open("/login");
    driver.manage().deleteAllCookies();
    resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "admin,       Administratör, Administrator",
    "coordinator, Samordnare,    Coordinator",
    "field,       Fältpersonal,  Field worker",
    "owner,       Ägare,         Owner",
    "steering,    Styrgrupp,     Steering group",
    "partner,     Partner,       Partner"
  })
  void eachRoleSignsInSeesItsRoleInBothLanguagesAndSignsOut(
      String username, String swedishRole, String englishRole) throws IOException {
    String displayName = displayNameOf(username);

    signIn(username, DEMO_PASSWORD);
    assertThat(path()).isEqualTo("/");
    assertThat(text(By.tagName("h1"))).isEqualTo("Välkommen, " + displayName);
    assertThat(text(By.cssSelector(".badge"))).isEqualTo(swedishRole);
    assertThat(htmlLang()).isEqualTo("sv");

    screenshot(username + "-home", PHONE_WIDTH, PHONE_HEIGHT);
    screenshot(username + "-home", DESKTOP_WIDTH, DESKTOP_HEIGHT);

    driver.findElement(By.cssSelector("a[hreflang=en]")).click();
    waitForLang("en");
    assertThat(text(By.tagName("h1"))).isEqualTo("Welcome, " + displayName);
    assertThat(text(By.cssSelector(".badge"))).isEqualTo(englishRole);
    assertThat(driver.findElements(By.cssSelector("html[lang=en]"))).hasSize(1);

    driver.findElement(By.cssSelector("a[hreflang=sv]")).click();
    waitForLang("sv");
    assertThat(text(By.cssSelector(".badge"))).isEqualTo(swedishRole);

    driver.findElement(By.cssSelector("form.sign-out button.link-button")).click();
    wait(10).until(ExpectedConditions.urlContains("/login?logout"));
    assertThat(text(By.cssSelector("p.notice[role=status]"))).isEqualTo("Du är utloggad.");
    assertThat(driver.findElements(By.cssSelector("form.sign-out"))).isEmpty();

    open("/");
    assertThat(path()).isEqualTo("/");
    assertThat(driver.findElements(By.linkText("Logga in"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".badge"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("form.sign-out"))).isEmpty();
  }

  @Test
  void aWrongPasswordKeepsTheVisitorOnTheLoginPageWithASwedishMessage() {
    signIn("okand-anvandare", "inte-" + DEMO_PASSWORD);

    wait(10).until(ExpectedConditions.urlContains("/login?error"));
    assertThat(text(By.cssSelector("p.error[role=alert]")))
        .startsWith("Fel användarnamn eller lösenord");
    assertThat(driver.findElements(By.cssSelector("form.sign-out"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector(".badge"))).isEmpty();
    assertThat(htmlLang()).isEqualTo("sv");
  }

  @Test
  void theLoginAndPublicPagesHaveNoAxeViolationsAtPhoneAndDesktopWidths() {
    List<Axe.Report> reports = new ArrayList<>();
    open("/login");
    reports.addAll(axeAtBothWidths("login"));
    open("/");
    reports.addAll(axeAtBothWidths("public"));
    signIn("okand-anvandare", "inte-" + DEMO_PASSWORD);
    wait(10).until(ExpectedConditions.urlContains("/login?error"));
    reports.addAll(axeAtBothWidths("login-error"));

    assertNoViolations(reports);
  }

  /** Guards the checks above against an axe run that silently tests nothing. */
  @Test
  void theAxeCheckReportsAProblemPlantedInThePage() {
    open("/login");
    script(
        "var img = document.createElement('img'); img.src = '/static/img/favicon.svg';"
            + " img.id = 'planted'; document.querySelector('main').appendChild(img);");

    Axe.Report report = Axe.check(driver, "planted", OUTPUT.resolve("axe-planted.json"));

    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.id()).isEqualTo("image-alt");
              assertThat(v.impact()).isEqualTo("critical");
              assertThat(v.nodes()).singleElement().asString().startsWith("#planted");
            });
    assertThat(report.describe()).contains("image-alt (critical)", "at #planted");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"admin", "coordinator", "field", "owner", "steering", "partner"})
  void theHomePageOfEachRoleHasNoAxeViolationsAtPhoneAndDesktopWidths(String username) {
    signIn(username, DEMO_PASSWORD);
    assertThat(path()).isEqualTo("/");

    assertNoViolations(axeAtBothWidths("home-" + username));
  }

  /**
   * axe does not judge focus indicators: every control in the dark header, reached with the Tab
   * key, must show an outline with at least 3:1 contrast against the header (WCAG 1.4.11).
   */
  @Test
  void keyboardFocusInTheHeaderStandsOutAgainstTheHeader() {
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    open("/login");
    tabThroughHeader("login", checked, problems);
    signIn("coordinator", DEMO_PASSWORD);
    tabThroughHeader("home", checked, problems);

    assertThat(checked)
        .as("header controls reached with Tab")
        .contains(
            "login: a.skip-link",
            "login: a.brand",
            "login: a[hreflang=en]",
            "home: a \"Hem\"",
            "home: summary \"Områden\"",
            "home: a[hreflang=sv]",
            "home: button.link-button");
    assertThat(problems)
        .withFailMessage(
            () -> "focus hard to see in the header:\n  " + String.join("\n  ", problems))
        .isEmpty();
  }

  @Test
  void theLoginPageFitsA390PixelScreenWithoutHorizontalScrolling() {
    resize(PHONE_WIDTH, PHONE_HEIGHT);
    open("/login");
    assertNoHorizontalScroll("login (sv)");
    open("/login?lang=en");
    waitForLang("en");
    assertNoHorizontalScroll("login (en)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"admin", "coordinator", "field", "owner", "steering", "partner"})
  void theHomePageOfEachRoleFitsA390PixelScreenWithoutHorizontalScrolling(String username) {
    resize(PHONE_WIDTH, PHONE_HEIGHT);
    signIn(username, DEMO_PASSWORD);
    assertThat(path()).isEqualTo("/");
    assertNoHorizontalScroll("home of " + username + " (sv)");
    open("/?lang=en");
    waitForLang("en");
    assertNoHorizontalScroll("home of " + username + " (en)");
  }

  // --- helpers -----------------------------------------------------------------------------

  private String displayNameOf(String username) {
    return jdbc.sql("select display_name from app_user where username = ?")
        .param(username)
        .query(String.class)
        .single();
  }

  private void open(String path) {
    driver.get("http://127.0.0.1:" + port + path);
  }

  private String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  private void signIn(String username, String password) {
    open("/login");
    WebElement form = driver.findElement(By.cssSelector("form.form[action$='/login']"));
    form.findElement(By.name("username")).sendKeys(username);
    form.findElement(By.name("password")).sendKeys(password);
    String loginPage = driver.getCurrentUrl();
    form.findElement(By.cssSelector("button[type=submit]")).click();
    // success leads to "/", failure to "/login?error": either way away from the plain form
    wait(10).until(ExpectedConditions.not(ExpectedConditions.urlToBe(loginPage)));
    wait(10).until(d -> "complete".equals(script("return document.readyState")));
  }

  private WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  private void waitForLang(String lang) {
    wait(10).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
  }

  private String text(By by) {
    return driver.findElement(by).getText().strip();
  }

  private String htmlLang() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  private Object script(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /**
   * Gives the page a viewport of exactly this size. Headless Chromium's window has no visible
   * browser chrome, but its height still counts some (about 140 px), so the window is made taller
   * by what the viewport lacks.
   */
  private void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    // Under load the browser may report the viewport before it has applied a resize: adjust,
    // give it a moment, and measure again until the viewport is right.
    try {
      wait(10)
          .until(
              d -> {
                long shortfall =
                    height - ((Number) script("return window.innerHeight")).longValue();
                long narrower = width - ((Number) script("return window.innerWidth")).longValue();
                if (shortfall == 0 && narrower == 0) {
                  return true;
                }
                Dimension window = d.manage().window().getSize();
                d.manage()
                    .window()
                    .setSize(
                        new Dimension(
                            (int) (window.getWidth() + narrower),
                            (int) (window.getHeight() + shortfall)));
                return false;
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      // the assertion below says what the viewport is
    }
    assertThat(script("return [window.innerWidth, window.innerHeight]"))
        .as("viewport after resizing the window for %d×%d", width, height)
        .isEqualTo(List.of((long) width, (long) height));
  }

  private void screenshot(String name, int width, int height) throws IOException {
    resize(width, height);
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("screenshot %s is a PNG", name).isNotNull();
    assertThat(image.getWidth()).as("width of screenshot %s", name).isEqualTo(width);
    assertThat(image.getHeight()).as("height of screenshot %s", name).isEqualTo(height);
    Files.write(OUTPUT.resolve(name + "-" + width + "x" + height + ".png"), png);
  }

  private List<Axe.Report> axeAtBothWidths(String page) {
    List<Axe.Report> reports = new ArrayList<>();
    for (int[] size : new int[][] {{PHONE_WIDTH, PHONE_HEIGHT}, {DESKTOP_WIDTH, DESKTOP_HEIGHT}}) {
      resize(size[0], size[1]);
      String name = page + "-" + size[0];
      reports.add(Axe.check(driver, name, OUTPUT.resolve("axe-" + name + ".json")));
    }
    return reports;
  }

  private static void assertNoViolations(List<Axe.Report> reports) {
    String message =
        reports.stream()
            .filter(r -> !r.violations().isEmpty())
            .map(Axe.Report::describe)
            .collect(Collectors.joining("\n"));
    assertThat(reports.stream().mapToInt(r -> r.violations().size()).sum())
        .withFailMessage(() -> message)
        .isZero();
  }

  /**
   * Presses Tab from the top of the page until focus leaves the header, noting each focused control
   * and any whose focus outline is missing, thin or low in contrast.
   */
  @SuppressWarnings("unchecked")
  private void tabThroughHeader(String page, List<String> checked, List<String> problems) {
    // start before the first control, also where a field has autofocus
    script(
        "document.body.tabIndex = -1; document.body.focus();"
            + " document.body.removeAttribute('tabindex'); window.scrollTo(0, 0);");
    for (int i = 0; i < 30; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      Map<String, Object> focus =
          (Map<String, Object>)
              script(
                  """
                  var e = document.activeElement, header = document.querySelector('header');
                  if (!e.classList.contains('skip-link') && !header.contains(e)) return null;
                  var style = getComputedStyle(e);
                  var name = e.tagName.toLowerCase()
                    + (e.hasAttribute('hreflang') ? '[hreflang=' + e.getAttribute('hreflang') + ']'
                      : e.classList.length ? '.' + e.classList[0]
                      : ' "' + e.textContent.trim() + '"');
                  return { name: name, focusVisible: e.matches(':focus-visible'),
                    style: style.outlineStyle, width: parseFloat(style.outlineWidth),
                    color: style.outlineColor, background: getComputedStyle(header).backgroundColor };
                  """);
      if (focus == null) {
        return;
      }
      String name = page + ": " + focus.get("name");
      checked.add(name);
      double contrast =
          contrast(rgb((String) focus.get("color")), rgb((String) focus.get("background")));
      if (!Boolean.TRUE.equals(focus.get("focusVisible"))
          || "none".equals(focus.get("style"))
          || ((Number) focus.get("width")).doubleValue() < 2
          || contrast < 3) {
        problems.add(
            String.format(
                Locale.ROOT,
                "%s: outline %s %spx %s, %.2f:1 against the header's %s",
                name,
                focus.get("style"),
                focus.get("width"),
                focus.get("color"),
                contrast,
                focus.get("background")));
      }
    }
    throw new AssertionError("Tab never left the header of " + page);
  }

  private static int[] rgb(String cssColour) {
    Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(cssColour);
    if (!m.lookingAt()) {
      throw new IllegalArgumentException("not an rgb() colour: " + cssColour);
    }
    return new int[] {
      Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))
    };
  }

  /** WCAG 2 contrast ratio of two sRGB colours. */
  private static double contrast(int[] a, int[] b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(int[] rgb) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double s = rgb[i] / 255.0;
      c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  private void assertNoHorizontalScroll(String page) {
    long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
    long innerWidth = ((Number) script("return window.innerWidth")).longValue();
    assertThat(innerWidth).as("viewport width on %s", page).isEqualTo(PHONE_WIDTH);
    assertThat(scrollWidth)
        .as("document width on %s at %d px (wider means horizontal scrolling)", page, innerWidth)
        .isLessThanOrEqualTo(innerWidth);
  }
}
