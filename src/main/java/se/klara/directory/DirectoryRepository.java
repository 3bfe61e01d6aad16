package se.klara.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for directory entries; an entry is read with all its parts in a fixed number of queries. */
@Repository
class DirectoryRepository {
  private static final String SELECT_UNIT =
      """
      select u.id, u.area_id, u.slug, u.name, u.kind, u.parent_id, u.mandate, u.limits, u.handover,
             u.age_min, u.age_max, u.phone, u.email, u.radio_talk_group, u.reception_hours,
             u.holiday_policy, u.confirmed_at, u.confirmed_by, u.version,
             o.id as org_id, o.slug as org_slug, o.name as org_name, o.kind as org_kind,
             p.slug as parent_slug
      from unit u join organisation o on o.id = u.organisation_id
           left join unit p on p.id = u.parent_id
      """;

  private final JdbcClient jdbc;

  DirectoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Unit> inArea(long areaId) {
    List<Row> rows =
        jdbc.sql(SELECT_UNIT + " where u.area_id = ? order by o.name, u.name")
            .param(areaId)
            .query((rs, n) -> row(rs))
            .list();
    return complete(rows);
  }

  Optional<Unit> bySlug(long areaId, String slug) {
    List<Row> rows =
        jdbc.sql(SELECT_UNIT + " where u.area_id = ? and u.slug = ?")
            .params(areaId, slug)
            .query((rs, n) -> row(rs))
            .list();
    return complete(rows).stream().findFirst();
  }

  /** The id of the area's entry with this short name. */
  Optional<Long> idBySlug(long areaId, String slug) {
    return jdbc.sql("select id from unit where area_id = ? and slug = ?")
        .params(areaId, slug)
        .query(Long.class)
        .optional();
  }

  /**
   * Whether {@code unitId} is {@code entryId} or one of the entries it is part of, however far up:
   * then {@code unitId} cannot become part of {@code entryId}.
   */
  boolean isWithinOrSame(long entryId, long unitId) {
    return jdbc.sql(
            """
            with recursive up (id, parent_id) as (
                select id, parent_id from unit where id = :entry
                union
                select u.id, u.parent_id from unit u join up on u.id = up.parent_id
            )
            select exists (select 1 from up where id = :unit)
            """)
        .param("entry", entryId)
        .param("unit", unitId)
        .query(Boolean.class)
        .single();
  }

  long insert(long areaId, UnitDraft draft, long organisationId, Long parentId) {
    Map<String, Object> params = params(draft, organisationId, parentId);
    params.put("area", areaId);
    return jdbc.sql(
            """
            insert into unit (area_id, organisation_id, parent_id, kind, slug, name, mandate, limits,
                              handover, age_min, age_max, phone, email, radio_talk_group,
                              reception_hours, holiday_policy)
            values (:area, :org, :parent, :kind, :slug, :name, :mandate, :limits, :handover,
                    :ageMin, :ageMax, :phone, :email, :radio, :reception, :holidays)
            returning id
            """)
        .params(params)
        .query(Long.class)
        .single();
  }

  /** Replaces the fields when the version is still the one the editor saw; false otherwise. */
  boolean update(
      long id, int expectedVersion, UnitDraft draft, long organisationId, Long parentId) {
    Map<String, Object> params = params(draft, organisationId, parentId);
    params.put("id", id);
    params.put("version", expectedVersion);
    return jdbc.sql(
                """
                update unit set organisation_id = :org, parent_id = :parent, kind = :kind,
                    name = :name, mandate = :mandate, limits = :limits, handover = :handover,
                    age_min = :ageMin, age_max = :ageMax, phone = :phone, email = :email,
                    radio_talk_group = :radio, reception_hours = :reception,
                    holiday_policy = :holidays, version = version + 1
                where id = :id and version = :version
                """)
            .params(params)
            .update()
        == 1;
  }

