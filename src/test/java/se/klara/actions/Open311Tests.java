package se.klara.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 as its specification (wiki.open311.org/GeoReport_v2) describes it: the field
 * names of services and service requests, the statuses open and closed, the POST answer and the
 * error format (an array of code and description); an API key per client organisation.
 */
class Open311Tests extends IntegrationTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final List<String> SERVICE_FIELDS =
      List.of(
          "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
  static final List<String> REQUEST_FIELDS =
      List.of(
          "service_request_id",
          "status",
          "status_notes",
          "service_name",
          "service_code",
          "description",
          "agency_responsible",
          "service_notice",
          "requested_datetime",
          "updated_datetime",
          "expected_datetime",
          "address",
          "address_id",
          "zipcode",
          "lat",
          "long",
          "media_url");

  @Autowired Open311Clients clients;
  @Autowired Areas areas;
  @Autowired ActionPlan plan;

  Area klara;
  String key;

  @BeforeEach
  void setUp() {
    klara = areas.bySlug("klara").orElseThrow();
    long trafikkontoret =
        jdbc.sql("select id from organisation where slug = 'trafikkontoret'")
            .query(Long.class)
            .single();
    key = clients.create(klara, trafikkontoret, "Felanmälan-appen").key();
  }

  record Answer(int status, String contentType, JsonNode json) {}

  private Answer get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "application/json")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        JSON.readTree(response.body()));
  }

  private Answer post(Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/open311/v2/requests.json"))
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        JSON.readTree(response.body()));
  }

  private long items() {
    return jdbc.sql("select count(*) from action_item").query(Long.class).single();
  }

  private static List<String> names(JsonNode object) {
    return object.propertyNames().stream().toList();
  }

  private static void assertError(Answer answer, int code) {
    assertThat(answer.status()).isEqualTo(code);
    assertThat(answer.json().isArray()).as("errors are an array").isTrue();
    JsonNode error = answer.json().get(0);
    assertThat(names(error)).containsExactly("code", "description");
    assertThat(error.get("code").asInt()).isEqualTo(code);
    assertThat(error.get("description").asString()).isNotBlank();
  }

  @Test
  void servicesAreThePhysicalCategoriesWithTheSpecificationsFields() throws Exception {
    Answer answer = get("/open311/v2/services.json?jurisdiction_id=klara");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().isArray()).isTrue();
    JsonNode lighting = null;
    for (JsonNode service : answer.json()) {
      assertThat(names(service)).containsExactlyElementsOf(SERVICE_FIELDS);
      assertThat(service.get("metadata").isBoolean()).isTrue();
      assertThat(service.get("type").asString()).isIn("realtime", "batch", "blackbox");
      if (service.get("service_code").asString().equals("lighting")) {
        lighting = service;
      }
    }
    assertThat(lighting).isNotNull();
    assertThat(lighting.get("service_name").asString()).isEqualTo("Belysning");
    assertThat(answer.json().toString()).doesNotContain("working-hours");
    Answer definition = get("/open311/v2/services/lighting.json");
    assertThat(definition.json().get("service_code").asString()).isEqualTo("lighting");
    assertThat(definition.json().get("attributes").isArray()).isTrue();
    assertError(get("/open311/v2/services/no-such-service.json"), 404);
    assertError(get("/open311/v2/services.json?jurisdiction_id=atlantis"), 404);
  }

  @Test
  void aPostWithoutOrWithAWrongKeyIs403AndStoresNothing() throws Exception {
    long before = items();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("service_code", "lighting");
    form.put("lat", "59.33330");
    form.put("long", "18.05850");
    form.put("description", "Lampan är släckt.");
    assertError(post(form), 403);
    form.put("api_key", "k311_not-a-key");
    assertError(post(form), 403);
    Open311Clients.Client client = clients.authenticate(key).orElseThrow();
    clients.revoke(klara, client.id());
    form.put("api_key", key);
    assertError(post(form), 403);
    assertThat(items()).isEqualTo(before);
  }

  @Test
  void anUnknownServiceCodeOrNoLocationIs400AndStoresNothing() throws Exception {
    long before = items();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", key);
    form.put("service_code", "potholes");
    form.put("lat", "59.33330");
    form.put("long", "18.05850");
    assertError(post(form), 400);
    form.put("service_code", "working-hours");
    assertError(post(form), 400);
    form.put("service_code", "lighting");
    form.remove("lat");
    form.remove("long");
    assertError(post(form), 400);
    form.put("lat", "59.3333");
    form.put("long", "18.0585");
    form.put("description", "Ring mig på 070-123 45 67");
    assertError(post(form), 400);
    assertThat(items()).isEqualTo(before);
  }

  @Test
  void aPostedRequestIsRoutedAndReadBackWithTheSpecificationsFieldsOpenThenClosed()
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", key);
    form.put("jurisdiction_id", "klara");
    form.put("service_code", "lighting");
    form.put("lat", "59.33335");
    form.put("long", "18.05855");
    form.put("description", "Lampan under bron är släckt.");
    form.put("email", "someone@example.org");
    form.put("first_name", "Anna");
    Answer created = post(form);
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.json().isArray()).isTrue();
    JsonNode first = created.json().get(0);
    assertThat(names(first)).containsExactly("service_request_id", "service_notice", "account_id");
    String id = first.get("service_request_id").asString();
    assertThat(first.get("service_notice").asString()).contains("Trafikkontoret");
    assertThat(
            jdbc.sql(
                    "select count(*) from action_item where description like '%Anna%'"
                        + " or address like '%example.org%'")
                .query(Integer.class)
                .single())
        .as("personal fields are not stored")
        .isZero();

    Answer read = get("/open311/v2/requests/" + id + ".json?jurisdiction_id=klara");
    assertThat(read.status()).isEqualTo(200);
    JsonNode request = read.json().get(0);
    assertThat(names(request)).containsExactlyElementsOf(REQUEST_FIELDS);
    assertThat(request.get("status").asString()).isEqualTo("open");
    assertThat(request.get("service_code").asString()).isEqualTo("lighting");
    assertThat(request.get("agency_responsible").asString())
        .isEqualTo("Trafikkontoret, Stockholms stad");
    assertThat(request.get("address").asString()).isEqualTo("Vasagatan 24");
    assertThat(request.get("description").asString()).isEqualTo("Lampan under bron är släckt.");
    assertThat(request.get("requested_datetime").asString())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
    assertThat(request.get("lat").asDouble()).isEqualTo(59.33335);

    var owner = actor("owner");
    ActionItem item = plan.get(owner, klara, Long.parseLong(id));
    item = plan.decide(owner, klara, item.id(), item.version(), Verb.ACCEPT, Decision.note(null));
    plan.decide(owner, klara, item.id(), item.version(), Verb.COMPLETE, Decision.note("Ny lampa."));
    JsonNode closed =
        get("/open311/v2/requests/" + id + ".json?jurisdiction_id=klara").json().get(0);
    assertThat(closed.get("status").asString()).isEqualTo("closed");
    assertThat(closed.get("status_notes").asString()).isEqualTo("Ny lampa.");

    Answer list = get("/open311/v2/requests.json?jurisdiction_id=klara&status=closed");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().findValuesAsString("service_request_id")).contains(id);
    for (JsonNode r : list.json()) {
      assertThat(r.get("status").asString()).isEqualTo("closed");
    }
    Answer open = get("/open311/v2/requests.json?jurisdiction_id=klara&status=open");
    assertThat(open.json().findValuesAsString("service_request_id")).doesNotContain(id);
    Answer old =
        get(
            "/open311/v2/requests.json?jurisdiction_id=klara&start_date=2018-01-01T00:00:00Z"
                + "&end_date=2019-12-31T00:00:00Z&service_code=lighting");
    assertThat(old.json().findValuesAsString("service_code")).containsOnly("lighting").hasSize(4);
  }

  @Test
  void readingRequestsNeedsAJurisdictionWhenThereAreSeveralAndAnUnknownIdIs404() throws Exception {
    assertError(get("/open311/v2/requests.json"), 400);
    assertError(get("/open311/v2/requests.json?jurisdiction_id=klara&status=pending"), 400);
    assertError(get("/open311/v2/requests/999999999.json?jurisdiction_id=klara"), 404);
    long structural =
        jdbc.sql("select id from action_item where kind = 'STRUCTURAL' order by id limit 1")
            .query(Long.class)
            .single();
    assertError(get("/open311/v2/requests/" + structural + ".json?jurisdiction_id=klara"), 404);
  }

  @Test
  void aCoordinatorMakesAKeyThatIsShownOnceAndStoredOnlyAsAHash() {
    var session = signedInAs("coordinator");
    long organisation =
        jdbc.sql("select id from organisation where slug = 'city-i-samverkan'")
            .query(Long.class)
            .single();
    var response =
        session.post(
            "/areas/klara/actions/open311",
            Map.of("organisation", String.valueOf(organisation), "name", "FixaMinGata"));
    assertThat(response.status()).isEqualTo(302);
    String page = session.get("/areas/klara/actions/open311").body();
    String shown = page.replaceAll("(?s).*<code id=\"new-key\">([^<]+)</code>.*", "$1");
    assertThat(shown).startsWith("k311_");
    assertThat(clients.authenticate(shown)).isPresent();
    assertThat(
            jdbc.sql("select count(*) from open311_client where key_hash = ? or key_prefix = ?")
                .params(shown, shown)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(session.get("/areas/klara/actions/open311").body()).doesNotContain(shown);
    assertThat(signedInAs("field").get("/areas/klara/actions/open311").status()).isEqualTo(403);
  }
}
