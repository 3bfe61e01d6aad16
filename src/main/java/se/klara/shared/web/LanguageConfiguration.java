package se.klara.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Swedish by default, English on request ({@code ?lang=en}); the choice is kept in a cookie. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {
  static final Locale SWEDISH = Locale.forLanguageTag("sv");
  static final List<Locale> SUPPORTED = List.of(SWEDISH, Locale.ENGLISH);

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("KLARA_LANG");
    resolver.setDefaultLocale(SWEDISH);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor =
        new LocaleChangeInterceptor() {
          @Override
          public boolean preHandle(
              jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response,
              Object handler)
              throws jakarta.servlet.ServletException {
            String lang = request.getParameter(getParamName());
            if (lang != null && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
              return true; // an unknown language keeps the current one
            }
            return super.preHandle(request, response, handler);
          }
        };
    interceptor.setParamName("lang");
    registry.addInterceptor(interceptor);
  }
}
