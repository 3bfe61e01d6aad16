package se.klara.audit;

import java.util.Objects;

/**
 * One thing to write down. The actor and the request id are taken from the request being served;
 * {@code areaId} and {@code detail} are optional. Detail is a short, fixed phrase, never user text.
 */
public record AuditEntry(
    String action, String objectType, String objectId, Long areaId, String detail) {

  public AuditEntry {
    Objects.requireNonNull(action, "action");
    if (action.isBlank()) {
      throw new IllegalArgumentException("action must not be blank");
    }
  }

  public static AuditEntry of(String action, String objectType, Object objectId) {
    return new AuditEntry(
        action, objectType, objectId == null ? null : objectId.toString(), null, null);
  }

  public AuditEntry inArea(long area) {
    return new AuditEntry(action, objectType, objectId, area, detail);
  }

  public AuditEntry withDetail(String text) {
    return new AuditEntry(action, objectType, objectId, areaId, text);
  }
}
