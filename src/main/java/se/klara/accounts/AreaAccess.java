package se.klara.accounts;

import java.util.List;
import org.springframework.stereotype.Service;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.shared.Actor;
import se.klara.shared.NotFoundException;

/**
 * Scopes data to areas: a user reaches only areas they are a member of. Another area answers
 * exactly like one that does not exist (404), so that area names cannot be probed.
 */
@Service
public class AreaAccess {
  private final Areas areas;
  private final AccountRepository repository;

  AreaAccess(Areas areas, AccountRepository repository) {
    this.areas = areas;
    this.repository = repository;
  }

  public Area require(Actor actor, String slug) {
    Area area = areas.bySlug(slug).orElseThrow(() -> new NotFoundException("area"));
    if (!repository.isMember(actor.userId(), area.id())) {
      throw new NotFoundException("area");
    }
    return area;
  }

  public List<Area> areasOf(Actor actor) {
    return areas.withIds(repository.areaIdsOf(actor.userId()));
  }
}
