package se.klara.forums;

import java.time.LocalTime;
import java.util.List;

/** What a coordinator enters for a forum; checked by {@link Forums#create}. */
public record ForumDraft(
    String name,
    ForumLevel level,
    String purpose,
    Long convenorUnitId,
    Long standInUnitId,
    String rrule,
    LocalTime startTime,
    int durationMinutes,
    String location,
    Long parentId,
    String agendaTemplate,
    List<Long> participantIds) {

  public ForumDraft {
    name = name == null ? "" : name.strip();
    purpose = purpose == null ? "" : purpose.strip();
    rrule = rrule == null || rrule.isBlank() ? null : rrule.strip();
    startTime = startTime == null ? LocalTime.of(15, 0) : startTime;
    location = location == null ? "" : location.strip();
    agendaTemplate = agendaTemplate == null ? "" : agendaTemplate.strip();
    participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
  }

  /** The short agenda the field asked for: situation, needs, who does what tonight. */
  public static final String SHORT_AGENDA =
      "Lägesbild sedan sist\nBehov av stöd mellan aktörerna\nVem gör vad i kväll";
}
