package se.klara.incidents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 35: the SWEREF 99 TM metres and cell rollups (V33) for incidents imported before them.
 * The projection is Java code ({@link IncidentCells#metres}), so this migration is too; Spring Boot
 * hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class IncidentCellsBackfill implements JavaMigration {
  private static final int BATCH = 5_000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("35");
  }

  @Override
  public String getDescription() {
    return "incident cells of earlier imports";
  }

  @Override
  public Integer getChecksum() {
    return 35;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    backfill(context.getConnection());
  }

  /** Projects the points without metres, then rolls up every import that has no cell rows yet. */
  static void backfill(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "select id, latitude, longitude from incident"
                    + " where latitude is not null and north_m is null");
        PreparedStatement update =
            connection.prepareStatement(
                "update incident set north_m = ?, east_m = ? where id = ?")) {
      select.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          int[] metres = IncidentCells.metres(rs.getDouble(2), rs.getDouble(3));
          if (metres == null) {
            continue;
          }
          update.setInt(1, metres[0]);
          update.setInt(2, metres[1]);
          update.setLong(3, rs.getLong(1));
          update.addBatch();
          if (++pending == BATCH) {
            update.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
    JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    List<long[]> imports = new ArrayList<>();
    jdbc.sql(
            """
            select i.area_id, i.id from incident_import i
            where i.status = 'SUCCEEDED'
              and not exists (select 1 from incident_cell c where c.import_id = i.id)
              and not exists (select 1 from incident_unlocated u where u.import_id = i.id)
            order by i.id
            """)
        .query((rs, n) -> imports.add(new long[] {rs.getLong(1), rs.getLong(2)}))
        .list();
    for (long[] areaAndImport : imports) {
      IncidentCells.rollUp(jdbc, areaAndImport[0], areaAndImport[1]);
    }
  }
}
