package se.klara.forums;

import java.time.LocalTime;
import java.util.List;

/**
 * A forum of an area: its level, purpose, convenor and stand-in (directory functions), standing
 * participants, cadence, where it meets, the forum above it and its agenda template.
 *
 * @param rrule the cadence as an RRULE, or null for a forum that meets ad hoc (FO Klara)
 * @param parentId the next forum up, or null at the top
 */
public record Forum(
    long id,
    long areaId,
    String name,
    ForumLevel level,
    String purpose,
    Long convenorUnitId,
    String convenorName,
    Long standInUnitId,
    String standInName,
    String rrule,
    LocalTime startTime,
    int durationMinutes,
    String location,
    Long parentId,
    String parentName,
    String agendaTemplate,
    List<Long> participantIds) {

  public Forum {
    participantIds = List.copyOf(participantIds);
  }

  /** The agenda template's items, one per non-blank line. */
  public List<String> agendaItems() {
    return agendaTemplate.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** The message key naming the level. */
  public String levelKey() {
    return "forums.level." + level.name();
  }
}
