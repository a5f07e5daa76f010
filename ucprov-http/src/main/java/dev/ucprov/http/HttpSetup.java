package dev.ucprov.http;

import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.http.admin.AdminApi;
import dev.ucprov.http.ops.RequestMetrics;
import dev.ucprov.http.phone.PhoneHandler;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/**
 * Everything {@link HttpServers#start} needs: where to listen, the phone side's services (reads and
 * uploads) and blob store, and the admin API. Metrics go to the admin API's registry.
 *
 * @param phoneAddress the phone listener ({@code 0.0.0.0:8080} by default)
 * @param adminAddress the admin listener ({@code 127.0.0.1:8081} by default)
 * @param clock gives the time of access-log lines
 */
public record HttpSetup(
    ListenAddress phoneAddress,
    ListenAddress adminAddress,
    ProvisioningService provisioning,
    Uploads uploads,
    BlobStore blobs,
    AdminApi admin,
    Clock clock) {

  /** The access log's SLF4J logger name: route it to its own file in the logging config. */
  public static final String ACCESS_LOG = "ucprov.access";

  PhoneHandler phoneHandler() {
    return new PhoneHandler(
        provisioning,
        uploads,
        blobs,
        new RequestMetrics(admin.metrics()),
        LoggerFactory.getLogger(ACCESS_LOG),
        clock);
  }
}
