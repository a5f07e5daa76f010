package dev.ucprov.app.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a YAML configuration file: one mapping of the keys {@link #KEYS}, each a single value,
 * spelled like the command-line options. Anything else (an unknown or repeated key, a list, a bad
 * value) is refused with the file, line and key, so a typo never silently falls back to a default.
 * A relative {@code data} (and certificate, key and keystore file) is taken from the file's
 * directory, so the file works wherever the server is started from.
 */
public final class ConfigFile {

  /** The keys a file may hold, in the order the example file documents them. */
  public static final List<String> KEYS =
      Stream.of(
              Stream.of("data", "http", "admin", "database", "public-url"),
              HttpsConfig.KEYS.stream(),
              PhoneAuthConfig.KEYS.stream(),
              UploadSettings.KEYS.stream(),
              FtpConfig.KEYS.stream(),
              Stream.of(
                  "check-sync-rate",
                  "check-sync-concurrency",
                  "auto-check-sync",
                  "auto-check-sync-delay"),
              TftpSettings.KEYS.stream())
          .flatMap(keys -> keys)
          .toList();

  private final YAMLFactory yaml = new YAMLFactory();

  public ConfigOverrides read(Path file) {
    try (JsonParser parser = yaml.createParser(Files.newBufferedReader(file))) {
      return read(file, parser);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such configuration file");
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          at(file, e.getLocation()) + "not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private ConfigOverrides read(Path file, JsonParser parser) throws IOException {
    Values values = new Values(file);
    JsonToken token = parser.nextToken();
    if (token == null) {
      return values.overrides();
    }
    if (token != JsonToken.START_OBJECT) {
      throw fail(file, parser, "expected 'key: value' lines, one per setting (keys: " + known());
    }
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonLocation where = parser.currentTokenLocation();
      if (!KEYS.contains(key)) {
        throw new ConfigException(at(file, where) + "unknown key '" + key + "' (keys: " + known());
      }
      if (!seen.add(key)) {
        throw new ConfigException(at(file, where) + "key '" + key + "' is set twice");
      }
      JsonToken value = parser.nextToken();
      if (value == JsonToken.VALUE_NULL || !value.isScalarValue()) {
        throw new ConfigException(
            at(file, where) + "key '" + key + "' needs one value (remove it to use the default)");
      }
      values.set(key, parser.getText(), where);
    }
    if (parser.nextToken() != null) {
      throw fail(file, parser, "more than one YAML document; put every key in one");
    }
    return values.overrides();
  }

  private static String known() {
    return String.join(", ", KEYS) + ")";
  }

  private static ConfigException fail(Path file, JsonParser parser, String message) {
    return new ConfigException(at(file, parser.currentTokenLocation()) + message);
  }

  static String at(Path file, JsonLocation where) {
    return where == null || where.getLineNr() < 1
        ? file + ": "
        : file + ":" + where.getLineNr() + ": ";
  }

  /** The settings read so far. Not thread-safe: one per file read. */
  private static final class Values {
    private final Path file;
    private Optional<Path> data = Optional.empty();
    private Optional<HostPort> http = Optional.empty();
    private Optional<HostPort> admin = Optional.empty();
    private Optional<String> database = Optional.empty();
    private Optional<String> publicUrl = Optional.empty();
    private HttpsConfig https = HttpsConfig.none();
    private PhoneAuthConfig auth = PhoneAuthConfig.none();
    private UploadSettings uploads = UploadSettings.none();
    private CheckSyncOverrides checkSync = CheckSyncOverrides.none();
    private TftpSettings tftp = TftpSettings.none();
    private FtpConfig ftp = FtpConfig.none();

    Values(Path file) {
      this.file = file;
    }

    void set(String key, String text, JsonLocation where) {
      try {
        switch (key) {
          case "data" -> data = Optional.of(directory(text));
          case "http" -> http = Optional.of(HostPort.parse(text));
          case "admin" -> admin = Optional.of(HostPort.parse(text));
          case "database" -> database = Optional.of(jdbcUrl(text));
          case "public-url" -> publicUrl = Optional.of(publicUrl(text));
          default -> {
            if (key.startsWith("check-sync-") || key.startsWith("auto-check-sync")) {
              checkSync = checkSync(key, text);
            } else if (PhoneAuthConfig.KEYS.contains(key)) {
              auth = auth.set(key, text);
            } else if (FtpConfig.KEYS.contains(key)) {
              ftp = ftp.set(key, text);
            } else if (UploadSettings.KEYS.contains(key)) {
              uploads = uploads.with(key, text);
            } else if (TftpSettings.KEYS.contains(key)) {
              tftp = tftp.with(key, text);
            } else {
              https = https.set(key, text, this::file);
            }
          }
        }
      } catch (IllegalArgumentException e) {
        throw new ConfigException(at(file, where) + key + ": " + e.getMessage(), e);
      }
    }

    ConfigOverrides overrides() {
      return new ConfigOverrides(
          data, http, admin, database, publicUrl, https, auth, uploads, checkSync, tftp, ftp);
    }

    private CheckSyncOverrides checkSync(String key, String text) {
      CheckSyncOverrides c = checkSync;
      return switch (key) {
        case "check-sync-rate" ->
            new CheckSyncOverrides(
                Optional.of(CheckSyncOverrides.rate(text)),
                c.concurrency(),
                c.automatic(),
                c.delay());
        case "check-sync-concurrency" ->
            new CheckSyncOverrides(
                c.rate(),
                Optional.of(CheckSyncOverrides.concurrency(text)),
                c.automatic(),
                c.delay());
        case "auto-check-sync" ->
            new CheckSyncOverrides(
                c.rate(), c.concurrency(), Optional.of(CheckSyncOverrides.flag(text)), c.delay());
        case "auto-check-sync-delay" ->
            new CheckSyncOverrides(
                c.rate(),
                c.concurrency(),
                c.automatic(),
                Optional.of(CheckSyncOverrides.delay(text)));
        default -> throw new IllegalStateException("key listed but not read: " + key);
      };
    }

    private Path directory(String text) {
      if (text.isBlank()) {
        throw new IllegalArgumentException("empty directory name");
      }
      return relative(text);
    }

    private Path file(String text) {
      if (text.isBlank()) {
        throw new IllegalArgumentException("empty file name");
      }
      return relative(text);
    }

    /** A path relative to the YAML file's directory, so the file works wherever ucprov starts. */
    private Path relative(String text) {
      Path dir = file.toAbsolutePath().getParent();
      return dir == null ? Path.of(text) : dir.resolve(text);
    }

    private static String publicUrl(String text) {
      ServerConfig.checkPublicUrl(text);
      return text;
    }

    private static String jdbcUrl(String text) {
      ServerConfig.checkJdbcUrl(text);
      return text;
    }
  }
}
