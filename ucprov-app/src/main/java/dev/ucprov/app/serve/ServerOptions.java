package dev.ucprov.app.serve;

import dev.ucprov.app.cli.HostPortConverter;
import dev.ucprov.app.config.ConfigFile;
import dev.ucprov.app.config.ConfigOverrides;
import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options {@code serve} and {@code demo} share. Precedence: an option given here, then the
 * {@code --config} file, then the built-in default.
 */
public final class ServerOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A YAML file with any of the settings below (see ucprov.example.yaml).")
  Path config;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The data directory: database, file bodies, admin token (default: ucprov-data).")
  Path data;

  @Option(
      names = "--http",
      paramLabel = "HOST:PORT",
      converter = HostPortConverter.class,
      description = "Where phones connect (default: 0.0.0.0:8080).")
  HostPort http;

  @Option(
      names = "--admin",
      paramLabel = "HOST:PORT",
      converter = HostPortConverter.class,
      description = "Where the admin API listens (default: 127.0.0.1:8081).")
  HostPort admin;

  @Option(
      names = "--database",
      paramLabel = "JDBC_URL",
      converter = JdbcUrlConverter.class,
      description = "The database (default: an H2 file under the data directory).")
  String database;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      converter = PublicUrlConverter.class,
      description =
          "The URL phones reach the phone listener at, for templates' server.httpUrl"
              + " (default: http://HOST:PORT of --http, this machine's name for 0.0.0.0).")
  String publicUrl;

  @Mixin CheckSyncOptions checkSync = new CheckSyncOptions();

  /** The settings to run with. */
  public ServerConfig resolve(ConfigFile files) {
    ServerConfig base = ServerConfig.defaults();
    if (config != null) {
      base = files.read(config).over(base);
    }
    ConfigOverrides given =
        new ConfigOverrides(
            Optional.ofNullable(data),
            Optional.ofNullable(http),
            Optional.ofNullable(admin),
            Optional.ofNullable(database),
            Optional.ofNullable(publicUrl),
            checkSync.overrides());
    return given.over(base);
  }

  /** Refuses a {@code --database} that is not a JDBC URL while parsing, as a usage error. */
  static final class JdbcUrlConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!value.startsWith("jdbc:")) {
        throw new TypeConversionException(
            "not a JDBC URL: \"" + value + "\" (for example jdbc:postgresql://db/ucprov)");
      }
      return value;
    }
  }

  /** Refuses a {@code --public-url} that is not an http:// URL while parsing. */
  static final class PublicUrlConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        ServerConfig.checkPublicUrl(value);
        return value;
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
