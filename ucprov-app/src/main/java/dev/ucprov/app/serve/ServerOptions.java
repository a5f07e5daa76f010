package dev.ucprov.app.serve;

import dev.ucprov.app.cli.HostPortConverter;
import dev.ucprov.app.config.ConfigException;
import dev.ucprov.app.config.ConfigFile;
import dev.ucprov.app.config.ConfigOverrides;
import dev.ucprov.app.config.DurationText;
import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.HttpsConfig;
import dev.ucprov.app.config.PhoneAuthConfig;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.http.tls.ClientAuth;
import java.nio.file.Path;
import java.time.Duration;
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

  @Option(
      names = "--https",
      paramLabel = "HOST:PORT",
      converter = HostPortConverter.class,
      description =
          "Also serve phones over HTTPS here (TLS 1.2 and 1.3), with --tls-cert and --tls-key or"
              + " --tls-keystore (default: no HTTPS).")
  HostPort https;

  @Option(
      names = "--tls-cert",
      paramLabel = "FILE",
      description = "The HTTPS server certificate, then any intermediates (PEM).")
  Path tlsCert;

  @Option(
      names = "--tls-key",
      paramLabel = "FILE",
      description =
          "Its private key, unencrypted PEM: BEGIN PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY.")
  Path tlsKey;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE",
      description =
          "A PKCS#12 file with the key and certificate chain, instead of --tls-cert and --tls-key.")
  Path tlsKeystore;

  @Option(
      names = "--tls-keystore-password",
      paramLabel = "PASSWORD",
      description =
          "The keystore's password (default: "
              + HttpsConfig.PASSWORD_VARIABLE
              + ", which other users cannot see in the process list, else none).")
  String tlsKeystorePassword;

  @Option(
      names = "--client-ca",
      paramLabel = "FILE",
      description =
          "The CA certificates (PEM, one or more) that sign phones' client certificates; only"
              + " these are trusted.")
  Path clientCa;

  @Option(
      names = "--client-auth",
      paramLabel = "MODE",
      converter = ClientAuthConverter.class,
      description =
          "none, want (ask; a phone without a certificate may still use a password) or need"
              + " (default: want with --client-ca, else none).")
  ClientAuth clientAuth;

  @Option(
      names = "--nonce-lifetime",
      paramLabel = "DURATION",
      converter = PositiveDurationConverter.class,
      description = "How long a Digest nonce is accepted, then stale=true (default: 5m).")
  Duration nonceLifetime;

  @Option(
      names = "--digest-sha256-first",
      paramLabel = "BOOLEAN",
      arity = "0..1",
      fallbackValue = "true",
      description =
          "Offer Digest SHA-256 before MD5 in a 401 (default: false; many clients use the first"
              + " Digest challenge only, and old phone firmware knows MD5 only).")
  Boolean digestSha256First;

  @Option(
      names = "--abuse-window",
      paramLabel = "DURATION",
      converter = PositiveDurationConverter.class,
      description = "How far back failed logins and unknown-MAC requests count (default: 1m).")
  Duration abuseWindow;

  @Option(
      names = "--abuse-slow-after",
      paramLabel = "COUNT",
      converter = CountConverter.class,
      description = "Events within the window from which an address is answered slowly (10).")
  Integer abuseSlowAfter;

  @Option(
      names = "--abuse-refuse-after",
      paramLabel = "COUNT",
      converter = CountConverter.class,
      description = "Events within the window from which an address is refused, 429 (30).")
  Integer abuseRefuseAfter;

  @Option(
      names = "--abuse-delay",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long a slowed answer waits (default: 2s).")
  Duration abuseDelay;

  @Option(
      names = "--abuse-penalty",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long a refused address stays refused (default: 10m).")
  Duration abusePenalty;

  @Mixin UploadOptions uploads = new UploadOptions();
  @Mixin CheckSyncOptions checkSync = new CheckSyncOptions();
  @Mixin TftpOptions tftp = new TftpOptions();
  @Mixin FtpOptions ftp = new FtpOptions();

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
            new HttpsConfig(
                Optional.ofNullable(https),
                Optional.ofNullable(tlsCert),
                Optional.ofNullable(tlsKey),
                Optional.ofNullable(tlsKeystore),
                Optional.ofNullable(tlsKeystorePassword),
                Optional.ofNullable(clientCa),
                Optional.ofNullable(clientAuth)),
            new PhoneAuthConfig(
                Optional.ofNullable(nonceLifetime),
                Optional.ofNullable(digestSha256First),
                Optional.ofNullable(abuseWindow),
                Optional.ofNullable(abuseSlowAfter),
                Optional.ofNullable(abuseRefuseAfter),
                Optional.ofNullable(abuseDelay),
                Optional.ofNullable(abusePenalty)),
            uploads.settings(),
            checkSync.overrides(),
            tftp.settings(),
            ftp.config());
    ServerConfig resolved = given.over(base);
    resolved.https().listener(); // options that do not go together stop here, before any work
    checkLimits(resolved);
    return resolved;
  }

  /** Refuses abuse limits that do not go together, naming the options. */
  private static void checkLimits(ServerConfig resolved) {
    try {
      resolved.auth().limits();
    } catch (IllegalArgumentException e) {
      throw new ConfigException("abuse limits: " + e.getMessage(), e);
    }
  }

  /** Reads a duration: 500ms, 90s, 5m, 1h or ISO-8601. */
  static class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return DurationText.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A duration longer than zero. */
  static final class PositiveDurationConverter extends DurationConverter {
    @Override
    public Duration convert(String value) {
      Duration d = super.convert(value);
      if (d.isZero() || d.isNegative()) {
        throw new TypeConversionException("must be longer than zero, got \"" + value + "\"");
      }
      return d;
    }
  }

  /** A count of at least 1. */
  static final class CountConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.strip());
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      throw new TypeConversionException("not a count of at least 1: \"" + value + "\"");
    }
  }

  /** Reads {@code --client-auth}: none, want or need. */
  static final class ClientAuthConverter implements ITypeConverter<ClientAuth> {
    @Override
    public ClientAuth convert(String value) {
      try {
        return ClientAuth.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
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
