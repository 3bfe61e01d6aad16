package se.klara.privacy;

import java.util.Objects;
import se.klara.privacy.Verdict.Action;

/**
 * One thing found in a text: what it is, what to do about it, and where it is, as the character
 * range {@code [start, end)} of the original text. A finding never holds the matched value, so
 * neither its {@code toString} nor a message built from it can echo what the user typed.
 */
public record Finding(Label label, Action action, int start, int end) {

  /** What was found, with the action it calls for. */
  public enum Label {
    /** Personnummer: a Swedish personal identity number. */
    PERSONAL_IDENTITY_NUMBER(Action.BLOCK),
    /** Samordningsnummer: a personal identity number with 60 added to the day. */
    COORDINATION_NUMBER(Action.BLOCK),
    MOBILE_PHONE(Action.BLOCK),
    LANDLINE_PHONE(Action.WARN),
    EMAIL(Action.BLOCK),
    /** A word from the list of first names, written with a capital letter. */
    FIRST_NAME(Action.WARN),
    /** A word that introduces a name, such as "heter" or "kallas". */
    NAMING_WORD(Action.WARN),
    /** The detector itself failed: the text is refused (fail closed). */
    DETECTOR_FAILED(Action.BLOCK);

    private final Action action;

    Label(Action action) {
      this.action = action;
    }

    public Action action() {
      return action;
    }
  }

  public Finding {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(action, "action");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Not a range: " + start + ".." + end);
    }
  }

  /** A finding with the action its label calls for. */
  public Finding(Label label, int start, int end) {
    this(label, label.action(), start, end);
  }
}
