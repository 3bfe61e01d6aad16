package se.klara.forums;

/**
 * Who was present at a meeting: an organisation, optionally the function (directory unit), how many
 * people, and optionally how many of them were women and men (the seed's gender perspective).
 */
public record AttendanceLine(
    long id,
    long organisationId,
    String organisationName,
    Long unitId,
    String unitName,
    int people,
    Integer women,
    Integer men) {}
