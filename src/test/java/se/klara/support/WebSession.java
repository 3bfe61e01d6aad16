package se.klara.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client with a cookie jar, as a browser without JavaScript: it keeps the session,
 * finds the CSRF token in pages and never follows redirects, so tests see every status.
 */
public final class WebSession {
  private static final Pattern CSRF_META =
      Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private String csrfToken;

  WebSession(String base) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
    public String location() {
      return header("Location").orElse("");
    }

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
  }

  public Response getJson(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
  }

  public Response request(String method, String path, String accept) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", accept)
            .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /** Posts a form with the current CSRF token (fetched from the home page when unknown). */
  public Response post(String path, Map<String, String> form) {
    if (csrfToken == null) {
      get("/");
    }
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.putIfAbsent("_csrf", csrfToken);
    return postRaw(path, withToken);
  }

  /** Posts exactly the given fields, with no CSRF token added. */
  public Response postRaw(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Posts a multipart form (as a browser uploads a file) with the current CSRF token: the text
   * fields, then one file field.
   */
  public Response postMultipart(
      String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
    String boundary = "----klara" + System.nanoTime();
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.putIfAbsent("_csrf", csrfToken());
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    withToken.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "text/html")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public Response signIn(String username, String password) {
    get("/login");
    Response response = post("/login", Map.of("username", username, "password", password));
    csrfToken = null; // sign-in issues a new token
    return response;
  }

  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("KLARA_SESSION"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Presents a given session id, e.g. one that was signed out, as a stolen cookie would. */
  public void useSessionId(String id) {
    HttpCookie cookie = new HttpCookie("KLARA_SESSION", id);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(URI.create(base), cookie);
  }

  public String csrfToken() {
    if (csrfToken == null) {
      get("/");
    }
    return csrfToken;
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String body = response.body();
      Matcher meta = CSRF_META.matcher(body);
      Matcher field = CSRF_FIELD.matcher(body);
      if (meta.find()) {
        csrfToken = meta.group(1);
      } else if (field.find()) {
        csrfToken = field.group(1);
      }
      return new Response(response.statusCode(), body, response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
