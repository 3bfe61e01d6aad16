package se.klara.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.support.IntegrationTest;

class DemoDataLoaderTests extends IntegrationTest {
  @Autowired DemoDataLoader loader;

  private Map<String, Object> counts() {
    return jdbc.sql(
            """
            select (select count(*) from area) as areas,
                   (select count(*) from organisation) as organisations,
                   (select count(*) from area_organisation) as participations,
                   (select count(*) from app_user where demo) as demo_accounts,
                   (select count(*) from area_member m join app_user u on u.id = m.user_id
                     where u.demo) as demo_memberships
            """)
        .query()
        .singleRow();
  }

  @Test
  void theDemoAreaHoldsTheSeedsOrganisationsAndOneAccountPerRole() {
    assertThat(
            jdbc.sql("select name, statistical_area_code from area where slug = 'klara'")
                .query()
                .singleRow())
        .containsEntry("name", "Klara")
        .containsEntry("statistical_area_code", "10102");
    assertThat(
            jdbc.sql(
                    "select o.name from organisation o join area_organisation ao"
                        + " on ao.organisation_id = o.id join area a on a.id = ao.area_id"
                        + " where a.slug = 'klara' order by o.name")
                .query(String.class)
                .list())
        .hasSize(DemoDataLoader.ORGANISATIONS.size())
        .contains(
            "Polisen, lokalpolisområde Norrmalm",
            "Socialförvaltningen, Stockholms stad",
            "Trafikkontoret, Stockholms stad",
            "Jernhusen",
            "City i Samverkan");
    assertThat(
            jdbc.sql("select role from app_user where demo order by role")
                .query(String.class)
                .list())
        .containsExactly("ADMIN", "COORDINATOR", "FIELD", "OWNER", "PARTNER", "STEERING");
  }

  @Test
  void loadingAgainChangesNothing() {
    Map<String, Object> before = counts();
    loader.load();
    loader.load();
    assertThat(counts()).isEqualTo(before);
    assertThat(before.get("demo_accounts")).isEqualTo(6L);
  }
}
