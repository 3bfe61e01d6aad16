package se.klara.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klara.observations.FormPages.MINUTES;
import static se.klara.observations.FormPages.compact;
import static se.klara.observations.FormPages.keyOf;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klara.areas.Areas;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/**
 * The observation pages as a browser without JavaScript sees them: the detail page with its table
 * of counts and the author's link to correct, and the form posted the plain way.
 */
class ObservationPagesTests extends IntegrationTest {
  @Autowired Observations observations;
  @Autowired Areas areas;
  @Autowired Clock clock;

  private Observation recordAsField() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return observations.record(
        actor("field"),
        areas.bySlug("klara").orElseThrow(),
        new ObservationDraft(
            "plattan",
            now.minus(Duration.ofHours(2)),
            now.minus(Duration.ofMinutes(5)),
            List.of("drug-dealing", "lookouts"),
            Intensity.FEW,
            6,
            GroupCounts.none()
                .with(Gender.MALE, AgeBand.AGE_25_PLUS, 3)
                .with(Gender.FEMALE, AgeBand.AGE_15_17, 2),
            NewFaces.YES,
            null,
            false,
            List.of()));
  }

  @Test
  void theDetailPageShowsTheCountsByGenderAndAgeAndTheCorrectLinkOnlyToItsAuthorWithin24Hours() {
    Observation o = recordAsField();
    String path = "/areas/klara/observations/" + o.id();
    String edit = "href=\"" + path + "/edit\"";

    WebSession.Response mine = signedInAs("field").get(path);
    assertThat(mine.status()).isEqualTo(200);
    String html = compact(mine.body());
    assertThat(html)
        .contains(
            "<th scope=\"row\">Flickor/kvinnor</th><td>0</td><td>2</td><td>0</td><td>0</td>"
                + "<td>2</td></tr>")
        .contains(
            "<th scope=\"row\">Pojkar/män</th><td>0</td><td>0</td><td>0</td><td>3</td><td>3</td>")
        .contains("<th scope=\"row\">Okänt</th><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>")
        .contains(
            "<tfoot><tr><th scope=\"row\">Totalt</th><td>0</td><td>2</td><td>0</td><td>3</td>"
                + "<td>5</td>")
        .contains("<dd>Narkotikaförsäljning, Utkikar</dd>")
        .contains(edit + ">Rätta</a>");
    assertThat(compact(signedInAs("field").get(path + "?lang=en").body()))
        .contains(edit + ">Correct</a>")
        .contains("<th scope=\"row\">Boys/men</th>");

    WebSession.Response coordinators = signedInAs("coordinator").get(path);
    assertThat(coordinators.status()).isEqualTo(200);
    assertThat(coordinators.body()).as("only the author corrects").doesNotContain(edit);

    jdbc.sql("update observation set created_at = ? where id = ?")
        .params(Timestamp.from(clock.instant().minus(Duration.ofHours(25))), o.id())
        .update();
    assertThat(signedInAs("field").get(path).body())
        .as("no correction after 24 hours")
        .doesNotContain(edit);
  }

  private long stored() {
    return jdbc.sql("select count(*) from observation").query(Long.class).single();
  }

  private Map<String, String> form(String key) {
    Instant now = clock.instant();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("idempotencyKey", key);
    form.put("place", "hotorget");
    form.put("from", MINUTES.format(now.minus(Duration.ofHours(1))));
    form.put("to", MINUTES.format(now.minus(Duration.ofMinutes(10))));
    form.put("phenomena", "drug-use");
    form.put("intensity", "FEW");
    form.put("counts.male.18-24", "2");
    form.put("newFaces", "NO");
    form.put("note", "Lugnt vid fontänen");
    return form;
  }

  @Test
  void aFormSentWithoutJavaScriptIsStoredOnceEvenWhenSentTwiceAndRedirectsToTheObservation() {
    WebSession field = signedInAs("field");
    WebSession.Response page = field.get("/areas/klara/observations/new");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("action=\"/areas/klara/observations\"");
    String key = keyOf(page.body());
    long before = stored();

    WebSession.Response first = field.post("/areas/klara/observations", form(key));
    assertThat(first.status()).isEqualTo(302);
    assertThat(first.location()).matches(".*/areas/klara/observations/\\d+");
    assertThat(stored()).isEqualTo(before + 1);

    WebSession.Response again = field.post("/areas/klara/observations", form(key));
    assertThat(again.status()).isEqualTo(302);
    assertThat(again.location()).isEqualTo(first.location());
    assertThat(stored()).as("the same form sent twice is stored once").isEqualTo(before + 1);

    WebSession.Response shown = field.get(first.location().replaceAll("^https?://[^/]+", ""));
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.body()).contains("Observationen är sparad.").contains("Hötorget");
    long id = Long.parseLong(first.location().replaceAll(".*/", ""));
    Observation o = observations.get(actor("field"), areas.bySlug("klara").orElseThrow(), id);
    assertThat(o.phenomena()).containsExactly("drug-use");
    assertThat(o.counts().get(Gender.MALE, AgeBand.AGE_18_24)).isEqualTo(2);
    assertThat(o.counts().total()).isEqualTo(2);
    assertThat(o.newFaces()).isEqualTo(NewFaces.NO);
    assertThat(o.note()).isEqualTo("Lugnt vid fontänen");
  }

  @Test
  void aRefusedFormComesBackWithEveryWrongFieldMarkedTheRestKeptAndNothingStored() {
    WebSession field = signedInAs("field");
    String key = keyOf(field.get("/areas/klara/observations/new").body());
    long before = stored();
    Map<String, String> form = form(key);
    form.put("place", "");
    form.put("estimatedCount", "1");
    // Skatteverket's official test personnummer.
    form.put("note", "Sågs med 19121212-1212 vid trappan");

    WebSession.Response refused = field.post("/areas/klara/observations", form);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(stored()).isEqualTo(before);
    String html = compact(refused.body());
    assertThat(html)
        .contains("data-field=\"place\">Välj en plats.</p>")
        .contains(
            "data-field=\"counts\">Antalen per kön och ålder är fler än det uppskattade totala"
                + " antalet.</p>")
        .contains("data-field=\"note\">Anteckningen innehåller ett personnummer.")
        .contains("role=\"alert\"");
    assertThat(html)
        .as("the rest of the form is kept")
        .contains("name=\"idempotencyKey\" value=\"" + key + "\"")
        .contains("value=\"" + form.get("from") + "\"")
        .contains("name=\"counts.male.18-24\" value=\"2\"")
        .contains("id=\"estimatedCount\" name=\"estimatedCount\"")
        .containsPattern("id=\"ph-drug-use\" value=\"drug-use\" checked")
        .containsPattern("id=\"nf-NO\" value=\"NO\" checked")
        .containsPattern("id=\"int-FEW\" value=\"FEW\" checked");
    assertThat(html.replace("<textarea", "\n<textarea").lines())
        .as("no message repeats the number; only the note field holds what was typed")
        .filteredOn(line -> line.contains("1212"))
        .allMatch(line -> line.startsWith("<textarea id=\"note\""));

    form.put("place", "plattan");
    form.put("estimatedCount", "");
    form.put("note", "Lugnt vid trappan");
    WebSession.Response corrected = field.post("/areas/klara/observations", form);
    assertThat(corrected.status()).isEqualTo(302);
    assertThat(stored()).isEqualTo(before + 1);
  }

  @Test
  void aFormWithoutItsKeyIsRefusedWithANewKeyAndNothingStored() {
    WebSession field = signedInAs("field");
    long before = stored();
    Map<String, String> form = form("");
    WebSession.Response refused = field.post("/areas/klara/observations", form);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Formuläret kunde inte kännas igen.");
    assertThat(keyOf(refused.body())).isNotBlank();
    assertThat(stored()).isEqualTo(before);
  }
}
