package se.klara.incidents;

import java.util.Objects;

/** A place incident files come from, with its saved column and category mapping. */
public record IncidentSource(long id, long areaId, String name, SourceMapping mapping) {
  public IncidentSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mapping, "mapping");
  }

  public SourceKind kind() {
    return mapping.kind();
  }
}
