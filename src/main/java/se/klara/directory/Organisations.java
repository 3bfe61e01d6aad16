package se.klara.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds and registers organisations and their participation in areas. */
@Service
public class Organisations {
  private final JdbcClient jdbc;

  Organisations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Organisation> byId(long id) {
    return jdbc.sql("select id, slug, name, kind from organisation where id = ?")
        .param(id)
        .query(Organisation.class)
        .optional();
  }

  public Optional<Organisation> bySlug(String slug) {
    return jdbc.sql("select id, slug, name, kind from organisation where slug = ?")
        .param(slug)
        .query(Organisation.class)
        .optional();
  }

  public List<Organisation> all() {
    return jdbc.sql("select id, slug, name, kind from organisation order by name")
        .query(Organisation.class)
        .list();
  }

  /** The organisations taking part in an area's collaboration, by name. */
  public List<Organisation> participatingIn(long areaId) {
    return jdbc.sql(
            """
            select o.id, o.slug, o.name, o.kind
            from organisation o join area_organisation ao on ao.organisation_id = o.id
            where ao.area_id = ?
            order by o.name
            """)
        .param(areaId)
        .query(Organisation.class)
        .list();
  }

  /** Registers an organisation, or returns the existing one with the same slug unchanged. */
  @Transactional
  public Organisation register(String slug, String name, OrganisationKind kind) {
    jdbc.sql(
            "insert into organisation (slug, name, kind) values (?, ?, ?)"
                + " on conflict (slug) do nothing")
        .params(slug, name, kind.name())
        .update();
    return bySlug(slug).orElseThrow();
  }

  @Transactional
  public void addToArea(long organisationId, long areaId) {
    jdbc.sql(
            "insert into area_organisation (area_id, organisation_id) values (?, ?)"
                + " on conflict do nothing")
        .params(areaId, organisationId)
        .update();
  }
}
