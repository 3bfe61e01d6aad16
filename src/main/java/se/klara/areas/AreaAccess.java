package se.klara.areas;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.klara.shared.Actor;
import se.klara.shared.NotFoundException;

/**
 * Scopes data to areas: a user reaches only areas they are a member of. Another area answers
 * exactly like one that does not exist (404), so that area names cannot be probed.
 */
@Service
public class AreaAccess {
  private final Areas areas;
  private final JdbcClient jdbc;

  AreaAccess(Areas areas, JdbcClient jdbc) {
    this.areas = areas;
    this.jdbc = jdbc;
  }

  public Area require(Actor actor, String slug) {
    Area area = areas.bySlug(slug).orElseThrow(() -> new NotFoundException("area"));
    if (!isMember(actor.userId(), area.id())) {
      throw new NotFoundException("area");
    }
    return area;
  }

  public List<Area> areasOf(Actor actor) {
    return areas.withIds(
        jdbc.sql("select area_id from area_member where user_id = ?")
            .param(actor.userId())
            .query(Long.class)
            .list());
  }

  public boolean isMember(long userId, long areaId) {
    return jdbc.sql("select count(*) from area_member where user_id = ? and area_id = ?")
            .params(userId, areaId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Makes a user a member of an area (the caller audits it). */
  public void grant(long userId, long areaId) {
    jdbc.sql("insert into area_member (user_id, area_id) values (?, ?) on conflict do nothing")
        .params(userId, areaId)
        .update();
  }
}
