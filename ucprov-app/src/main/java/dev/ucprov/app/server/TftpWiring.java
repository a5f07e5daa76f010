package dev.ucprov.app.server;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.TftpConfig;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.http.HttpSetup;
import dev.ucprov.http.ops.RequestMetrics;
import dev.ucprov.tftp.TftpServer;
import dev.ucprov.tftp.TftpSetup;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the TFTP listener on the same services as HTTP. Without an address given, it takes port 69
 * when the process may bind it, else the default address. Its requests go to the same access log
 * ({@code ucprov.access}) and the same request metrics, with protocol {@code tftp}.
 */
final class TftpWiring {

  private static final Logger LOG = LoggerFactory.getLogger(TftpWiring.class);

  private TftpWiring() {}

  /**
   * The listener, or empty when TFTP is off or its default address could not be bound (logged).
   *
   * @throws StartFailure when an address the operator gave cannot be bound
   */
  static Optional<TftpServer> start(
      TftpConfig config,
      ProvisioningService service,
      Uploads uploads,
      BlobStore blobs,
      MeterRegistry metrics,
      Clock clock,
      Resources resources) {
    if (config.address().isEmpty()) {
      return Optional.empty();
    }
    HostPort address = config.address().get();
    RequestMetrics requests = new RequestMetrics(metrics);
    java.util.function.Function<HostPort, TftpSetup> setup =
        at ->
            new TftpSetup(
                new InetSocketAddress(at.host(), at.port()),
                service,
                uploads,
                blobs,
                config.maxTransfers(),
                config.limits(),
                LoggerFactory.getLogger(HttpSetup.ACCESS_LOG),
                ended ->
                    requests.answered(Protocol.TFTP, ended.path(), ended.status(), ended.bytes()),
                clock);
    if (config.required()) {
      TftpServer server =
          StartFailure.opening(
              "the TFTP listener on " + address, () -> TftpServer.start(setup.apply(address)));
      return Optional.of(resources.add("TFTP listener", server));
    }
    // The default: TFTP's own port when the process may bind it (phones ask there unless told
    // otherwise), else the unprivileged default (issue 5 point 1).
    try {
      return Optional.of(
          resources.add(
              "TFTP listener",
              TftpServer.start(setup.apply(address.withPort(TftpConfig.STANDARD_PORT)))));
    } catch (Exception e) {
      LOG.debug("TFTP: port {} not available ({})", TftpConfig.STANDARD_PORT, e.getMessage());
    }
    try {
      return Optional.of(resources.add("TFTP listener", TftpServer.start(setup.apply(address))));
    } catch (Exception e) {
      LOG.warn(
          "TFTP not started: cannot listen on {} ({}); give --tftp HOST:PORT, or --tftp off",
          address,
          e.getMessage());
      return Optional.empty();
    }
  }
}
