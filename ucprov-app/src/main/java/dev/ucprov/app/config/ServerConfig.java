package dev.ucprov.app.config;

import dev.ucprov.core.upload.UploadLimits;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything {@code ucprov serve} and {@code ucprov demo} need to start, after defaults, the YAML
 * file and the command line were merged. Passed by constructor to what needs it; never global.
 *
 * @param data the data directory: the embedded database, blob files and the admin token
 * @param http where phones connect
 * @param admin where the admin API listens
 * @param database a JDBC URL; empty for the embedded H2 database under {@code data/db}
 * @param publicUrl the URL phones reach the phone listener at, as templates see it ({@code
 *     server.httpUrl}); empty to derive it from {@code http}
 * @param https the phones' HTTPS listener, when {@code https.address()} is given
 * @param auth Digest nonces and abuse limits of the phone listeners
 * @param uploads the upload limits set, over {@link UploadLimits#defaults()}
 * @param checkSync how check-syncs are sent
 * @param tftp the phones' TFTP listener
 * @param ftp the phones' FTP listener (on at {@code 0.0.0.0:2121} in {@link #defaults()}; off when
 *     built without it)
 */
public record ServerConfig(
    Path data,
    HostPort http,
    HostPort admin,
    Optional<String> database,
    Optional<String> publicUrl,
    HttpsConfig https,
    PhoneAuthConfig auth,
    UploadSettings uploads,
    CheckSyncConfig checkSync,
    TftpConfig tftp,
    FtpConfig ftp) {

  public static final Path DEFAULT_DATA = Path.of("ucprov-data");
  public static final HostPort DEFAULT_HTTP = new HostPort("0.0.0.0", 8080);
  public static final HostPort DEFAULT_ADMIN = new HostPort("127.0.0.1", 8081);

  public ServerConfig {
    data = data.toAbsolutePath().normalize();
    database.ifPresent(ServerConfig::checkJdbcUrl);
    publicUrl.ifPresent(ServerConfig::checkPublicUrl);
    uploads.over(UploadLimits.defaults());
  }

  /** Without HTTPS. */
  public ServerConfig(
      Path data,
      HostPort http,
      HostPort admin,
      Optional<String> database,
      Optional<String> publicUrl) {
    this(data, http, admin, database, publicUrl, HttpsConfig.none());
  }

  /** With default phone-auth settings. */
  public ServerConfig(
      Path data,
      HostPort http,
      HostPort admin,
      Optional<String> database,
      Optional<String> publicUrl,
      HttpsConfig https) {
    this(data, http, admin, database, publicUrl, https, PhoneAuthConfig.none());
  }

  /** With the default upload limits. */
  public ServerConfig(
      Path data,
      HostPort http,
      HostPort admin,
      Optional<String> database,
      Optional<String> publicUrl,
      HttpsConfig https,
      PhoneAuthConfig auth) {
    this(data, http, admin, database, publicUrl, https, auth, UploadSettings.none());
  }

  /** Without TFTP and FTP. */
  public ServerConfig(
      Path data,
      HostPort http,
      HostPort admin,
      Optional<String> database,
      Optional<String> publicUrl,
      HttpsConfig https,
      PhoneAuthConfig auth,
      UploadSettings uploads,
      CheckSyncConfig checkSync) {
    this(
        data,
        http,
        admin,
        database,
        publicUrl,
        https,
        auth,
        uploads,
        checkSync,
        TftpConfig.off(),
        FtpConfig.off());
  }

  /** With the default check-sync settings. */
  public ServerConfig(
      Path data,
      HostPort http,
      HostPort admin,
      Optional<String> database,
      Optional<String> publicUrl,
      HttpsConfig https,
      PhoneAuthConfig auth,
      UploadSettings uploads) {
    this(data, http, admin, database, publicUrl, https, auth, uploads, CheckSyncConfig.defaults());
  }

  /** The same settings with {@code replacement} for check-sync. */
  public ServerConfig withCheckSync(CheckSyncConfig replacement) {
    return new ServerConfig(
        data, http, admin, database, publicUrl, https, auth, uploads, replacement, tftp, ftp);
  }

  /** The same settings with {@code https} instead. */
  public ServerConfig withHttps(HttpsConfig replacement) {
    return new ServerConfig(
        data, http, admin, database, publicUrl, replacement, auth, uploads, checkSync, tftp, ftp);
  }

  /** The same settings with {@code replacement} for TFTP. */
  public ServerConfig withTftp(TftpConfig replacement) {
    return new ServerConfig(
        data, http, admin, database, publicUrl, https, auth, uploads, checkSync, replacement, ftp);
  }

  /** The same settings with {@code replacement} for FTP. */
  public ServerConfig withFtp(FtpConfig replacement) {
    return new ServerConfig(
        data, http, admin, database, publicUrl, https, auth, uploads, checkSync, tftp, replacement);
  }

  /**
   * The defaults of the embedded server: {@code ./ucprov-data}, ports 8080 and 8081, TFTP on 6969,
   * FTP on 2121.
   */
  public static ServerConfig defaults() {
    return new ServerConfig(
            DEFAULT_DATA, DEFAULT_HTTP, DEFAULT_ADMIN, Optional.empty(), Optional.empty())
        .withTftp(TftpConfig.defaults())
        .withFtp(FtpConfig.defaults());
  }

  /** The upload limits to serve with: the defaults with what was set. */
  public UploadLimits uploadLimits() {
    return uploads.over(UploadLimits.defaults());
  }

  /** Where blob files (content-addressed bodies) are kept. */
  public Path blobs() {
    return data.resolve("blobs");
  }

  /** The file holding a generated admin token. */
  public Path adminTokenFile() {
    return data.resolve("admin-token");
  }

  /**
   * The JDBC URL to open: the configured one, else an H2 file under {@code data/db}. The embedded
   * database is not closed by H2's own shutdown hook ({@code DB_CLOSE_ON_EXIT=FALSE}): the server
   * closes it itself, after the inventory recorder wrote its last batch. It writes each commit to
   * the file at once ({@code WRITE_DELAY=0}): by default H2 keeps commits in memory for up to half
   * a second, and a killed server then loses uploads it had already acknowledged to the phone.
   */
  public String jdbcUrl() {
    return database.orElseGet(() ->
        "jdbc:h2:file:"
            + data.resolve("db").resolve("ucprov")
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
  }

  /** Whether the database is the embedded H2 file, which lives and dies with the data directory. */
  public boolean embeddedDatabase() {
    return database.isEmpty();
  }

  public static void checkPublicUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: \"" + url + "\"", e);
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "not an http:// URL with a host: \""
              + url
              + "\" (for example http://prov.example.net:8080)");
    }
  }

  public static void checkJdbcUrl(String url) {
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "not a JDBC URL: \"" + url + "\" (for example jdbc:postgresql://db/ucprov)");
    }
  }
}
