package se.klara.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.klara.directory.HolidayPolicy;
import se.klara.directory.Need;
import se.klara.directory.OrganisationKind;
import se.klara.directory.TargetGroup;
import se.klara.forums.ForumLevel;
import se.klara.forums.MeetingStatus;
import se.klara.forums.QuestionStatus;
import se.klara.privacy.Finding;
import se.klara.privacy.Verdict;

/** Swedish and English are both complete, and every key the code asks for exists. */
class MessageBundleTests {
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path TEMPLATES = RESOURCES.resolve("templates");
  private static final Path JAVA = Path.of("src/main/java");

  /** The bundles named in spring.messages.basename: Swedish is the file without a suffix. */
  private static final List<String> BUNDLES =
      List.of(
          "messages",
          "i18n/directory-edit",
          "i18n/directory-interop",
          "i18n/onboarding",
          "i18n/places",
          "i18n/observations",
          "i18n/incidents",
          "i18n/situation",
          "i18n/notifications",
          "i18n/analysis",
          "i18n/goals",
          "i18n/reports",
          "i18n/forums",
          "i18n/actions");

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    Path file = RESOURCES.resolve(name);
    if (!Files.exists(file)) {
      return properties;
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Properties all(String suffix) throws IOException {
    Properties merged = new Properties();
    for (String bundle : BUNDLES) {
      merged.putAll(load(bundle + suffix + ".properties"));
    }
    return merged;
  }

  @Test
  void theBundlesAreTheOnesSpringLoads() throws IOException {
    assertThat(Files.readString(RESOURCES.resolve("application.properties")))
        .contains("spring.messages.basename=" + String.join(",", BUNDLES));
  }

  @Test
  void swedishAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
    for (String bundle : BUNDLES) {
      Properties swedish = load(bundle + ".properties");
      Properties english = load(bundle + "_en.properties");
      assertThat(new TreeSet<>(swedish.stringPropertyNames()))
          .as("keys of %s.properties (sv) versus %s_en.properties", bundle, bundle)
          .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
      swedish.forEach((key, value) -> assertThat(value.toString()).as("sv %s", key).isNotBlank());
      english.forEach((key, value) -> assertThat(value.toString()).as("en %s", key).isNotBlank());
    }
  }

  @Test
  void theTwoLanguagesAreActuallyTranslated() throws IOException {
    Properties swedish = load("messages.properties");
    Properties english = load("messages_en.properties");
    assertThat(swedish.getProperty("login.failed"))
        .isNotEqualTo(english.getProperty("login.failed"));
    assertThat(swedish.getProperty("login.failed")).startsWith("Fel användarnamn eller lösenord");
    assertThat(english.getProperty("login.failed")).startsWith("Wrong user name or password");
  }

