package se.klara.areas;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds and registers collaboration areas. */
@Service
public class Areas {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String COLUMNS = "id, slug, name, description, statistical_area_code";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  Areas(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  public Optional<Area> bySlug(String slug) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      return Optional.empty();
    }
    return jdbc.sql("select " + COLUMNS + " from area where slug = ?")
        .param(slug)
        .query(Area.class)
        .optional();
  }

  public List<Area> all() {
    return jdbc.sql("select " + COLUMNS + " from area order by name").query(Area.class).list();
  }

  public List<Area> withIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from area where id in (:ids) order by name")
        .param("ids", ids)
        .query(Area.class)
        .list();
  }

  /**
   * Registers an area, or returns the existing one with the same slug unchanged. A new area is
   * announced as {@link AreaRegistered} within this transaction, so its listeners' work (such as
   * the standard vocabulary of observations) is stored together with the area or not at all.
   */
  @Transactional
  public Area register(String slug, String name, String description, String statisticalAreaCode) {
    if (!SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("slug must be lower-case letters, digits and dashes");
    }
    boolean created =
        jdbc.sql(
                """
                insert into area (slug, name, description, statistical_area_code)
                values (?, ?, ?, ?)
                on conflict (slug) do nothing
                returning id
                """)
            .params(slug, name, description, statisticalAreaCode)
            .query(Long.class)
            .optional()
            .isPresent();
    Area area = bySlug(slug).orElseThrow();
    if (created) {
      events.publishEvent(new AreaRegistered(area));
    }
    return area;
  }
}
