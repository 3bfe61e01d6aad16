package se.klara.places;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds and registers the places of an area. */
@Service
public class Places {
  private static final String COLUMNS = "id, area_id, slug, name, parent_id, latitude, longitude";
  private final JdbcClient jdbc;

  Places(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Place> inArea(long areaId) {
    return jdbc.sql("select " + COLUMNS + " from place where area_id = ? order by name")
        .param(areaId)
        .query(Place.class)
        .list();
  }

  public Optional<Place> bySlug(long areaId, String slug) {
    return jdbc.sql("select " + COLUMNS + " from place where area_id = ? and slug = ?")
        .params(areaId, slug)
        .query(Place.class)
        .optional();
  }

  /** The place and every place it lies within, innermost first. */
  public List<Place> withAncestors(Place place) {
    return jdbc.sql(
            """
            with recursive up as (
              select p.*, 0 as depth from place p where p.id = ?
              union all
              select p.*, up.depth + 1 from place p join up on p.id = up.parent_id
            )
            select id, area_id, slug, name, parent_id, latitude, longitude from up order by depth
            """)
        .param(place.id())
        .query(Place.class)
        .list();
  }

  /** Registers a place, or returns the existing one with the same slug in the area unchanged. */
  @Transactional
  public Place register(
      long areaId, String slug, String name, Long parentId, Double latitude, Double longitude) {
    jdbc.sql(
            """
            insert into place (area_id, slug, name, parent_id, latitude, longitude)
            values (?, ?, ?, ?, ?, ?)
            on conflict (area_id, slug) do nothing
            """)
        .params(areaId, slug, name, parentId, latitude, longitude)
        .update();
    return bySlug(areaId, slug).orElseThrow();
  }
}
