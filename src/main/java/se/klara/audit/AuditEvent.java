package se.klara.audit;

import java.time.Instant;

/** A written audit row as it is shown to administrators. */
public record AuditEvent(
    long id,
    Instant occurredAt,
    Long actorUserId,
    String actorUsername,
    Long organisationId,
    String action,
    String objectType,
    String objectId,
    Long areaId,
    String requestId,
    String detail) {
  private static final java.time.format.DateTimeFormatter UTC =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
          .withZone(java.time.ZoneOffset.UTC);

  /** The time as shown in the audit view: UTC, to the second. */
  public String occurredAtUtc() {
    return UTC.format(occurredAt);
  }
}
