package se.klara.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import se.klara.shared.Role;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/**
 * The closed-world access spec holds: every endpoint Spring serves is listed, nothing listed is
 * stale, and every listed endpoint answers each role and anonymous exactly as the spec says.
 */
class AccessSpecTests extends IntegrationTest {

  /** A concrete request for every pattern with wildcards; variables are filled in below. */
  private static final Map<String, String> SAMPLE_PATHS =
      Map.of(
          "/static/**", "/static/css/klara.css",
          "/webjars/**", "/webjars/htmx.org/dist/htmx.min.js",
          "/actuator/health/**", "/actuator/health/db");

  @Autowired ApplicationContext context;
  @Autowired AccessSpec spec;

  record Endpoint(String method, String pattern) implements Comparable<Endpoint> {
    @Override
    public int compareTo(Endpoint other) {
      return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  /** What Spring MVC serves: controllers, actuator endpoints and static resource handlers. */
  private Set<Endpoint> servedEndpoints() {
    Set<Endpoint> endpoints = new TreeSet<>();
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
          if (methods.isEmpty()) {
            endpoints.add(new Endpoint("ANY", pattern));
          }
          methods.forEach(m -> endpoints.add(new Endpoint(m.name(), pattern)));
        }
      }
    }
    for (SimpleUrlHandlerMapping mapping :
        context.getBeansOfType(SimpleUrlHandlerMapping.class).values()) {
      mapping.getHandlerMap().keySet().forEach(p -> endpoints.add(new Endpoint("GET", p)));
    }
    return endpoints;
  }

  private Set<Endpoint> specifiedEndpoints() {
    Set<Endpoint> endpoints = new TreeSet<>();
    spec.rules().forEach(r -> endpoints.add(new Endpoint(r.method().name(), r.pattern())));
    return endpoints;
  }

  @Test
  void everyServedEndpointIsInTheSpec() {
    Set<String> specifiedPatterns = new LinkedHashSet<>();
    specifiedEndpoints().forEach(e -> specifiedPatterns.add(e.pattern()));
    List<Endpoint> missing = new ArrayList<>();
    for (Endpoint served : servedEndpoints()) {
      boolean listed =
          served.method().equals("ANY")
              ? specifiedPatterns.contains(served.pattern())
              : specifiedEndpoints().contains(served);
      if (!listed) {
        missing.add(served);
      }
    }
    assertThat(missing).as("endpoints missing from %s", AccessSpec.LOCATION).isEmpty();
    // Sign-in and sign-out are served by the security filters, not by handler mappings.
    assertThat(specifiedEndpoints())
        .contains(new Endpoint("POST", "/login"), new Endpoint("POST", "/logout"));
  }

  @Test
  void everyEndpointInTheSpecIsServed() {
    Set<String> servedPatterns = new LinkedHashSet<>();
    servedEndpoints().forEach(e -> servedPatterns.add(e.pattern()));
    Set<Endpoint> filterEndpoints =
        Set.of(new Endpoint("POST", "/login"), new Endpoint("POST", "/logout"));
    List<Endpoint> stale = new ArrayList<>();
    for (Endpoint listed : specifiedEndpoints()) {
      boolean served =
          servedEndpoints().contains(listed)
              || servedEndpoints().contains(new Endpoint("ANY", listed.pattern()))
              || filterEndpoints.contains(listed);
      if (!served) {
        stale.add(listed);
      }
    }
    assertThat(stale).as("entries in %s that nothing serves", AccessSpec.LOCATION).isEmpty();
    assertThat(servedPatterns).isNotEmpty();
  }

  @Test
  void everyEndpointAnswersEveryRoleAndAnonymousAsTheSpecSays() {
    Map<String, WebSession> sessions = new LinkedHashMap<>();
    sessions.put("anonymous", anonymous());
    for (Role role : Role.values()) {
      sessions.put(role.key(), signedInAs(role.key()));
    }
    List<String> wrong = new ArrayList<>();
    for (AccessSpec.Rule rule : spec.rules()) {
      if (rule.pattern().equals("/logout")) {
        continue; // would end the sessions; checked below with sessions of its own
      }
      String path =
          SAMPLE_PATHS
              .getOrDefault(rule.pattern(), rule.pattern())
              .replace("{area}", "klara")
              .replace("{unit}", "ungdomsjouren")
              .replace("{place}", "plattan")
              .replace("{id}", "1");
      assertThat(path).as("sample path for %s", rule.pattern()).doesNotContain("{", "*");
      for (Map.Entry<String, WebSession> entry : sessions.entrySet()) {
        String who = entry.getKey();
        boolean allowed =
            who.equals("anonymous")
                ? rule.allowsAnonymous()
                : rule.allows(Role.fromKey(who).orElseThrow());
        WebSession.Response response =
            rule.method() == HttpMethod.POST
                ? entry.getValue().post(path, Map.of())
                : entry.getValue().get(path);
        String outcome = describe(response);
        boolean refused = outcome.equals("403") || outcome.equals("401") || outcome.equals("login");
        boolean expected =
            allowed
                ? !refused
                : (who.equals("anonymous") ? outcome.equals("login") : outcome.equals("403"));
        if (!expected) {
          wrong.add(
              rule.method()
                  + " "
                  + path
                  + " as "
                  + who
                  + ": "
                  + outcome
                  + " but the spec says "
                  + (allowed ? "allowed" : "refused"));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void signOutEndsTheSessionOfEveryRole() {
    for (Role role : Role.values()) {
      WebSession session = signedInAs(role.key());
      WebSession.Response response = session.post("/logout", Map.of());
      assertThat(response.status()).as(role.key()).isEqualTo(302);
      assertThat(response.location()).as(role.key()).endsWith("/login?logout");
      assertThat(session.get("/account/password").location())
          .as("%s is signed out afterwards", role.key())
          .endsWith("/login");
    }
    WebSession.Response anonymous = anonymous().post("/logout", Map.of());
    assertThat(anonymous.location()).endsWith("/login?logout");
  }

  @Test
  void aPathThatNothingServesAnswers404EvenToAnonymous() {
    assertThat(anonymous().get("/no-such-page").status()).isEqualTo(404);
    assertThat(signedInAs("partner").get("/no-such-page").status()).isEqualTo(404);
  }

  @Test
  void aServedPathWithAnUnlistedMethodIsRefused() {
    WebSession admin = signedInAs("admin");
    assertThat(admin.post("/areas/klara", Map.of()).status()).isEqualTo(403);
    assertThat(admin.post("/admin/audit", Map.of()).status()).isEqualTo(403);
  }

  @Test
  void scriptsGet401InsteadOfARedirectToTheSignInPage() {
    WebSession.Response response = anonymous().getJson("/admin/users");
    assertThat(response.status()).isEqualTo(401);
  }

  private static String describe(WebSession.Response response) {
    if (response.status() == 302 && response.location().endsWith("/login")) {
      return "login";
    }
    return String.valueOf(response.status());
  }
}