  void replaceParts(long unitId, UnitDraft draft) {
    for (String table :
        List.of(
            "unit_target_group",
            "unit_need",
            "schedule_rule",
            "schedule_exception",
            "unit_place",
            "commitment")) {
      jdbc.sql("delete from " + table + " where unit_id = ?").param(unitId).update();
    }
    for (TargetGroup group : draft.targetGroups()) {
      jdbc.sql("insert into unit_target_group (unit_id, target_group) values (?, ?)")
          .params(unitId, group.name())
          .update();
    }
    for (Need need : draft.needs()) {
      jdbc.sql("insert into unit_need (unit_id, need) values (?, ?)")
          .params(unitId, need.name())
          .update();
    }
    for (WeeklyRule rule : draft.schedule().rules()) {
      jdbc.sql(
              "insert into schedule_rule (unit_id, days, start_minute, end_minute)"
                  + " values (?, ?, ?, ?)")
          .params(unitId, rule.byDay(), rule.startMinute(), rule.endMinute())
          .update();
    }
    for (ScheduleException e : draft.schedule().exceptions()) {
      jdbc.sql(
              "insert into schedule_exception (unit_id, first_day, last_day, closed,"
                  + " start_minute, end_minute, note) values (?, ?, ?, ?, ?, ?, ?)")
          .params(
              unitId,
              e.firstDay(),
              e.lastDay(),
              e.closed(),
              e.startMinute(),
              e.endMinute(),
              e.note())
          .update();
    }
    for (long placeId : draft.placeIds()) {
      jdbc.sql("insert into unit_place (unit_id, place_id) values (?, ?) on conflict do nothing")
          .params(unitId, placeId)
          .update();
    }
    for (Commitment c : draft.commitments()) {
      jdbc.sql("insert into commitment (unit_id, text, owner, follow_up) values (?, ?, ?, ?)")
          .params(unitId, c.text(), c.owner(), c.followUp())
          .update();
    }
  }

  /** Makes the entry part of another (import: once every entry of the file is stored). */
  void setParent(long unitId, long parentId) {
    jdbc.sql("update unit set parent_id = ? where id = ?").params(parentId, unitId).update();
  }

  void confirm(long unitId, String by) {
    jdbc.sql("update unit set confirmed_at = now(), confirmed_by = ? where id = ?")
        .params(by, unitId)
        .update();
  }

  /** Removes all entries of an area. */
  void clearArea(long areaId) {
    jdbc.sql("delete from unit where area_id = ?").param(areaId).update();
  }

  private static Map<String, Object> params(UnitDraft draft, long organisationId, Long parentId) {
    Map<String, Object> p = new HashMap<>();
    p.put("org", organisationId);
    p.put("parent", parentId);
    p.put("kind", draft.kind().name());
    p.put("slug", draft.slug());
    p.put("name", draft.name());
    p.put("mandate", draft.mandate());
    p.put("limits", draft.limits());
    p.put("handover", draft.contact().handover());
    p.put("ageMin", draft.ages().min());
    p.put("ageMax", draft.ages().max());
    p.put("phone", draft.contact().phone());
    p.put("email", draft.contact().email());
    p.put("radio", draft.contact().radioTalkGroup());
    p.put("reception", draft.contact().receptionHours());
    p.put("holidays", draft.schedule().holidayPolicy().name());
    return p;
  }

  /** The unit row before its parts are attached. */
  private record Row(
      long id,
      long areaId,
      String slug,
      String name,
      UnitKind kind,
      Organisation organisation,
      Long parentId,
      String parentSlug,
      String mandate,
      String limits,
      AgeRange ages,
      ContactPaths contact,
      HolidayPolicy holidayPolicy,
      java.time.Instant confirmedAt,
      String confirmedBy,
      int version) {}

