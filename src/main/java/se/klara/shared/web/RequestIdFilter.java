package se.klara.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.klara.shared.RequestId;

/**
 * Gives every request an id (a well-formed incoming {@code X-Request-Id} from a proxy is kept) and
 * puts it in the log context, the response header and the audit rows.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // On an error dispatch the response already carries the id of the original request.
    String assigned = response.getHeader(RequestId.HEADER);
    String incoming = request.getHeader(RequestId.HEADER);
    String id;
    if (assigned != null) {
      id = assigned;
    } else if (incoming != null && WELL_FORMED.matcher(incoming).matches()) {
      id = incoming;
    } else {
      id = UUID.randomUUID().toString();
    }
    MDC.put(RequestId.MDC_KEY, id);
    response.setHeader(RequestId.HEADER, id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(RequestId.MDC_KEY);
    }
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}