  @Test
  void everyKeyUsedByTemplatesAndCodeExists() throws IOException {
    Set<String> used = new TreeSet<>();
    collect(TEMPLATES, Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]"), used);
    collect(TEMPLATES, Pattern.compile("#messages\\.msg\\('([a-zA-Z0-9._-]+)'"), used);
    collect(JAVA, Pattern.compile("new AccountException\\(\\s*\"[^\"]*\",\\s*\"([^\"]+)\""), used);
    collect(JAVA, Pattern.compile("rejectValue\\(\"[^\"]*\", \"([^\"]+)\""), used);
    collect(JAVA, Pattern.compile("addFlashAttribute\\(\"notice\", \"([^\"]+)\""), used);
    collect(JAVA, Pattern.compile("new Notice\\(\\s*\"([^\"]+)\""), used);
    collect(
        JAVA,
        Pattern.compile("new InputException\\(\\s*\"[^\"]*\",\\s*\"(forums\\.[^\"]+)\""),
        used);
    collect(JAVA, Pattern.compile("\"(forums\\.notice\\.[a-z-]+)\""), used);
    for (ForumLevel level : ForumLevel.values()) {
      used.add("forums.level." + level.name());
    }
    for (MeetingStatus status : MeetingStatus.values()) {
      used.add(status.key());
    }
    for (QuestionStatus status : QuestionStatus.values()) {
      used.add(status.key());
    }
    for (String kind :
        List.of("RAISED", "ESCALATED", "DECIDED", "ANSWERED", "CLOSED", "SENT_TO_ACTIONS")) {
      used.add("forums.question.event." + kind);
    }
    for (String purpose : List.of("MEETING", "TRAINING", "STUDY_VISIT", "OTHER")) {
      used.add("forums.premises.purpose." + purpose);
    }
    collect(
        JAVA, Pattern.compile("new DirectoryException\\(\\s*\"[^\"]*\",\\s*\"([^\"]+)\""), used);
    collect(JAVA, Pattern.compile("\"(analysis\\.(?:error|warning)\\.[a-z-]+)\""), used);
    for (se.klara.analysis.HotSpotClass c : se.klara.analysis.HotSpotClass.values()) {
      used.add(c.messageKey());
    }
    for (se.klara.analysis.Displacement.Interpretation i :
        se.klara.analysis.Displacement.Interpretation.values()) {
      used.add(i.messageKey());
    }
    for (Role role : Role.values()) {
      used.add("role." + role.key());
      used.add("home.role." + role.key());
    }
    for (OrganisationKind kind : OrganisationKind.values()) {
      used.add("organisation.kind." + kind.name());
    }
    for (TargetGroup group : TargetGroup.values()) {
      used.add("targetGroup." + group.name());
    }
    for (Need need : Need.values()) {
      used.add("need." + need.name());
    }
    for (HolidayPolicy policy : HolidayPolicy.values()) {
      used.add("holidayPolicy." + policy.name());
    }
    for (Finding.Label label : Finding.Label.values()) {
      used.add("briefing.privacy.label." + label.name());
      if (label.action() == Verdict.Action.BLOCK) {
        used.add("privacy.blocked." + label.name());
        used.add("briefing.privacy.blocked." + label.name());
      }
    }
    for (se.klara.actions.Status status : se.klara.actions.Status.values()) {
      used.add(status.messageKey());
    }
    for (se.klara.actions.Category category : se.klara.actions.Category.values()) {
      used.add(category.messageKey());
    }
    for (se.klara.actions.Kind kind : se.klara.actions.Kind.values()) {
      used.add("actions.kind." + kind.name());
    }
    for (se.klara.actions.Priority priority : se.klara.actions.Priority.values()) {
      used.add("actions.priority." + priority.name());
    }
    for (se.klara.actions.Verb verb : se.klara.actions.Verb.values()) {
      used.add(verb.messageKey());
      used.add("actions.note." + verb.name());
      used.add("actions.decided." + verb.name());
      used.add("actions.notice." + verb.name());
    }
    used.add("actions.verb.RAISE");
    for (se.klara.actions.Answer answer : se.klara.actions.Answer.values()) {
      used.add("actions.answer." + answer.name());
      used.add("actions.answered." + answer.name());
      used.add("actions.notice.answer." + answer.name());
      used.add("actions.verb.FEEDBACK_" + answer.name());
    }
    for (se.klara.actions.ActionRefused.Reason reason :
        se.klara.actions.ActionRefused.Reason.values()) {
      used.add("actions.api.refused." + reason.name());
    }
    for (String field : List.of("title", "note")) {
      used.add("actions.error.required." + field);
    }
    for (String age : List.of("week", "month", "quarter", "older")) {
      used.add("actions.age." + age);
    }
    for (int level = 0; level <= 5; level++) {
      used.add("situation.level." + level);
    }
    for (se.klara.goals.GoalStatus status : se.klara.goals.GoalStatus.values()) {
      used.add(status.messageKey());
      used.add("reports.goal.status." + status.name());
    }
    for (se.klara.goals.IndicatorResult result : se.klara.goals.IndicatorResult.values()) {
      used.add(result.messageKey());
    }
    for (se.klara.goals.Direction direction : se.klara.goals.Direction.values()) {
      used.add("goals.direction." + direction.name());
    }
    for (se.klara.goals.IndicatorKind kind : se.klara.goals.IndicatorKind.values()) {
      used.add("goals.kind." + kind.name());
    }
    collect(JAVA, Pattern.compile("\"((?:goals|reports)\\.[a-z0-9.-]*[a-z0-9])\""), used);
    for (DayOfWeek day : DayOfWeek.values()) {
      used.add("day." + day.name());
    }
    for (int status : new int[] {400, 401, 403, 404, 405, 500}) {
      used.add("error." + status + ".title");
      used.add("error." + status + ".text");
    }
    assertThat(used).hasSizeGreaterThan(60);
    Set<String> defined = all("").stringPropertyNames();
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(defined);
    assertThat(missing).as("keys used but not defined").isEmpty();
  }

  private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          into.add(matcher.group(1));
        }
      }
    }
  }
}
