package se.klara.forums;

import java.util.List;

/**
 * A meeting's agenda: the forum's template, the open questions lying with the forum, the briefing
 * (operational meetings) and the blocks other modules contribute.
 *
 * @param briefingLink path of the operational briefing for the meeting day, or null
 * @param briefingSummary the briefing's summary, or null
 */
public record Agenda(
    List<String> items,
    List<Question> openQuestions,
    String briefingLink,
    String briefingSummary,
    List<Block> contributed) {

  /** A contributor's heading and its entries. */
  public record Block(String heading, List<AgendaEntry> entries) {}
}
