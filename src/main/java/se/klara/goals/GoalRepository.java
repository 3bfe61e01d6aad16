package se.klara.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the goals module. */
@Repository
class GoalRepository {
  private final JdbcClient jdbc;

  GoalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> vision(long areaId) {
    return jdbc.sql("select text from goal_vision where area_id = ?")
        .param(areaId)
        .query(String.class)
        .optional();
  }

  void saveVision(long areaId, String text) {
    jdbc.sql(
            """
            insert into goal_vision (area_id, text) values (?, ?)
            on conflict (area_id) do update set text = excluded.text
            """)
        .params(areaId, text)
        .update();
  }

  List<Goal> goals(long areaId) {
    return jdbc.sql(
            "select id, area_id, number, title, description from goal where area_id = ? order by number")
        .param(areaId)
        .query(
            (rs, n) ->
                new Goal(
                    rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
        .list();
  }

  long addGoal(long areaId, int number, String title, String description) {
    return jdbc.sql(
            """
            insert into goal (area_id, number, title, description) values (?, ?, ?, ?)
            returning id
            """)
        .params(areaId, number, title, description)
        .query(Long.class)
        .single();
  }

  void updateGoal(long goalId, String title, String description) {
    jdbc.sql("update goal set title = ?, description = ? where id = ?")
        .params(title, description, goalId)
        .update();
  }

  List<Geography> geographies(long areaId) {
    return jdbc.sql("select code, name from goal_geography where area_id = ? order by name")
        .param(areaId)
        .query((rs, n) -> new Geography(rs.getString(1), rs.getString(2)))
        .list();
  }

  void saveGeography(long areaId, String code, String name) {
    jdbc.sql(
            """
            insert into goal_geography (area_id, code, name) values (?, ?, ?)
            on conflict (area_id, code) do update set name = excluded.name
            """)
        .params(areaId, code, name)
        .update();
  }

  List<Population> populations(long areaId) {
    return jdbc.sql(
            """
            select geography, year, population from goal_population
            where area_id = ? order by geography, year
            """)
        .param(areaId)
        .query((rs, n) -> new Population(rs.getString(1), rs.getInt(2), rs.getInt(3)))
        .list();
  }

  void savePopulation(long areaId, String geography, int year, int population) {
    jdbc.sql(
            """
            insert into goal_population (area_id, geography, year, population) values (?, ?, ?, ?)
            on conflict (area_id, geography, year) do update set population = excluded.population
            """)
        .params(areaId, geography, year, population)
        .update();
  }

  private static final String INDICATOR_COLUMNS =
      """
      i.id, i.goal_id, i.code, i.position, i.table_title, i.measurement_name, i.statement,
      i.source, i.kind, i.scale_min, i.scale_max, i.geography, i.direction, i.target_value,
      i.target_year, i.ods_item
      """;

  List<Indicator> indicators(long areaId) {
    return jdbc.sql(
            "select "
                + INDICATOR_COLUMNS
                + " from indicator i join goal g on g.id = i.goal_id"
                + " where i.area_id = ? order by g.number, i.position, i.id")
        .param(areaId)
        .query((rs, n) -> indicator(rs))
        .list();
  }

  long addIndicator(long areaId, long goalId, int position, IndicatorDraft d) {
    return jdbc.sql(
            """
            insert into indicator (area_id, goal_id, code, position, table_title, measurement_name,
              statement, source, kind, scale_min, scale_max, geography, direction, target_value,
              target_year, ods_item)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            returning id
            """)
        .params(
            areaId,
            goalId,
            d.code(),
            position,
            d.tableTitle() == null ? "" : d.tableTitle(),
            d.measurementName(),
            d.statement(),
            d.source() == null ? "" : d.source(),
            d.kind().name(),
            d.scaleMin(),
            d.scaleMax(),
            d.geography(),
            d.direction().name(),
            d.targetValue(),
            d.targetYear(),
            d.odsItem())
        .query(Long.class)
        .single();
  }

  private static Indicator indicator(ResultSet rs) throws SQLException {
    return new Indicator(
        rs.getLong("id"),
        rs.getLong("goal_id"),
        rs.getString("code"),
        rs.getInt("position"),
        rs.getString("table_title"),
        rs.getString("measurement_name"),
        rs.getString("statement"),
        rs.getString("source"),
        IndicatorKind.valueOf(rs.getString("kind")),
        rs.getBigDecimal("scale_min"),
        rs.getBigDecimal("scale_max"),
        rs.getString("geography"),
        Direction.valueOf(rs.getString("direction")),
        rs.getBigDecimal("target_value"),
        (Integer) rs.getObject("target_year"),
        rs.getObject("ods_item") == null ? null : rs.getInt("ods_item"));
  }

  /** Every measurement of the area's indicators, by indicator, geography, period, gender. */
  List<Measurement> measurements(long areaId) {
    return jdbc.sql(
            """
            select m.indicator_id, m.geography, m.period, m.gender, m.value, m.comment, m.grade,
                   m.source_note
            from measurement m join indicator i on i.id = m.indicator_id
            where i.area_id = ?
            order by i.code, m.geography, m.period, m.gender
            """)
        .param(areaId)
        .query((rs, n) -> measurement(rs))
        .list();
  }

  private static Measurement measurement(ResultSet rs) throws SQLException {
    return new Measurement(
        rs.getLong("indicator_id"),
        rs.getString("geography"),
        Period.parse(rs.getString("period")).orElseThrow(),
        Gender.valueOf(rs.getString("gender")),
        rs.getBigDecimal("value"),
        rs.getString("comment"),
        rs.getObject("grade") == null ? null : rs.getInt("grade"),
        rs.getString("source_note"));
  }

  void saveMeasurement(Measurement m, Long userId) {
    jdbc.sql(
            """
            insert into measurement (indicator_id, geography, period, gender, value, comment, grade,
              source_note, updated_by, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
            on conflict (indicator_id, geography, period, gender) do update set
              value = excluded.value, comment = excluded.comment, grade = excluded.grade,
              source_note = excluded.source_note, updated_by = excluded.updated_by,
              updated_at = now()
            """)
        .params(
            m.indicatorId(),
            m.geography(),
            m.period().code(),
            m.gender().name(),
            m.value(),
            m.comment() == null ? "" : m.comment(),
            m.grade(),
            m.sourceNote() == null ? "" : m.sourceNote(),
            userId)
        .update();
  }

  int deleteMeasurement(long indicatorId, String geography, Period period, Gender gender) {
    return jdbc.sql(
            """
            delete from measurement
            where indicator_id = ? and geography = ? and period = ? and gender = ?
            """)
        .params(indicatorId, geography, period.code(), gender.name())
        .update();
  }

  long addAssessment(
      long goalId, int year, GoalStatus proposed, GoalStatus status, String analysis, Long userId) {
    return jdbc.sql(
            """
            insert into goal_assessment (goal_id, year, proposed, status, analysis, confirmed_by)
            values (?, ?, ?, ?, ?, ?) returning id
            """)
        .params(goalId, year, proposed.name(), status.name(), analysis, userId)
        .query(Long.class)
        .single();
  }

  /** Every assessment of the area's goals, newest last per goal and year. */
  List<Assessment> assessments(long areaId) {
    return jdbc.sql(
            """
            select a.id, a.goal_id, a.year, a.proposed, a.status, a.analysis, u.display_name,
                   a.confirmed_at
            from goal_assessment a join goal g on g.id = a.goal_id
            left join app_user u on u.id = a.confirmed_by
            where g.area_id = ?
            order by g.number, a.year, a.id
            """)
        .param(areaId)
        .query(
            (rs, n) ->
                new Assessment(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getInt(3),
                    GoalStatus.valueOf(rs.getString(4)),
                    GoalStatus.valueOf(rs.getString(5)),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getObject(8, Timestamp.class).toInstant()))
        .list();
  }
}
