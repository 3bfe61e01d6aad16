package se.klara.shared;

import java.util.Optional;
import org.slf4j.MDC;

/** The id of the request being served, shared by logs, audit rows and error pages. */
public final class RequestId {
  public static final String MDC_KEY = "requestId";
  public static final String HEADER = "X-Request-Id";

  private RequestId() {}

  public static Optional<String> current() {
    return Optional.ofNullable(MDC.get(MDC_KEY));
  }
}
