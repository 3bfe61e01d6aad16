package se.klara.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks free text for persons before it is stored (MISSION.md §4: places and phenomena, never
 * persons). Swedish personal identity and coordination numbers, mobile phone numbers and e-mail
 * addresses block the text; landline numbers, first names and words that introduce a name ("heter",
 * "kallas") warn. Unicode look-alikes (full-width digits, other dashes, zero-width characters) are
 * normalised first; findings point into the original text.
 *
 * <p>Fails closed: if a detector fails, the verdict is {@link Verdict.Action#BLOCK} with the label
 * {@link Finding.Label#DETECTOR_FAILED}. Plain Java: the command line creates it without the
 * application context.
 */
@Component
public class PrivacyGuard {
  private static final Logger log = LoggerFactory.getLogger(PrivacyGuard.class);

  /** Birth dates are Swedish calendar dates. */
  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final Clock clock;
  private final Names names;
  private final IdentityNumbers identityNumbers = new IdentityNumbers();
  private final PhoneNumbers phoneNumbers = new PhoneNumbers();
  private final EmailAddresses emailAddresses = new EmailAddresses();

  /** A guard on the system clock, for use outside the application context. */
  public PrivacyGuard() {
    this(Clock.system(SWEDEN));
  }

  /** A guard that takes "today" (no identity number is born in the future) from the clock. */
  @Autowired
  public PrivacyGuard(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.names = DefaultNames.NAMES;
  }

  /** What the text holds that could identify a person, and what to do about it. */
  public Verdict check(String text) {
    if (text == null || text.isEmpty()) {
      return Verdict.of(List.of());
    }
    try {
      NormalisedText normalised = NormalisedText.of(text);
      LocalDate today = LocalDate.ofInstant(clock.instant(), SWEDEN);
      List<Finding> findings = new ArrayList<>();
      identityNumbers.find(normalised, today, findings);
      phoneNumbers.find(normalised, findings);
      emailAddresses.find(normalised, findings);
      names.find(normalised, findings);
      return Verdict.of(withoutNoiseInsideBlocks(findings));
    } catch (RuntimeException | StackOverflowError e) {
      // Neither the text nor the exception's message (which may quote it) goes to the log.
      StackTraceElement[] trace = e.getStackTrace();
      log.error(
          "Privacy detector failed with {} at {} on a text of {} characters; the text is refused.",
          e.getClass().getName(),
          trace.length > 0 ? trace[0] : "?",
          text.length());
      return Verdict.of(List.of(new Finding(Finding.Label.DETECTOR_FAILED, 0, text.length())));
    }
  }

  /**
   * Drops findings that lie inside a blocking finding of another label, such as a first name in the
   * local part of an e-mail address: the block already covers them.
   */
  private static List<Finding> withoutNoiseInsideBlocks(List<Finding> findings) {
    return findings.stream()
        .filter(
            finding ->
                findings.stream()
                    .noneMatch(
                        block ->
                            block.action() == Verdict.Action.BLOCK
                                && block.label() != finding.label()
                                && finding.action() != Verdict.Action.BLOCK
                                && block.start() <= finding.start()
                                && finding.end() <= block.end()))
        .toList();
  }

  /** The first-name list, read once. */
  private static final class DefaultNames {
    static final Names NAMES = Names.fromClasspath();
  }
}
