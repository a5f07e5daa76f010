package dev.ucprov.http;

import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.http.admin.AdminApi;
import dev.ucprov.http.auth.PhoneCredentials;
import dev.ucprov.http.ops.RequestMetrics;
import dev.ucprov.http.phone.PhoneHandler;
import dev.ucprov.http.tls.TlsListener;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Everything {@link HttpServers#start} needs: where to listen, the phone side's services (reads and
 * uploads) and blob store, and the admin API. Metrics go to the admin API's registry.
 *
 * @param phoneAddress the phone listener ({@code 0.0.0.0:8080} by default)
 * @param adminAddress the admin listener ({@code 127.0.0.1:8081} by default)
 * @param clock gives the time of access-log lines
 * @param https the phones' HTTPS listener, serving the same handler as {@code phoneAddress}; empty
 *     for none
 * @param credentials how the phone listener reads credentials and challenges for them
 */
public record HttpSetup(
    ListenAddress phoneAddress,
    ListenAddress adminAddress,
    ProvisioningService provisioning,
    Uploads uploads,
    BlobStore blobs,
    AdminApi admin,
    Clock clock,
    Optional<TlsListener> https,
    PhoneCredentials credentials) {

  /** Digest nonces of five minutes. */
  public HttpSetup(
      ListenAddress phoneAddress,
      ListenAddress adminAddress,
      ProvisioningService provisioning,
      Uploads uploads,
      BlobStore blobs,
      AdminApi admin,
      Clock clock,
      Optional<TlsListener> https) {
    this(
        phoneAddress,
        adminAddress,
        provisioning,
        uploads,
        blobs,
        admin,
        clock,
        https,
        PhoneCredentials.withNonceLifetime(Duration.ofMinutes(5), clock));
  }

  /** Without HTTPS. */
  public HttpSetup(
      ListenAddress phoneAddress,
      ListenAddress adminAddress,
      ProvisioningService provisioning,
      Uploads uploads,
      BlobStore blobs,
      AdminApi admin,
      Clock clock) {
    this(phoneAddress, adminAddress, provisioning, uploads, blobs, admin, clock, Optional.empty());
  }

  /** The access log's SLF4J logger name: route it to its own file in the logging config. */
  public static final String ACCESS_LOG = "ucprov.access";

  /**
   * The SLF4J logger of counted security events (failed authentications, unknown MACs), one line
   * each, for fail2ban (docs/fail2ban/ucprov.conf).
   */
  public static final String SECURITY_LOG = "ucprov.security";

  PhoneHandler phoneHandler() {
    return new PhoneHandler(
        provisioning,
        uploads,
        credentials,
        blobs,
        new RequestMetrics(admin.metrics()),
        LoggerFactory.getLogger(ACCESS_LOG),
        clock);
  }
}
