package dev.ucprov.app.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The settings one source (a YAML file, the command line) gives; what it leaves empty comes from
 * the source below it.
 */
public record ConfigOverrides(
    Optional<Path> data,
    Optional<HostPort> http,
    Optional<HostPort> admin,
    Optional<String> database,
    Optional<String> publicUrl,
    HttpsConfig https,
    PhoneAuthConfig auth,
    UploadSettings uploads,
    CheckSyncOverrides checkSync,
    TftpSettings tftp,
    FtpConfig ftp) {

  /** Without TFTP and FTP settings. */
  public ConfigOverrides(
      Optional<Path> data,
      Optional<HostPort> http,
      Optional<HostPort> admin,
      Optional<String> database,
      Optional<String> publicUrl,
      HttpsConfig https,
      PhoneAuthConfig auth,
      UploadSettings uploads,
      CheckSyncOverrides checkSync) {
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
        TftpSettings.none(),
        FtpConfig.none());
  }

  /** Without check-sync settings. */
  public ConfigOverrides(
      Optional<Path> data,
      Optional<HostPort> http,
      Optional<HostPort> admin,
      Optional<String> database,
      Optional<String> publicUrl,
      HttpsConfig https,
      PhoneAuthConfig auth,
      UploadSettings uploads) {
    this(data, http, admin, database, publicUrl, https, auth, uploads, CheckSyncOverrides.none());
  }

  /** Without upload limits. */
  public ConfigOverrides(
      Optional<Path> data,
      Optional<HostPort> http,
      Optional<HostPort> admin,
      Optional<String> database,
      Optional<String> publicUrl,
      HttpsConfig https,
      PhoneAuthConfig auth) {
    this(data, http, admin, database, publicUrl, https, auth, UploadSettings.none());
  }

  /** Without phone-auth settings. */
  public ConfigOverrides(
      Optional<Path> data,
      Optional<HostPort> http,
      Optional<HostPort> admin,
      Optional<String> database,
      Optional<String> publicUrl,
      HttpsConfig https) {
    this(data, http, admin, database, publicUrl, https, PhoneAuthConfig.none());
  }

  /** Without HTTPS settings. */
  public ConfigOverrides(
      Optional<Path> data,
      Optional<HostPort> http,
      Optional<HostPort> admin,
      Optional<String> database,
      Optional<String> publicUrl) {
    this(data, http, admin, database, publicUrl, HttpsConfig.none());
  }

  public static ConfigOverrides none() {
    return new ConfigOverrides(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** {@code base} with every setting this source gives replaced. */
  public ServerConfig over(ServerConfig base) {
    return new ServerConfig(
        data.orElse(base.data()),
        http.orElse(base.http()),
        admin.orElse(base.admin()),
        database.isPresent() ? database : base.database(),
        publicUrl.isPresent() ? publicUrl : base.publicUrl(),
        https.over(base.https()),
        auth.over(base.auth()),
        base.uploads().under(uploads),
        checkSync.over(base.checkSync()),
        tftp.over(base.tftp()),
        ftp.over(base.ftp()));
  }
}
