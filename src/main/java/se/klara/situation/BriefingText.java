package se.klara.situation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The editable sections of a briefing, in the order the meeting goes through them. Each is plain
 * text of at most {@link #MAX_LENGTH} characters.
 */
public record BriefingText(
    String summary,
    String changes,
    String places,
    String hours,
    String newPhenomena,
    String notes) {
  public static final int MAX_LENGTH = 4000;

  public BriefingText {
    summary = orEmpty(summary);
    changes = orEmpty(changes);
    places = orEmpty(places);
    hours = orEmpty(hours);
    newPhenomena = orEmpty(newPhenomena);
    notes = orEmpty(notes);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text.replace("\r\n", "\n").strip();
  }

  /** The sections by their form field name, in order. */
  public Map<String, String> byField() {
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("summary", summary);
    sections.put("changes", changes);
    sections.put("places", places);
    sections.put("hours", hours);
    sections.put("newPhenomena", newPhenomena);
    sections.put("notes", notes);
    return sections;
  }
}
