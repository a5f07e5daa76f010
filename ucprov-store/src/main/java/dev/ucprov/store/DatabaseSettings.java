package dev.ucprov.store;

import java.nio.file.Path;

/**
 * How to reach the database.
 *
 * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:postgresql:...}
 * @param username empty for an embedded H2 database
 * @param password empty for an embedded H2 database
 * @param maxPoolSize connections kept open at most
 */
public record DatabaseSettings(String jdbcUrl, String username, String password, int maxPoolSize) {

  public static final int DEFAULT_POOL_SIZE = 10;

  public DatabaseSettings {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("not a JDBC URL: " + jdbcUrl);
    }
    if (username == null || password == null) {
      throw new IllegalArgumentException("username and password may be empty, not missing");
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be >= 1: " + maxPoolSize);
    }
  }

  /** The embedded default: an H2 database in {@code directory/ucprov.mv.db}. */
  public static DatabaseSettings h2File(Path directory) {
    String base = directory.toAbsolutePath().resolve("ucprov").toString();
    return new DatabaseSettings("jdbc:h2:file:" + base, "", "", DEFAULT_POOL_SIZE);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[jdbcUrl="
        + jdbcUrl
        + ", username="
        + username
        + ", password=***, maxPoolSize="
        + maxPoolSize
        + "]";
  }
}
