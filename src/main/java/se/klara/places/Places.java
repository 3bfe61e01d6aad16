package se.klara.places;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;

/** Finds, registers and edits the places of an area, their aliases, outlines and asset owners. */
@Service
public class Places {
  private static final String COLUMNS = "id, area_id, slug, name, parent_id, latitude, longitude";
  private final JdbcClient jdbc;
  private final AuditLog audit;

  Places(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
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

  public Optional<Place> byId(long placeId) {
    return jdbc.sql("select " + COLUMNS + " from place where id = ?")
        .param(placeId)
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
              where up.depth < 100
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

  /** The other names of a place ("Sergels torg nedre plan" for Plattan). */
  public List<String> aliasesOf(long placeId) {
    return jdbc.sql("select aliases from place where id = ?")
        .param(placeId)
        .query((rs, n) -> strings(rs, "aliases"))
        .optional()
        .orElse(List.of());
  }

  /** The outline of a place as GeoJSON geometry text (Polygon or MultiPolygon), if it has one. */
  public Optional<String> geometryOf(long placeId) {
    return jdbc.sql("select geometry::text from place where id = ? and geometry is not null")
        .param(placeId)
        .query(String.class)
        .optional();
  }

  /**
   * Who owns what at a place: the place's own owners, and for every asset it has none for, the
   * owner recorded at the nearest place it lies within. Ordered by asset.
   */
  public List<AssetOwner> ownersOf(long placeId) {
    return jdbc
        .sql(
            """
            with recursive up as (
              select id, parent_id, 0 as depth from place where id = ?
              union all
              select p.id, p.parent_id, up.depth + 1 from place p join up on p.id = up.parent_id
              where up.depth < 100
            )
            select distinct on (o.asset) o.asset, o.organisation_id, o.place_id
            from up join place_asset_owner o on o.place_id = up.id
            order by o.asset, up.depth
            """)
        .param(placeId)
        .query(
            (rs, n) ->
                new AssetOwner(
                    Asset.valueOf(rs.getString("asset")),
                    rs.getLong("organisation_id"),
                    rs.getLong("place_id")))
        .list()
        .stream()
        .sorted(Comparator.comparing(AssetOwner::asset))
        .toList();
  }

  /** Adds an alias unless the place already has it (the demo loader; idempotent). */
  @Transactional
  public void addAliasIfMissing(long placeId, String alias) {
    jdbc.sql(
            "update place set aliases = array_append(aliases, ?) where id = ? and not (? = any(aliases))")
        .params(alias, placeId, alias)
        .update();
  }

  /** Gives a place an outline unless it has one (the demo loader; idempotent). */
  @Transactional
  public void setGeometryIfMissing(long placeId, String geoJsonGeometry) {
    jdbc.sql("update place set geometry = cast(? as jsonb) where id = ? and geometry is null")
        .params(geoJsonGeometry, placeId)
        .update();
  }

  /**
   * Records the owner of an asset at a place, by the organisation's slug, unless an owner of that
   * asset is already recorded there (the demo loader; idempotent). Unknown organisations are
   * skipped.
   */
  @Transactional
  public void addOwnerIfMissing(long placeId, Asset asset, String organisationSlug) {
    jdbc.sql(
            """
            insert into place_asset_owner (place_id, asset, organisation_id)
            select ?, ?, id from organisation where slug = ?
            on conflict (place_id, asset) do nothing
            """)
        .params(placeId, asset.name(), organisationSlug)
        .update();
  }

  /**
   * Creates or updates a place by slug with everything in the draft (name, aliases, parent, point
   * or outline, owners), audited as PLACE_CREATED or PLACE_UPDATED.
   */
  @Transactional
  public Place save(long areaId, PlaceDraft draft) {
    Place saved = upsert(areaId, draft, null);
    setParent(areaId, saved.id(), draft.parentSlug());
    return byId(saved.id()).orElseThrow();
  }

  /**
   * Saves an edit of an existing place made from the version the editor saw; refused with {@link
   * StalePlace} (nothing changed) when someone else saved the place since.
   */
  @Transactional
  public Place save(long areaId, PlaceDraft draft, int expectedVersion) {
    Place saved = upsert(areaId, draft, expectedVersion);
    setParent(areaId, saved.id(), draft.parentSlug());
    return byId(saved.id()).orElseThrow();
  }

  /** The version of a place: it grows with every save and import. */
  public int versionOf(long placeId) {
    return jdbc.sql("select version from place where id = ?")
        .param(placeId)
        .query(Integer.class)
        .single();
  }

  /** A place was saved by someone else after the editor opened it. */
  public static class StalePlace extends RuntimeException {
    StalePlace() {
      super("the place changed since it was opened");
    }
  }

  /**
   * Creates or updates all drafts by slug in one transaction; parents may refer to drafts later in
   * the list. Returns how many places were stored.
   */
  @Transactional
  public int saveAll(long areaId, List<PlaceDraft> drafts) {
    Map<String, Long> ids = new LinkedHashMap<>();
    for (PlaceDraft draft : drafts) {
      ids.put(draft.slug(), upsert(areaId, draft, null).id());
    }
    for (PlaceDraft draft : drafts) {
      setParent(areaId, ids.get(draft.slug()), draft.parentSlug());
    }
    return drafts.size();
  }

  /** Creates or updates by slug; an update with an expected version is refused when stale. */
  private Place upsert(long areaId, PlaceDraft draft, Integer expectedVersion) {
    Optional<Place> existing = bySlug(areaId, draft.slug());
    String[] aliases = draft.aliases().toArray(String[]::new);
    long id;
    if (existing.isPresent()) {
      id = existing.get().id();
      int changed =
          jdbc.sql(
                  """
                  update place set name = ?, aliases = ?, latitude = ?, longitude = ?,
                    geometry = cast(? as jsonb), version = version + 1
                  where id = ? and (cast(? as integer) is null or version = ?)
                  """)
              .params(
                  draft.name(),
                  aliases,
                  draft.latitude(),
                  draft.longitude(),
                  draft.geometry(),
                  id,
                  expectedVersion,
                  expectedVersion)
              .update();
      if (changed == 0) {
        throw new StalePlace();
      }
    } else if (expectedVersion != null) {
      throw new StalePlace(); // edited while someone else's change removed or renamed it
    } else {
      id =
          jdbc.sql(
                  """
                  insert into place (area_id, slug, name, aliases, latitude, longitude, geometry)
                  values (?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id
                  """)
              .params(
                  areaId,
                  draft.slug(),
                  draft.name(),
                  aliases,
                  draft.latitude(),
                  draft.longitude(),
                  draft.geometry())
              .query(Long.class)
              .single();
    }
    jdbc.sql("delete from place_asset_owner where place_id = ?").param(id).update();
    draft.owners().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            owner ->
                jdbc.sql(
                        "insert into place_asset_owner (place_id, asset, organisation_id)"
                            + " values (?, ?, ?)")
                    .params(id, owner.getKey().name(), owner.getValue())
                    .update());
    audit.record(
        AuditEntry.of(existing.isPresent() ? "PLACE_UPDATED" : "PLACE_CREATED", "place", id)
            .inArea(areaId));
    return byId(id).orElseThrow();
  }

  private void setParent(long areaId, long placeId, String parentSlug) {
    Long parentId =
        parentSlug == null
            ? null
            : bySlug(areaId, parentSlug)
                .map(Place::id)
                .orElseThrow(() -> new IllegalArgumentException("unknown parent " + parentSlug));
    if (parentId != null && wouldNest(placeId, parentId)) {
      throw new IllegalArgumentException("a place cannot lie within itself");
    }
    jdbc.sql("update place set parent_id = ? where id = ?").params(parentId, placeId).update();
  }

  /** Whether making {@code parentId} the parent of {@code placeId} would nest it in itself. */
  boolean wouldNest(long placeId, long parentId) {
    return byId(parentId).map(this::withAncestors).orElse(List.of()).stream()
        .anyMatch(p -> p.id() == placeId);
  }

  /** The organisations that can own assets, for choosing in a form (id, slug, name). */
  List<OrganisationChoice> organisationChoices() {
    return jdbc.sql("select id, slug, name from organisation order by name")
        .query(OrganisationChoice.class)
        .list();
  }

  /** The owners a place has itself (not inherited), with the organisations' slugs and names. */
  Map<Long, List<OwnerRow>> ownOwnersInArea(long areaId) {
    Map<Long, List<OwnerRow>> owners = new LinkedHashMap<>();
    jdbc.sql(
            """
            select o.place_id, o.asset, o.organisation_id, org.slug, org.name
            from place_asset_owner o join place p on p.id = o.place_id
            join organisation org on org.id = o.organisation_id
            where p.area_id = ? order by o.place_id, o.asset
            """)
        .param(areaId)
        .query(
            (rs, n) ->
                new OwnerRow(
                    rs.getLong("place_id"),
                    Asset.valueOf(rs.getString("asset")),
                    rs.getLong("organisation_id"),
                    rs.getString("slug"),
                    rs.getString("name")))
        .list()
        .forEach(row -> owners.computeIfAbsent(row.placeId(), k -> new ArrayList<>()).add(row));
    owners.values().forEach(list -> list.sort(Comparator.comparing(OwnerRow::asset)));
    return owners;
  }

  /** Aliases and outlines of all places in an area, by place id. */
  Map<Long, Shape> shapesInArea(long areaId) {
    Map<Long, Shape> shapes = new LinkedHashMap<>();
    jdbc.sql("select id, aliases, geometry::text as geometry from place where area_id = ?")
        .param(areaId)
        .query(
            (rs, n) ->
                shapes.put(
                    rs.getLong("id"), new Shape(strings(rs, "aliases"), rs.getString("geometry"))))
        .list();
    return shapes;
  }

  /** An organisation to choose as an owner. */
  record OrganisationChoice(long id, String slug, String name) {}

  /** An owner recorded at a place, with the organisation's slug and name for display. */
  record OwnerRow(
      long placeId, Asset asset, long organisationId, String organisationSlug, String name) {}

  /** A place's aliases and outline (GeoJSON geometry text or null). */
  record Shape(List<String> aliases, String geometry) {}

  private static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
  }
}
