package se.klara.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core from its WebJar, injected into the current page. The page's Content-Security-Policy
 * forbids inline scripts, but scripts run through WebDriver are not subject to it.
 */
final class Axe {
  private static final String SOURCE = load();

  private static final String RUN =
      """
      var done = arguments[arguments.length - 1];
      axe.run(document, { resultTypes: ['violations'] })
        .then(function (results) {
          done({
            version: results.testEngine.version,
            json: JSON.stringify(results, null, 2),
            violations: results.violations.map(function (v) {
              return {
                id: v.id,
                impact: v.impact || 'unknown',
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.map(function (n) {
                  return n.target.map(function (t) { return [].concat(t).join(' >>> '); }).join(', ')
                    + '  ' + n.html.substring(0, 160);
                })
              };
            })
          });
        })
        .catch(function (e) { done({ error: String((e && e.stack) || e) }); });
      """;

  private Axe() {}

  record Violation(String id, String impact, String help, String helpUrl, List<String> nodes) {
    @Override
    public String toString() {
      return id
          + " ("
          + impact
          + "): "
          + help
          + " <"
          + helpUrl
          + ">"
          + nodes.stream().map(n -> "\n      at " + n).collect(Collectors.joining());
    }
  }

  record Report(String page, String version, String json, List<Violation> violations) {
    /** All violations, one per paragraph, for an assertion message. */
    String describe() {
      return "axe-core "
          + version
          + " found "
          + violations.size()
          + " violation(s) on "
          + page
          + ":"
          + violations.stream().map(v -> "\n  - " + v).collect(Collectors.joining());
    }
  }

  /** Runs every default axe rule on the page the driver shows and writes the results to a file. */
  @SuppressWarnings("unchecked")
  static Report check(WebDriver driver, String page, Path resultFile) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(SOURCE);
    Object raw = js.executeAsyncScript(RUN);
    if (!(raw instanceof Map<?, ?> result)) {
      throw new IllegalStateException("axe.run() on " + page + " returned " + raw);
    }
    if (result.get("error") != null) {
      throw new IllegalStateException("axe.run() on " + page + " failed: " + result.get("error"));
    }
    String json = (String) result.get("json");
    try {
      Files.createDirectories(resultFile.getParent());
      Files.writeString(resultFile, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Violation> violations =
        ((List<Map<String, Object>>) result.get("violations"))
            .stream()
                .map(
                    v ->
                        new Violation(
                            (String) v.get("id"),
                            (String) v.get("impact"),
                            (String) v.get("help"),
                            (String) v.get("helpUrl"),
                            (List<String>) v.get("nodes")))
                .toList();
    return new Report(page, (String) result.get("version"), json, violations);
  }

  private static String load() {
    String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
    if (path == null) {
      throw new IllegalStateException("axe-core WebJar (axe.min.js) is not on the test classpath");
    }
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
