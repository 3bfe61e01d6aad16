package se.klara.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. {@code klara.db.url} (environment {@code KLARA_DB_URL}) selects an external
 * PostgreSQL; otherwise the embedded server keeps its files in {@code klara.data-dir} (environment
 * {@code KLARA_DATA_DIR}, default {@code ./klara-data}).
 */
@ConfigurationProperties("klara")
record DatabaseProperties(String dataDir, Db db) {

  DatabaseProperties {
    if (!StringUtils.hasText(dataDir)) {
      dataDir = "klara-data";
    }
    if (db == null) {
      db = new Db(null, null, null, 10);
    }
  }

  boolean isExternal() {
    return StringUtils.hasText(db.url());
  }

  String url() {
    return db.url();
  }

  String user() {
    return StringUtils.hasText(db.user()) ? db.user() : "postgres";
  }

  String password() {
    return db.password();
  }

  int poolSize() {
    return db.poolSize() > 0 ? db.poolSize() : 10;
  }

  record Db(String url, String user, String password, int poolSize) {}
}
