package dev.ucprov.app.server;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.core.access.Logins;
import dev.ucprov.core.access.SessionFiles;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.ftp.FtpListener;
import dev.ucprov.ftp.FtpSetup;
import dev.ucprov.http.ops.RequestMetrics;
import dev.ucprov.http.tls.TlsListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;

/**
 * The phones' FTP listener over the same services as HTTP: logins decided by the core, reads by the
 * same {@link ProvisioningService} (so the same abuse guard and inventory), uploads by the same
 * {@link Uploads}, transfers counted in the same metrics with protocol {@code ftp}, and explicit
 * FTPS with the HTTPS certificate when HTTPS is configured.
 */
final class FtpWiring {

  private FtpWiring() {}

  /**
   * Starts the listener when the configuration has one; it is closed with {@code resources}.
   *
   * @throws StartFailure naming the address when it cannot be bound
   */
  static Optional<FtpListener> start(
      ServerConfig config,
      Store store,
      ProvisioningService service,
      Uploads uploads,
      Optional<TlsListener> https,
      MeterRegistry registry,
      Clock clock,
      Resources resources) {
    Optional<HostPort> address = config.ftp().listener();
    if (address.isEmpty()) {
      return Optional.empty();
    }
    RequestMetrics metrics = new RequestMetrics(registry);
    FtpSetup setup =
        new FtpSetup(
            address.get().host(),
            address.get().port(),
            config.ftp().passive(),
            Optional.empty(),
            service,
            uploads,
            new Logins(store.tenants(), store.devices(), service),
            new SessionFiles(store.files(), store.uploads()),
            store.blobs(),
            https.map(listener -> listener.tls().context()),
            FtpSetup.Limits.standard(),
            (path, status, bytes) -> metrics.answered(Protocol.FTP, path, status, bytes),
            clock);
    return Optional.of(
        resources.add(
            "FTP listener",
            StartFailure.opening(
                "the FTP listener on " + address.get(), () -> FtpListener.start(setup))));
  }
}
