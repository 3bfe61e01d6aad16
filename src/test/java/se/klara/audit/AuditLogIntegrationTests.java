package se.klara.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

class AuditLogIntegrationTests extends IntegrationTest {

  private long userId(String username) {
    return jdbc.sql("select id from app_user where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private List<String> actionsOf(String username, long sinceId) {
    return jdbc.sql(
            "select action from audit_event where actor_username = ? and id > ? order by id")
        .params(username, sinceId)
        .query(String.class)
        .list();
  }

  private long lastId() {
    return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
  }

  @Test
  void signInAndSignOutAreAuditedWithActorOrganisationAndRequestId() {
    long before = lastId();
    WebSession session = signedInAs("steering");
    WebSession.Response out = session.post("/logout", Map.of());
    assertThat(out.status()).isEqualTo(302);
    assertThat(out.location()).endsWith("/login?logout");

    assertThat(actionsOf("steering", before)).containsExactly("LOGIN", "LOGOUT");
    Map<String, Object> login =
        jdbc.sql(
                "select actor_user_id, organisation_id, object_type, object_id, request_id,"
                    + " occurred_at from audit_event where id > ? and action = 'LOGIN'"
                    + " and actor_username = 'steering'")
            .param(before)
            .query()
            .singleRow();
    assertThat(login.get("actor_user_id")).isEqualTo(userId("steering"));
    assertThat(login.get("organisation_id"))
        .isEqualTo(
            jdbc.sql("select id from organisation where slug = 'polisen-lpo-norrmalm'")
                .query(Long.class)
                .single());
    assertThat(login.get("object_type")).isEqualTo("account");
    assertThat(login.get("object_id")).isEqualTo(String.valueOf(userId("steering")));
    assertThat((String) login.get("request_id")).matches("[0-9a-f-]{36}");
    assertThat(login.get("occurred_at")).isNotNull();
  }

  @Test
  void aFailedSignInIsAuditedWithoutAnActor() {
    long before = lastId();
    WebSession.Response response = anonymous().signIn("partner", "not-the-password");
    assertThat(response.location()).endsWith("/login?error");
    Map<String, Object> row =
        jdbc.sql(
                "select action, actor_username, object_id from audit_event where id > ?"
                    + " and action = 'LOGIN_FAILED'")
            .param(before)
            .query()
            .singleRow();
    assertThat(row.get("actor_username")).isNull();
    assertThat(row.get("object_id")).isEqualTo(String.valueOf(userId("partner")));
  }

  @Test
  void aStateChangeIsAuditedInTheSameRequest() {
    WebSession admin = signedInAs("admin");
    long before = lastId();
    WebSession.Response created =
        admin.post(
            "/admin/users",
            Map.of(
                "username", "audit-probe",
                "displayName", "Fältassistent Norrmalm",
                "organisationId", organisationId("norrmalms-sdf"),
                "role", "FIELD",
                "areaIds", areaId("klara"),
                "password", "ett långt lösenord"));
    assertThat(created.status()).isEqualTo(302);
    String requestId = created.header("X-Request-Id").orElseThrow();

    Map<String, Object> row =
        jdbc.sql(
                "select actor_username, object_type, object_id, request_id from audit_event"
                    + " where id > ? and action = 'ACCOUNT_CREATED'")
            .param(before)
            .query()
            .singleRow();
    assertThat(row.get("actor_username")).isEqualTo("admin");
    assertThat(row.get("object_type")).isEqualTo("account");
    assertThat(row.get("object_id")).isEqualTo(String.valueOf(userId("audit-probe")));
    assertThat(row.get("request_id")).isEqualTo(requestId);
  }

  @Test
  void theDatabaseRefusesToUpdateDeleteOrTruncateAuditRows() {
    signedInAs("owner");
    long id = lastId();
    assertThatThrownBy(
            () ->
                jdbc.sql("update audit_event set action = 'FORGED' where id = ?")
                    .param(id)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(
            jdbc.sql("select action from audit_event where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("LOGIN");
  }

  @Test
  void readingTheAuditLogIsItselfAudited() {
    WebSession admin = signedInAs("admin");
    long before = lastId();
    WebSession.Response page = admin.get("/admin/audit?action=LOGIN");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Granskningslogg").contains("LOGIN");
    assertThat(actionsOf("admin", before)).containsExactly("AUDIT_VIEWED");
  }

  private String organisationId(String slug) {
    return String.valueOf(
        jdbc.sql("select id from organisation where slug = ?")
            .param(slug)
            .query(Long.class)
            .single());
  }

  private String areaId(String slug) {
    return String.valueOf(
        jdbc.sql("select id from area where slug = ?").param(slug).query(Long.class).single());
  }
}