  private static Row row(ResultSet rs) throws SQLException {
    Timestamp confirmed = rs.getTimestamp("confirmed_at");
    return new Row(
        rs.getLong("id"),
        rs.getLong("area_id"),
        rs.getString("slug"),
        rs.getString("name"),
        UnitKind.valueOf(rs.getString("kind")),
        new Organisation(
            rs.getLong("org_id"),
            rs.getString("org_slug"),
            rs.getString("org_name"),
            OrganisationKind.valueOf(rs.getString("org_kind"))),
        (Long) rs.getObject("parent_id"),
        rs.getString("parent_slug"),
        rs.getString("mandate"),
        rs.getString("limits"),
        new AgeRange((Integer) rs.getObject("age_min"), (Integer) rs.getObject("age_max")),
        new ContactPaths(
            rs.getString("phone"),
            rs.getString("email"),
            rs.getString("radio_talk_group"),
            rs.getString("reception_hours"),
            rs.getString("handover")),
        HolidayPolicy.valueOf(rs.getString("holiday_policy")),
        confirmed == null ? null : confirmed.toInstant(),
        rs.getString("confirmed_by"),
        rs.getInt("version"));
  }

  private List<Unit> complete(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, List<TargetGroup>> groups =
        grouped(
            "select unit_id, target_group from unit_target_group where unit_id in (:ids)",
            ids,
            rs -> TargetGroup.valueOf(rs.getString(2)));
    Map<Long, List<Need>> needs =
        grouped(
            "select unit_id, need from unit_need where unit_id in (:ids)",
            ids,
            rs -> Need.valueOf(rs.getString(2)));
    Map<Long, List<WeeklyRule>> rules =
        grouped(
            "select unit_id, days, start_minute, end_minute from schedule_rule"
                + " where unit_id in (:ids) order by id",
            ids,
            rs ->
                new WeeklyRule(WeeklyRule.parseByDay(rs.getString(2)), rs.getInt(3), rs.getInt(4)));
    Map<Long, List<ScheduleException>> exceptions =
        grouped(
            "select unit_id, first_day, last_day, closed, start_minute, end_minute, note"
                + " from schedule_exception where unit_id in (:ids) order by first_day",
            ids,
            rs ->
                new ScheduleException(
                    rs.getDate(2).toLocalDate(),
                    rs.getDate(3).toLocalDate(),
                    rs.getBoolean(4),
                    (Integer) rs.getObject(5),
                    (Integer) rs.getObject(6),
                    rs.getString(7)));
    Map<Long, List<Long>> places =
        grouped(
            "select unit_id, place_id from unit_place where unit_id in (:ids) order by place_id",
            ids,
            rs -> rs.getLong(2));
    Map<Long, List<Commitment>> commitments =
        grouped(
            "select unit_id, text, owner, follow_up from commitment where unit_id in (:ids)"
                + " order by id",
            ids,
            rs -> new Commitment(rs.getString(2), rs.getString(3), rs.getString(4)));
    List<Unit> units = new ArrayList<>();
    for (Row r : rows) {
      units.add(
          new Unit(
              r.id(),
              r.slug(),
              r.name(),
              r.kind(),
              r.organisation(),
              r.parentId(),
              r.parentSlug(),
              r.mandate(),
              r.limits(),
              r.ages(),
              enumSet(groups.get(r.id()), TargetGroup.class),
              enumSet(needs.get(r.id()), Need.class),
              r.contact(),
              new Schedule(
                  rules.getOrDefault(r.id(), List.of()),
                  exceptions.getOrDefault(r.id(), List.of()),
                  r.holidayPolicy()),
              r.areaId(),
              places.getOrDefault(r.id(), List.of()),
              commitments.getOrDefault(r.id(), List.of()),
              r.confirmedAt(),
              r.confirmedBy(),
              r.version()));
    }
    return units;
  }

  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> Map<Long, List<T>> grouped(String sql, Collection<Long> ids, Reader<T> reader) {
    Map<Long, List<T>> result = new LinkedHashMap<>();
    jdbc.sql(sql)
        .param("ids", ids)
        .query(
            rs -> {
              result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(reader.read(rs));
            });
    return result;
  }

  private static <E extends Enum<E>> Set<E> enumSet(List<E> values, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (values != null) {
      set.addAll(values);
    }
    return set;
  }
}
