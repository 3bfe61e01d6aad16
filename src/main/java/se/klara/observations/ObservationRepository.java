package se.klara.observations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of observations, their phenomena, counts and origins, and the area vocabularies. */
@Repository
class ObservationRepository {
  private static final String SELECT =
      """
      select o.id, o.area_id, o.place_id, p.slug as place_slug, p.name as place_name,
             o.author_user_id, u.display_name as author_name, o.organisation_id,
             org.name as organisation_name, o.window_start, o.window_end, o.intensity,
             o.estimated_count, o.new_faces, o.note, o.synthetic, o.version, o.created_at,
             o.updated_at
      from observation o
      join place p on p.id = o.place_id
      join organisation org on org.id = o.organisation_id
      left join app_user u on u.id = o.author_user_id
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ObservationRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** The columns of one observation with its phenomena, counts and origins. */
  record Row(
      long areaId,
      long placeId,
      Long authorUserId,
      long organisationId,
      Instant from,
      Instant to,
      Intensity intensity,
      Integer estimatedCount,
      NewFaces newFaces,
      String note,
      boolean synthetic,
      Instant createdAt,
      List<Long> phenomenonIds,
      GroupCounts counts,
      List<OriginCount> origins) {}

  List<Phenomenon> vocabulary(long areaId) {
    return jdbc.sql(
            """
            select id, area_id, code, name_sv, name_en from observation_phenomenon
            where area_id = ? and active order by position, id
            """)
        .param(areaId)
        .query(Phenomenon.class)
        .list();
  }

  void addPhenomenon(long areaId, String code, String nameSv, String nameEn, int position) {
    jdbc.sql(
            """
            insert into observation_phenomenon (area_id, code, name_sv, name_en, position)
            values (?, ?, ?, ?, ?) on conflict (area_id, code) do nothing
            """)
        .params(areaId, code, nameSv, nameEn, position)
        .update();
  }

  long insert(Row row) {
    long id =
        jdbc.sql(
                """
                insert into observation (area_id, place_id, author_user_id, organisation_id,
                    window_start, window_end, intensity, estimated_count, new_faces, note,
                    synthetic, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id
                """)
            .params(
                row.areaId(),
                row.placeId(),
                row.authorUserId(),
                row.organisationId(),
                Timestamp.from(row.from()),
                Timestamp.from(row.to()),
                row.intensity() == null ? null : row.intensity().name(),
                row.estimatedCount(),
                row.newFaces().name(),
                row.note(),
                row.synthetic(),
                Timestamp.from(row.createdAt()),
                Timestamp.from(row.createdAt()))
            .query(Long.class)
            .single();
    insertParts(id, row);
    return id;
  }

  /** Inserts many observations with a few batched statements (the demo data); their ids. */
  List<Long> insertAll(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids =
        jdbc.sql(
                "select nextval(pg_get_serial_sequence('observation', 'id')) from"
                    + " generate_series(1, ?)")
            .param(rows.size())
            .query(Long.class)
            .list();
    List<Object[]> observations = new ArrayList<>();
    List<Object[]> seen = new ArrayList<>();
    List<Object[]> counts = new ArrayList<>();
    List<Object[]> origins = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      long id = ids.get(i);
      observations.add(
          new Object[] {
            id,
            row.areaId(),
            row.placeId(),
            row.authorUserId(),
            row.organisationId(),
            Timestamp.from(row.from()),
            Timestamp.from(row.to()),
            row.intensity() == null ? null : row.intensity().name(),
            row.estimatedCount(),
            row.newFaces().name(),
            row.note(),
            row.synthetic(),
            Timestamp.from(row.createdAt()),
            Timestamp.from(row.createdAt())
          });
      for (long phenomenonId : row.phenomenonIds()) {
        seen.add(new Object[] {id, phenomenonId});
      }
      addCounts(counts, id, row.counts());
      addOrigins(origins, id, row.origins());
    }
    template.batchUpdate(
        """
        insert into observation (id, area_id, place_id, author_user_id, organisation_id,
            window_start, window_end, intensity, estimated_count, new_faces, note, synthetic,
            created_at, updated_at)
        overriding system value
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        observations);
    template.batchUpdate(
        "insert into observation_phenomenon_seen (observation_id, phenomenon_id) values (?, ?)",
        seen);
    template.batchUpdate(
        "insert into observation_count (observation_id, gender, age_band, count)"
            + " values (?, ?, ?, ?)",
        counts);
    template.batchUpdate(INSERT_ORIGIN, origins);
    return ids;
  }

  private static final String INSERT_ORIGIN =
      "insert into observation_origin (observation_id, origin, count) values (?, ?, ?)";

  private void insertParts(long id, Row row) {
    List<Object[]> seen = row.phenomenonIds().stream().map(p -> new Object[] {id, p}).toList();
    if (!seen.isEmpty()) {
      template.batchUpdate(
          "insert into observation_phenomenon_seen (observation_id, phenomenon_id) values (?, ?)",
          seen);
    }
    List<Object[]> counts = new ArrayList<>();
    addCounts(counts, id, row.counts());
    if (!counts.isEmpty()) {
      template.batchUpdate(
          "insert into observation_count (observation_id, gender, age_band, count)"
              + " values (?, ?, ?, ?)",
          counts);
    }
    List<Object[]> origins = new ArrayList<>();
    addOrigins(origins, id, row.origins());
    if (!origins.isEmpty()) {
      template.batchUpdate(INSERT_ORIGIN, origins);
    }
  }

  private static void addOrigins(List<Object[]> rows, long id, List<OriginCount> origins) {
    for (OriginCount origin : origins) {
      rows.add(new Object[] {id, origin.origin(), origin.count()});
    }
  }

  private static void addCounts(List<Object[]> counts, long id, GroupCounts groupCounts) {
    for (Gender gender : Gender.values()) {
      for (AgeBand band : AgeBand.values()) {
        int count = groupCounts.get(gender, band);
        if (count > 0) {
          counts.add(new Object[] {id, gender.name(), band.name(), count});
        }
      }
    }
  }

  /** Locks the observation for a correction if it still has {@code version}; false otherwise. */
  boolean lock(long id, int version) {
    return jdbc.sql("select id from observation where id = ? and version = ? for update")
        .params(id, version)
        .query(Long.class)
        .optional()
        .isPresent();
  }

  /** Replaces the content of an observation if it still has {@code version}; false otherwise. */
  boolean update(long id, int version, Row row, Instant now) {
    int changed =
        jdbc.sql(
                """
                update observation set place_id = ?, window_start = ?, window_end = ?,
                    intensity = ?, estimated_count = ?, new_faces = ?, note = ?,
                    version = version + 1, updated_at = ?
                where id = ? and version = ?
                """)
            .params(
                row.placeId(),
                Timestamp.from(row.from()),
                Timestamp.from(row.to()),
                row.intensity() == null ? null : row.intensity().name(),
                row.estimatedCount(),
                row.newFaces().name(),
                row.note(),
                Timestamp.from(now),
                id,
                version)
            .update();
    if (changed == 0) {
      return false;
    }
    jdbc.sql("delete from observation_phenomenon_seen where observation_id = ?").param(id).update();
    jdbc.sql("delete from observation_count where observation_id = ?").param(id).update();
    jdbc.sql("delete from observation_origin where observation_id = ?").param(id).update();
    insertParts(id, row);
    return true;
  }

  Optional<Observation> byId(long areaId, long id) {
    return withParts(
            jdbc.sql(SELECT + " where o.area_id = ? and o.id = ?")
                .params(areaId, id)
                .query(ObservationRepository::head)
                .list())
        .stream()
        .findFirst();
  }

  /**
   * The area's observations the viewer may see, newest first: everyone's ({@code all}), or the
   * author's own plus (when {@code organisationId} is not null) their organisation's.
   */
  List<Observation> visible(
      long areaId, boolean all, long userId, Long organisationId, Long beforeId, int limit) {
    return withParts(
        jdbc.sql(
                SELECT
                    + """
                     where o.area_id = :area
                       and (:all or o.author_user_id = :user
                            or o.organisation_id = cast(:org as bigint))
                       and (cast(:before as bigint) is null or o.id < :before)
                     order by o.id desc
                     limit :limit
                    """)
            .param("area", areaId)
            .param("all", all)
            .param("user", userId)
            .param("org", organisationId)
            .param("before", beforeId)
            .param("limit", limit)
            .query(ObservationRepository::head)
            .list());
  }

  long count() {
    return jdbc.sql("select count(*) from observation").query(Long.class).single();
  }

  boolean anySynthetic(long areaId) {
    return jdbc.sql("select exists (select 1 from observation where area_id = ? and synthetic)")
        .param(areaId)
        .query(Boolean.class)
        .single();
  }

  private List<Observation> withParts(List<Head> heads) {
    if (heads.isEmpty()) {
      return List.of();
    }
    List<Long> ids = heads.stream().map(Head::id).toList();
    Map<Long, List<String>> phenomena = new HashMap<>();
    jdbc.sql(
            """
            select s.observation_id, ph.code from observation_phenomenon_seen s
            join observation_phenomenon ph on ph.id = s.phenomenon_id
            where s.observation_id in (:ids) order by ph.position, ph.id
            """)
        .param("ids", ids)
        .query(
            (rs, n) ->
                phenomena
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(rs.getString(2)))
        .list();
    Map<Long, Map<Gender, Map<AgeBand, Integer>>> counts = new HashMap<>();
    jdbc.sql(
            """
            select observation_id, gender, age_band, count from observation_count
            where observation_id in (:ids)
            """)
        .param("ids", ids)
        .query(
            (rs, n) ->
                counts
                    .computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Gender.class))
                    .computeIfAbsent(
                        Gender.valueOf(rs.getString(2)), k -> new EnumMap<>(AgeBand.class))
                    .put(AgeBand.valueOf(rs.getString(3)), rs.getInt(4)))
        .list();
    Map<Long, List<OriginCount>> origins = new HashMap<>();
    jdbc.sql(
            """
            select observation_id, origin, count from observation_origin
            where observation_id in (:ids) order by count desc, origin
            """)
        .param("ids", ids)
        .query(
            (rs, n) ->
                origins
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new OriginCount(rs.getString(2), rs.getInt(3))))
        .list();
    return heads.stream()
        .map(
            h ->
                h.toObservation(
                    phenomena.getOrDefault(h.id(), List.of()),
                    new GroupCounts(counts.getOrDefault(h.id(), Map.of())),
                    origins.getOrDefault(h.id(), List.of())))
        .toList();
  }

  private record Head(
      long id,
      long areaId,
      long placeId,
      String placeSlug,
      String placeName,
      Long authorUserId,
      String authorName,
      long organisationId,
      String organisationName,
      Instant from,
      Instant to,
      Intensity intensity,
      Integer estimatedCount,
      NewFaces newFaces,
      String note,
      boolean synthetic,
      int version,
      Instant createdAt,
      Instant updatedAt) {
    Observation toObservation(
        List<String> phenomena, GroupCounts counts, List<OriginCount> origins) {
      return new Observation(
          id,
          areaId,
          placeId,
          placeSlug,
          placeName,
          authorUserId,
          authorName,
          organisationId,
          organisationName,
          from,
          to,
          intensity,
          estimatedCount,
          newFaces,
          note,
          synthetic,
          version,
          createdAt,
          updatedAt,
          phenomena,
          counts,
          origins);
    }
  }

  private static Head head(ResultSet rs, int n) throws SQLException {
    String intensity = rs.getString("intensity");
    return new Head(
        rs.getLong("id"),
        rs.getLong("area_id"),
        rs.getLong("place_id"),
        rs.getString("place_slug"),
        rs.getString("place_name"),
        (Long) rs.getObject("author_user_id"),
        rs.getString("author_name"),
        rs.getLong("organisation_id"),
        rs.getString("organisation_name"),
        rs.getTimestamp("window_start").toInstant(),
        rs.getTimestamp("window_end").toInstant(),
        intensity == null ? null : Intensity.valueOf(intensity),
        (Integer) rs.getObject("estimated_count"),
        NewFaces.valueOf(rs.getString("new_faces")),
        rs.getString("note"),
        rs.getBoolean("synthetic"),
        rs.getInt("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}
