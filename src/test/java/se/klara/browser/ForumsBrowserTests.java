package se.klara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.klara.support.TestMail;

/**
 * The forums' acceptance path in Chromium: a coordinator creates a forum with a cadence and its
 * next meetings appear; a field worker raises a question at a briefing; it is escalated to the
 * strategic forum and answered there; the field worker sees the answer in Klara and the e-mail
 * arrives (in the in-process SMTP server).
 */
class ForumsBrowserTests extends BrowserTest {

  private void axe(String name) throws Exception {
    Files.write(
        OUTPUT.resolve("forums-" + name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Axe.Report report = Axe.check(driver, name, OUTPUT.resolve("axe-forums-" + name + ".json"));
    assertThat(report.violations()).as(report.describe()).isEmpty();
  }

  private void submit(String formSelector) {
    WebElement form = driver.findElement(By.cssSelector(formSelector));
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  @Test
  void aQuestionRaisedAtTheBriefingIsEscalatedAnsweredAndTheFieldWorkerIsTold() throws Exception {
    // 1. The coordinator creates a forum with a cadence: its next meetings appear.
    signInAs("coordinator");
    open("/areas/klara/forums/new?lang=sv");
    driver.findElement(By.id("name")).sendKeys("Utsättning Liljeholmsbron");
    new Select(driver.findElement(By.id("level"))).selectByValue("OPERATIONAL");
    WebElement rule = driver.findElement(By.id("rrule"));
    rule.clear();
    rule.sendKeys("FREQ=WEEKLY;BYDAY=TU,TH");
    axe("new-forum");
    submit("#forum-form");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upcoming-meetings")));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Utsättning Liljeholmsbron");
    assertThat(driver.findElements(By.cssSelector("#upcoming-meetings li"))).hasSizeGreaterThan(4);
    assertThat(driver.findElements(By.cssSelector("#upcoming-meetings time")))
        .allMatch(t -> t.getText().endsWith("15:00"));
    axe("forum");

    // 2. A field worker raises a question at the next briefing of Klara samverkansutsättning.
    long briefing =
        jdbc.sql(
                """
                select m.id from meeting m join forum f on f.id = m.forum_id
                where f.name = 'Klara samverkansutsättning' and m.starts_at > now()
                order by m.starts_at limit 1
                """)
            .query(Long.class)
            .single();
    signInAs("field");
    open("/areas/klara/meetings/" + briefing + "?lang=sv");
    assertThat(driver.findElement(By.id("agenda")).getText()).contains("Lägesbild sedan sist");
    axe("meeting");
    driver
        .findElement(By.id("question-text"))
        .sendKeys("Lampan i trappan mot Plattan är släckt; mörkt hörn där det säljs.");
    submit("#raise-form");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
    String questionUrl = driver.getCurrentUrl();
    assertThat(driver.findElement(By.id("history")).getText())
        .contains("Klara samverkansutsättning");

    // 3. The coordinator raises it to Platssamverkan Klara, where it is answered.
    signInAs("coordinator");
    driver.get(questionUrl);
    driver
        .findElement(By.id("escalate-text"))
        .sendKeys("Belysning hanteras i det strategiska forumet.");
    submit("#escalate-form");
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("history"), "Platssamverkan Klara"));
    assertThat(driver.findElement(By.cssSelector(".facts")).getText())
        .contains("Platssamverkan Klara");
    driver
        .findElement(By.id("answer-field"))
        .sendKeys("Trafikkontoret byter armaturen vecka 12; platsansvarig följer upp.");
    Select meeting = new Select(driver.findElement(By.id("answer-meeting")));
    meeting.selectByIndex(1);
    submit("#answer-form");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("answer-text")));
    assertThat(driver.findElement(By.cssSelector(".question-status")).getText())
        .isEqualTo("besvarad");

    // 4. The field worker sees the answer in Klara and receives the e-mail.
    signInAs("field");
    open("/notifications?lang=sv");
    assertThat(driver.findElement(By.cssSelector(".notification-list")).getText())
        .contains("Din fråga har besvarats i Platssamverkan Klara")
        .contains("Trafikkontoret byter armaturen vecka 12");
    driver.get(questionUrl);
    assertThat(driver.findElement(By.id("answer-text")).getText())
        .isEqualTo("Trafikkontoret byter armaturen vecka 12; platsansvarig följer upp.");
    assertThat(driver.findElement(By.id("history")).getText())
        .contains("Lyft vidare")
        .contains("Besvarad");
    axe("question");
    TestMail.Mail mail =
        TestMail.await(
            "field@demo.klara.invalid",
            "Din fråga har besvarats i Platssamverkan Klara: Lampan i trappan",
            Duration.ofSeconds(15));
    assertThat(mail.body()).contains("Trafikkontoret byter armaturen vecka 12");

    // The follow-up page draws its charts and passes the accessibility check too.
    open("/areas/klara/forums/follow-up?from=2019-02-01&to=2019-08-31&lang=sv");
    waiting()
        .until(d -> !d.findElements(By.cssSelector("canvas.bar-chart[data-drawn=true]")).isEmpty());
    waiting()
        .until(
            d -> !d.findElements(By.cssSelector("#escalation-chart[data-drawn=true]")).isEmpty());
    axe("follow-up");
  }
}
