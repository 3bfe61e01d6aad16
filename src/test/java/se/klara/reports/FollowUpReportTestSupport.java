package se.klara.reports;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import se.klara.support.WebSession;

/** Downloads a binary (the report's PDF) in a signed-in web session. */
public final class FollowUpReportTestSupport {
  private FollowUpReportTestSupport() {}

  public static HttpResponse<byte[]> getBytes(int port, WebSession session, String path)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "KLARA_SESSION=" + session.sessionId().orElseThrow())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
