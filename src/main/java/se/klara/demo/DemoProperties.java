package se.klara.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code klara.demo.enabled} loads the demo area and accounts; the password is for all of them. */
@ConfigurationProperties("klara.demo")
record DemoProperties(boolean enabled, String password) {
  DemoProperties {
    if (password == null || password.isBlank()) {
      password = "klara-demo";
    }
  }
}
