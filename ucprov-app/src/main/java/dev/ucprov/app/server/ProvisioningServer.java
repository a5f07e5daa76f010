package dev.ucprov.app.server;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.core.abuse.AbuseGuard;
import dev.ucprov.core.access.AccessPolicy;
import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.lint.Linter;
import dev.ucprov.core.operator.DeviceCatalog;
import dev.ucprov.core.operator.FileLibrary;
import dev.ucprov.core.operator.Inspection;
import dev.ucprov.core.operator.TenantCatalog;
import dev.ucprov.core.operator.UploadArchive;
import dev.ucprov.core.provisioning.InventoryRecorder;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.RenderCache;
import dev.ucprov.core.provisioning.ServedFiles;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.core.template.TemplateRenderer;
import dev.ucprov.core.upload.UploadLimits;
import dev.ucprov.ftp.FtpListener;
import dev.ucprov.http.HttpServers;
import dev.ucprov.http.HttpSetup;
import dev.ucprov.http.ListenAddress;
import dev.ucprov.http.admin.AdminApi;
import dev.ucprov.http.admin.AdminLimits;
import dev.ucprov.http.auth.PhoneCredentials;
import dev.ucprov.http.ops.ServiceGauges;
import dev.ucprov.http.ops.Slf4jSecurityLog;
import dev.ucprov.http.tls.TlsContext;
import dev.ucprov.http.tls.TlsListener;
import dev.ucprov.template.PebbleTemplateRenderer;
import dev.ucprov.tftp.TftpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole server built from a {@link ServerConfig}: database and repositories, blob store,
 * template renderer, provisioning and upload services, inventory recorder, check-sync notifiers and
 * jobs, operator operations, the HTTP listeners (phones over HTTP, and HTTPS when configured; the
 * admin API), the phones' TFTP listener unless it is off, and their FTP listener when configured.
 * The one setup that {@code serve}, {@code demo} and the tests share. {@link #close} takes it down
 * in reverse order: listeners, then the check-sync jobs (recording what is in flight), notifiers
 * and scheduler, then the recorder (writing what it queued), then the database.
 */
public final class ProvisioningServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningServer.class);

  private final Resources resources;
  private final HttpServers http;
  private final Optional<TftpServer> tftp;
  private final OperatorOperations operations;
  private final Optional<FtpListener> ftp;

  private ProvisioningServer(
      Resources resources,
      HttpServers http,
      Optional<TftpServer> tftp,
      OperatorOperations operations,
      Optional<FtpListener> ftp) {
    this.resources = resources;
    this.http = http;
    this.tftp = tftp;
    this.operations = operations;
    this.ftp = ftp;
  }

  /**
   * Opens the store, builds the service and starts listening.
   *
   * @throws StartFailure naming what could not be opened or bound; whatever was opened is closed
   */
  public static ProvisioningServer start(ServerConfig config, AdminToken token, Clock clock) {
    Resources resources = new Resources();
    try {
      return start(config, token, clock, resources);
    } catch (RuntimeException | Error e) {
      try {
        resources.close();
      } catch (Exception closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  private static ProvisioningServer start(
      ServerConfig config, AdminToken token, Clock clock, Resources resources) {
    // Certificate and key files first: a mistake there is cheap to find before the database opens.
    Optional<TlsListener> https = httpsListener(config);
    Store store = resources.add("database", Store.open(config, clock));
    TemplateRenderer renderer = new PebbleTemplateRenderer();
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    InventoryRecorder recorder =
        resources.add(
            "inventory recorder",
            InventoryRecorder.standard(
                store.inventory(), e -> LOG.error("an inventory batch was not recorded", e)));
    RenderCache cache = RenderCache.standard();
    ServiceGauges.bind(metrics, cache, recorder);
    ServedFiles served =
        new ServedFiles(
            store.devices(),
            store.files(),
            store.uploads(),
            store.blobs(),
            renderer,
            cache,
            PublicUrls.of(config),
            clock);
    ProvisioningService service = service(config, store, served, recorder, clock);
    UploadLimits limits = config.uploadLimits();
    Uploads uploads =
        new Uploads(
            service,
            store.tenants(),
            store.devices(),
            store.uploads(),
            store.blobs(),
            limits,
            recorder,
            clock);
    CheckSyncWiring checkSync = CheckSyncWiring.open(store, clock, resources);
    OperatorOperations operations =
        operations(
            config,
            checkSync.watched(store, config.checkSync()),
            renderer,
            served,
            limits,
            checkSync);
    AdminApi admin = adminApi(token, operations, store, metrics);
    HttpSetup setup =
        new HttpSetup(
            listen(config.http()),
            listen(config.admin()),
            service,
            uploads,
            store.blobs(),
            admin,
            clock,
            https,
            phoneCredentials(config, clock));
    HttpServers http =
        resources.add(
            "HTTP listeners", StartFailure.listening(config, () -> HttpServers.start(setup)));
    Optional<TftpServer> tftp =
        TftpWiring.start(config.tftp(), service, uploads, store.blobs(), metrics, clock, resources);
    Optional<FtpListener> ftp =
        FtpWiring.start(config, store, service, uploads, https, metrics, clock, resources);
    checkSync.resume();
    return new ProvisioningServer(resources, http, tftp, operations, ftp);
  }

  /** The phone side's service: access by tenant and device, abuse counted per address. */
  private static ProvisioningService service(
      ServerConfig config,
      Store store,
      ServedFiles served,
      InventoryRecorder recorder,
      Clock clock) {
    AbuseGuard guard =
        new AbuseGuard(
            config.auth().limits(),
            clock,
            new Slf4jSecurityLog(LoggerFactory.getLogger(HttpSetup.SECURITY_LOG)));
    return new ProvisioningService(
        store.tenants(), served, new AccessPolicy(store.devices()), guard, recorder, clock);
  }

  private static PhoneCredentials phoneCredentials(ServerConfig config, Clock clock) {
    return new PhoneCredentials(
        config.auth().nonceLifetime(),
        100_000,
        config.auth().digestSha256First(),
        clock,
        new SecureRandom());
  }

  private static OperatorOperations operations(
      ServerConfig config,
      Store store,
      TemplateRenderer renderer,
      ServedFiles served,
      UploadLimits limits,
      CheckSyncWiring checkSync) {
    DeviceCatalog devices = new DeviceCatalog(store.tenants(), store.devices(), store.inventory());
    return new OperatorOperations(
        new TenantCatalog(store.tenants()),
        devices,
        new FileLibrary(store.tenants(), store.files(), store.blobs(), renderer),
        new Inspection(
            store.tenants(),
            devices,
            store.inventory(),
            served,
            new EffectiveConfigResolver(new ConfigReader()),
            Linter.standard()),
        new UploadArchive(devices, store.uploads(), limits),
        checkSync.checkSyncs(store, devices, config.checkSync()));
  }

  private static AdminApi adminApi(
      AdminToken token,
      OperatorOperations operations,
      Store store,
      PrometheusMeterRegistry metrics) {
    return new AdminApi(
        token.value(),
        AdminLimits.standard(),
        operations.tenants(),
        operations.devices(),
        operations.files(),
        operations.inspection(),
        operations.uploads(),
        operations.checkSyncs(),
        store.blobs(),
        metrics);
  }

  private static Optional<TlsListener> httpsListener(ServerConfig config) {
    return config
        .https()
        .listener()
        .map(listener ->
            new TlsListener(
                listen(listener.address()),
                StartFailure.tls(() -> TlsContext.load(listener.tls()))));
  }

  private static ListenAddress listen(HostPort address) {
    return new ListenAddress(address.host(), address.port());
  }

  /** {@code http://host:port} of the phone listener, with a loopback address for a wildcard. */
  public URI phoneUri() {
    return http.phoneUri();
  }

  /** {@code http://host:port} of the admin listener. */
  public URI adminUri() {
    return http.adminUri();
  }

  public int phonePort() {
    return http.phonePort();
  }

  /** The phones' HTTPS port as bound, when HTTPS is configured. */
  public Optional<Integer> httpsPort() {
    return http.httpsPort();
  }

  /** {@code https://host:port} of the phones' HTTPS listener, when configured. */
  public Optional<URI> httpsUri() {
    return http.httpsUri();
  }

  public int adminPort() {
    return http.adminPort();
  }

  /** The TFTP listener's port as bound, when it runs. */
  public Optional<Integer> tftpPort() {
    return tftp.map(TftpServer::port);
  }

  /** The phones' FTP control port as bound, when FTP is on. */
  public Optional<Integer> ftpPort() {
    return ftp.map(FtpListener::port);
  }

  /** The operations the admin API calls, for in-process callers (the demo's content). */
  public OperatorOperations operations() {
    return operations;
  }

  /**
   * Stops the listeners, writes the queued inventory, closes the database. Synchronised: the
   * shutdown hook and a caller may both close; the second finds nothing left to close.
   */
  @Override
  public synchronized void close() throws Exception {
    resources.close();
  }
}
