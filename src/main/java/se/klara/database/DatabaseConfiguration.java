package se.klara.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * One data source for the whole application. An external PostgreSQL ({@code KLARA_DB_URL} or {@code
 * spring.datasource.url}) wins; without one Klara starts its embedded server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {
  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties properties) {
    if (properties.isExternal()) {
      return new EmbeddedDatabaseHolder(null);
    }
    try {
      return new EmbeddedDatabaseHolder(EmbeddedDatabase.start(Path.of(properties.dataDir())));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in "
              + Path.of(properties.dataDir()).toAbsolutePath()
              + " (set KLARA_DATA_DIR to a writable directory or KLARA_DB_URL to an external"
              + " PostgreSQL)",
          e);
    }
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(
      DatabaseProperties properties, ObjectProvider<EmbeddedDatabaseHolder> embedded) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("klara");
    config.setMaximumPoolSize(properties.poolSize());
    if (properties.isExternal()) {
      config.setJdbcUrl(properties.url());
      config.setUsername(properties.user());
      if (StringUtils.hasText(properties.password())) {
        config.setPassword(properties.password());
      }
      log.info("Using external PostgreSQL at {}", withoutCredentials(properties.url()));
    } else {
      EmbeddedDatabase database = embedded.getObject().database();
      config.setJdbcUrl(database.jdbcUrl());
      config.setUsername(database.username());
    }
    return new HikariDataSource(config);
  }

  private static String withoutCredentials(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** Keeps the embedded server's lifecycle tied to the context; empty with an external one. */
  record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (database != null) {
        database.close();
      }
    }
  }
}
