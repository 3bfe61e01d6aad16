package se.klara.accounts;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * The filter chain, built from the access spec: what the spec lists is allowed to the roles it
 * names; any other request that a handler would serve is denied, and one that nothing serves falls
 * through to 404. Also sign-in, sign-out, CSRF and the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfiguration {

  @Bean
  AccessSpec accessSpec() {
    return AccessSpec.load();
  }

  /**
   * The only authentication manager: password sign-in behind the throttle. Declared as a bean so
   * that no global manager exists that could check a password without the throttle.
   */
  @Bean
  AuthenticationManager authenticationManager(
      KlaraUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(passwordEncoder);
    ProviderManager manager =
        new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
    manager.setEraseCredentialsAfterAuthentication(true);
    return manager;
  }

  @Bean
  @ConditionalOnWebApplication
  SecurityFilterChain klaraSecurity(
      HttpSecurity http,
      AccessSpec spec,
      AuthenticationManager authenticationManager,
      SignInEvents signInEvents,
      HandlerMappingIntrospector introspector,
      @Value("${klara.map.tile-origin:https://tile.openstreetmap.org}") String tileOrigin)
      throws Exception {
    http.authenticationManager(authenticationManager);

    http.authorizeHttpRequests(
        authorize -> {
          // Error pages render whatever failed; the failed request itself was already checked.
          authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
          for (AccessSpec.Rule rule : spec.rules()) {
            apply(authorize.requestMatchers(rule.method(), rule.pattern()), rule);
            if (rule.method() == HttpMethod.GET) {
              apply(authorize.requestMatchers(HttpMethod.HEAD, rule.pattern()), rule);
            }
          }
          authorize.anyRequest().access(new UnmappedRequests(introspector));
        });

    http.formLogin(
        form ->
            form.loginPage("/login")
                .loginProcessingUrl("/login")
                .successHandler(signInEvents)
                .failureHandler(signInEvents));
    http.logout(
        logout ->
            logout
                .logoutUrl("/logout")
                .invalidateHttpSession(true)
                .clearAuthentication(true)
                .deleteCookies("KLARA_SESSION")
                .logoutSuccessHandler(signInEvents));
    // Open311 clients authenticate each POST by its api_key, never by a session cookie.
    http.csrf(csrf -> csrf.ignoringRequestMatchers("/open311/**"));
    http.sessionManagement(
        session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
    http.exceptionHandling(
        exceptions ->
            exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), SecurityConfiguration::notHtml));
    http.requestCache(cache -> cache.requestCache(new HtmlPageRequestCache()));

    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(
                    csp -> csp.policyDirectives(contentSecurityPolicy(tileOrigin)))
                .referrerPolicy(
                    referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(
                    new StaticHeadersWriter(
                        "Permissions-Policy", "geolocation=(self), camera=(), microphone=()")));
    return http.build();
  }

  private static void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url, AccessSpec.Rule rule) {
    switch (rule.audience()) {
      case PUBLIC -> url.permitAll();
      case AUTHENTICATED -> url.authenticated();
      case ROLES -> url.hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
    }
  }

  static String contentSecurityPolicy(String tileOrigin) {
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: " + tileOrigin,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
  }

  /** Scripts and API clients get 401 instead of a redirect to the sign-in page. */
  static boolean notHtml(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept == null || !accept.contains("text/html");
  }

  /** Remembers only page requests to return to after sign-in, never assets or API calls. */
  static final class HtmlPageRequestCache
      extends org.springframework.security.web.savedrequest.HttpSessionRequestCache {
    HtmlPageRequestCache() {
      RequestMatcher pages = request -> "GET".equals(request.getMethod()) && !notHtml(request);
      setRequestMatcher(pages);
    }
  }
}
