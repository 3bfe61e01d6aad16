package se.klara.forums;

import java.util.List;

/** A forum as posted by its form, and as the form shows it again. */
public record ForumForm(
    String name,
    String level,
    String purpose,
    Long convenorUnitId,
    Long standInUnitId,
    String rrule,
    String startTime,
    Integer durationMinutes,
    String location,
    Long parentId,
    String agendaTemplate,
    List<Long> participantIds) {

  static ForumForm of(Forum f) {
    return new ForumForm(
        f.name(),
        f.level().name(),
        f.purpose(),
        f.convenorUnitId(),
        f.standInUnitId(),
        f.rrule(),
        f.startTime().toString(),
        f.durationMinutes(),
        f.location(),
        f.parentId(),
        f.agendaTemplate(),
        f.participantIds());
  }

  static ForumForm empty() {
    return new ForumForm(
        "",
        "OPERATIONAL",
        "",
        null,
        null,
        "FREQ=WEEKLY;BYDAY=TU,TH",
        "15:00",
        60,
        "",
        null,
        ForumDraft.SHORT_AGENDA,
        List.of());
  }

  public boolean participates(long organisationId) {
    return participantIds != null && participantIds.contains(organisationId);
  }

  ForumDraft draft() {
    ForumLevel lv;
    try {
      lv = level == null ? null : ForumLevel.valueOf(level);
    } catch (IllegalArgumentException e) {
      lv = null;
    }
    return new ForumDraft(
        name,
        lv,
        purpose,
        convenorUnitId,
        standInUnitId,
        rrule,
        ForumController.time("startTime", startTime),
        durationMinutes == null ? 60 : durationMinutes,
        location,
        parentId,
        agendaTemplate,
        participantIds);
  }
}
