package dev.ucprov.app.server;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.lint.Linter;
import dev.ucprov.core.operator.DeviceCatalog;
import dev.ucprov.core.operator.FileLibrary;
import dev.ucprov.core.operator.Inspection;
import dev.ucprov.core.operator.TenantCatalog;
import dev.ucprov.core.provisioning.InventoryRecorder;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.RenderCache;
import dev.ucprov.core.provisioning.ServedFiles;
import dev.ucprov.core.template.TemplateRenderer;
import dev.ucprov.http.HttpServers;
import dev.ucprov.http.HttpSetup;
import dev.ucprov.http.ListenAddress;
import dev.ucprov.http.admin.AdminApi;
import dev.ucprov.http.admin.AdminLimits;
import dev.ucprov.http.ops.ServiceGauges;
import dev.ucprov.template.PebbleTemplateRenderer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole server built from a {@link ServerConfig}: database and repositories, blob store,
 * template renderer, provisioning service, inventory recorder, check-sync notifiers and jobs,
 * operator operations and both HTTP listeners. The one setup that {@code serve}, {@code demo} and
 * the tests share. {@link #close} takes it down in reverse order: listeners, then the check-sync
 * jobs (recording what is in flight), notifiers and scheduler, then the recorder (writing what it
 * queued), then the database.
 */
public final class ProvisioningServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningServer.class);

  private final Resources resources;
  private final HttpServers http;
  private final OperatorOperations operations;

  private ProvisioningServer(Resources resources, HttpServers http, OperatorOperations operations) {
    this.resources = resources;
    this.http = http;
    this.operations = operations;
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
            store.blobs(),
            renderer,
            cache,
            PublicUrls.of(config),
            clock);
    ProvisioningService service = new ProvisioningService(store.tenants(), served, recorder, clock);
    CheckSyncWiring checkSync = CheckSyncWiring.open(store, clock, resources);
    OperatorOperations operations =
        operations(
            config, checkSync.watched(store, config.checkSync()), renderer, served, checkSync);
    AdminApi admin = adminApi(token, operations, store, metrics);
    HttpSetup setup =
        new HttpSetup(
            listen(config.http()), listen(config.admin()), service, store.blobs(), admin, clock);
    HttpServers http =
        resources.add(
            "HTTP listeners", StartFailure.listening(config, () -> HttpServers.start(setup)));
    checkSync.resume();
    return new ProvisioningServer(resources, http, operations);
  }

  private static OperatorOperations operations(
      ServerConfig config,
      Store store,
      TemplateRenderer renderer,
      ServedFiles served,
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
        operations.checkSyncs(),
        store.blobs(),
        metrics);
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

  public int adminPort() {
    return http.adminPort();
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
