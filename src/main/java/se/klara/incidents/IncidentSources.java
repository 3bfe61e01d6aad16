package se.klara.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.shared.Actor;

/** The sources of an area's incident files and their saved mappings. */
@Service
public class IncidentSources {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private final JdbcClient jdbc;
  private final IncidentVocabulary vocabulary;
  private final AuditLog audit;

  IncidentSources(JdbcClient jdbc, IncidentVocabulary vocabulary, AuditLog audit) {
    this.jdbc = jdbc;
    this.vocabulary = vocabulary;
    this.audit = audit;
  }

  public List<IncidentSource> inArea(long areaId) {
    return jdbc.sql(
            "select id, area_id, name, mapping::text from incident_source where area_id = ?"
                + " order by name")
        .param(areaId)
        .query(IncidentSources::source)
        .list();
  }

  public Optional<IncidentSource> byName(long areaId, String name) {
    return inArea(areaId).stream().filter(s -> s.name().equals(name)).findFirst();
  }

  Optional<IncidentSource> byId(long sourceId) {
    return jdbc.sql("select id, area_id, name, mapping::text from incident_source where id = ?")
        .param(sourceId)
        .query(IncidentSources::source)
        .optional();
  }

  private static IncidentSource source(ResultSet rs, int row) throws SQLException {
    return new IncidentSource(
        rs.getLong("id"),
        rs.getLong("area_id"),
        rs.getString("name"),
        SourceMappingJson.read(rs.getString("mapping")));
  }

  /**
   * Creates the source or replaces its mapping. Every category code the mapping names must be one
   * of the area's; audited as INCIDENT_SOURCE_SAVED.
   */
  @Transactional
  public IncidentSource save(Area area, String name, SourceMapping mapping, Optional<Actor> actor) {
    if (name == null || !NAME.matcher(name).matches() || name.length() > 80) {
      throw new IncidentException("name", "incidents.source.error.name");
    }
    Map<String, Long> codes = vocabulary.idsByCode(area.id());
    for (String code : mapping.categories().values()) {
      if (!codes.containsKey(code)) {
        throw new IncidentException("categories", "incidents.mapping.error.unknown-category");
      }
    }
    if (mapping.defaultCategory() != null && !codes.containsKey(mapping.defaultCategory())) {
      throw new IncidentException("defaultCategory", "incidents.mapping.error.unknown-category");
    }
    long id =
        jdbc.sql(
                """
                insert into incident_source (area_id, name, kind, mapping)
                values (?, ?, ?, cast(? as jsonb))
                on conflict (area_id, name) do update
                  set kind = excluded.kind, mapping = excluded.mapping, updated_at = now()
                returning id
                """)
            .params(area.id(), name, mapping.kind().name(), SourceMappingJson.write(mapping))
            .query(Long.class)
            .single();
    audit.record(
        actor, AuditEntry.of("INCIDENT_SOURCE_SAVED", "incident_source", id).inArea(area.id()));
    return byId(id).orElseThrow();
  }
}
