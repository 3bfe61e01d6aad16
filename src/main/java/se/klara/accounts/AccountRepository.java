package se.klara.accounts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.klara.shared.Role;

/** SQL for accounts and area membership. */
@Repository
class AccountRepository {
  private static final String SELECT_ACCOUNT =
      """
      select u.id, u.username, u.display_name, u.organisation_id, o.name as organisation_name,
             u.role, u.enabled, u.demo, u.created_at
      from app_user u join organisation o on o.id = u.organisation_id
      """;

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Credentials(Account account, String passwordHash) {}

  Optional<Credentials> credentials(String username) {
    return jdbc.sql(
            """
            select u.id, u.username, u.display_name, u.organisation_id,
                   o.name as organisation_name, u.role, u.enabled, u.demo, u.created_at,
                   u.password_hash
            from app_user u join organisation o on o.id = u.organisation_id
            where u.username = ?
            """)
        .param(username)
        .query((rs, n) -> new Credentials(mapAccount(rs), rs.getString("password_hash")))
        .optional();
  }

  Optional<Account> byUsername(String username) {
    return jdbc.sql(SELECT_ACCOUNT + " where u.username = ?")
        .param(username)
        .query((rs, n) -> mapAccount(rs))
        .optional();
  }

  Optional<Account> byId(long id) {
    return jdbc.sql(SELECT_ACCOUNT + " where u.id = ?")
        .param(id)
        .query((rs, n) -> mapAccount(rs))
        .optional();
  }

  List<Account> all() {
    return jdbc.sql(SELECT_ACCOUNT + " order by o.name, u.display_name")
        .query((rs, n) -> mapAccount(rs))
        .list();
  }

  boolean exists(String username) {
    return jdbc.sql("select count(*) from app_user where username = ?")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(
      String username,
      String displayName,
      long organisationId,
      Role role,
      String passwordHash,
      boolean demo) {
    return jdbc.sql(
            """
            insert into app_user (username, display_name, organisation_id, role, password_hash, demo)
            values (?, ?, ?, ?, ?, ?)
            returning id
            """)
        .params(username, displayName, organisationId, role.name(), passwordHash, demo)
        .query(Long.class)
        .single();
  }

  void updatePassword(long userId, String passwordHash) {
    jdbc.sql(
            """
            update app_user set password_hash = ?, password_changed_at = now(),
                                version = version + 1
            where id = ?
            """)
        .params(passwordHash, userId)
        .update();
  }

  void updateEmail(long userId, String email) {
    jdbc.sql("update app_user set email = ?, version = version + 1 where id = ?")
        .params(email, userId)
        .update();
  }

  Map<Long, String> emailAddresses(Collection<Long> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> addresses = new LinkedHashMap<>();
    jdbc.sql("select id, email from app_user where email is not null and enabled and id = any(?)")
        .param(userIds.toArray(Long[]::new))
        .query(
            rs -> {
              addresses.put(rs.getLong(1), rs.getString(2));
            });
    return addresses;
  }

  List<Account> membersOf(long areaId) {
    return jdbc.sql(
            SELECT_ACCOUNT
                + " join area_member m on m.user_id = u.id where m.area_id = ?"
                + " order by o.name, u.display_name")
        .param(areaId)
        .query((rs, n) -> mapAccount(rs))
        .list();
  }

  long countDemo() {
    return jdbc.sql("select count(*) from app_user where demo").query(Long.class).single();
  }

  List<Long> demoIds() {
    return jdbc.sql("select id from app_user where demo order by id").query(Long.class).list();
  }

  void delete(long userId) {
    jdbc.sql("delete from app_user where id = ?").param(userId).update();
  }

  private static Account mapAccount(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getLong("organisation_id"),
        rs.getString("organisation_name"),
        Role.valueOf(rs.getString("role")),
        rs.getBoolean("enabled"),
        rs.getBoolean("demo"),
        rs.getTimestamp("created_at").toInstant());
  }
}
