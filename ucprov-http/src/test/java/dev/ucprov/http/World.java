package dev.ucprov.http;

import dev.ucprov.core.abuse.AbuseGuard;
import dev.ucprov.core.abuse.AbuseLimits;
import dev.ucprov.core.access.AccessPolicy;
import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.DeviceSelector;
import dev.ucprov.core.checksync.ExecutorScheduler;
import dev.ucprov.core.checksync.JobEngine;
import dev.ucprov.core.checksync.JobLimits;
import dev.ucprov.core.checksync.Notifier;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.checksync.Targets;
import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.lint.Linter;
import dev.ucprov.core.operator.CheckSyncs;
import dev.ucprov.core.operator.DeviceCatalog;
import dev.ucprov.core.operator.FileLibrary;
import dev.ucprov.core.operator.Inspection;
import dev.ucprov.core.operator.TenantCatalog;
import dev.ucprov.core.operator.UploadArchive;
import dev.ucprov.core.provisioning.InventoryRecorder;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.RenderCache;
import dev.ucprov.core.provisioning.ServedFiles;
import dev.ucprov.core.provisioning.ServerUrls;
import dev.ucprov.core.provisioning.SightingSink;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.MutableClock;
import dev.ucprov.core.testing.PlaceholderRenderer;
import dev.ucprov.core.upload.UploadLimits;
import dev.ucprov.http.admin.AdminApi;
import dev.ucprov.http.admin.AdminLimits;
import dev.ucprov.http.auth.PhoneCredentials;
import dev.ucprov.http.ops.ServiceGauges;
import dev.ucprov.http.ops.Slf4jSecurityLog;
import dev.ucprov.http.tls.TlsListener;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * A running server on port 0 over in-memory stores and the placeholder renderer, with helpers to
 * store data and to ask as a phone (JDK HttpClient) would.
 */
final class World implements AutoCloseable {

  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  static final String TOKEN = "test-token-0123456789";
  static final String AGENT = "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";

  final MutableClock clock = new MutableClock(T0);
  final InMemoryStore store = new InMemoryStore(clock);
  final PlaceholderRenderer renderer = new PlaceholderRenderer();
  final RenderCache cache = new RenderCache(100, 1_000_000);
  final List<Sighting> sightings = new CopyOnWriteArrayList<>();
  final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  final LogLines access = LogLines.of("ucprov.access");
  final LogLines security = LogLines.of(HttpSetup.SECURITY_LOG);
  final HttpClient client = HttpClient.newHttpClient();

  /** Small enough that tests reach every cap with small bodies. */
  final UploadLimits uploadLimits = new UploadLimits(2048, 4096, 4096, 1024, 3000, 5);

  /**
   * The blob store phones read through: once {@link GatedBlobs#block} is set, each read counts as
   * one that would block (as a file read does), so every answer that reads a blob moves to a
   * virtual thread.
   */
  final GatedBlobs blobs = new GatedBlobs(store.blobs());

  final InventoryRecorder recorder;
  final HttpServers servers;
  final ExecutorScheduler jobScheduler = new ExecutorScheduler(Clock.systemUTC(), e -> {});
  final List<NotifyTarget> notified = new CopyOnWriteArrayList<>();

  /** How the phones answer a check-sync; every one answers 200 at once unless a test says. */
  volatile Function<NotifyTarget, CompletionStage<Delivery>> phones =
      target ->
          CompletableFuture.completedFuture(
              new Delivery(Delivery.Outcome.OK, 200, "OK", Delivery.Via.SIP));

  World() throws Exception {
    this(Optional.empty());
  }

  /** With the phones' HTTPS listener too, when {@code https} is given. */
  World(Optional<TlsListener> https) throws Exception {
    this(https, AbuseLimits.defaults());
  }

  /** With these abuse limits; security events go to {@link #security}. */
  World(Optional<TlsListener> https, AbuseLimits limits) throws Exception {
    ServedFiles files =
        new ServedFiles(
            store.devices(),
            store.files(),
            store.uploads(),
            blobs,
            renderer,
            cache,
            new ServerUrls("http://prov.example:8080", ""),
            clock);
    recorder = new InventoryRecorder(store.inventory(), 1000, 100, Duration.ofMillis(10), e -> {});
    SightingSink sink =
        sighting -> {
          sightings.add(sighting);
          recorder.seen(sighting);
        };
    ProvisioningService service =
        new ProvisioningService(
            store.tenants(),
            files,
            new AccessPolicy(store.devices()),
            new AbuseGuard(
                limits,
                clock,
                new Slf4jSecurityLog(LoggerFactory.getLogger(HttpSetup.SECURITY_LOG))),
            sink,
            clock);
    Uploads uploads =
        new Uploads(
            service,
            store.tenants(),
            store.devices(),
            store.uploads(),
            store.blobs(),
            uploadLimits,
            sink,
            clock);
    DeviceCatalog devices = new DeviceCatalog(store.tenants(), store.devices(), store.inventory());
    ConfigReader reader = new ConfigReader();
    Notifier notifier =
        target -> {
          notified.add(target);
          return phones.apply(target);
        };
    Targets targets = new Targets(store.tenants(), store.devices(), store.inventory());
    JobEngine engine =
        new JobEngine(
            store.jobs(),
            notifier,
            targets,
            jobScheduler,
            Clock.systemUTC(),
            "world",
            JobEngine.Timing.standard());
    CheckSyncs checkSyncs =
        new CheckSyncs(
            store.tenants(),
            devices,
            new DeviceSelector(store.devices()),
            targets,
            notifier,
            engine,
            store.jobs(),
            new JobLimits(50, 10));
    AdminApi admin =
        new AdminApi(
            TOKEN,
            new AdminLimits(4096, 400_000),
            new TenantCatalog(store.tenants()),
            devices,
            new FileLibrary(store.tenants(), store.files(), store.blobs(), renderer),
            new Inspection(
                store.tenants(),
                devices,
                store.inventory(),
                files,
                new EffectiveConfigResolver(reader),
                Linter.standard()),
            new UploadArchive(devices, store.uploads(), uploadLimits),
            checkSyncs,
            store.blobs(),
            registry);
    ServiceGauges.bind(registry, cache, recorder);
    servers =
        HttpServers.start(
            new HttpSetup(
                ListenAddress.parse("127.0.0.1:0"),
                ListenAddress.parse("127.0.0.1:0"),
                service,
                uploads,
                blobs,
                admin,
                clock,
                https,
                PhoneCredentials.withNonceLifetime(Duration.ofMinutes(5), clock)));
  }

  Tenant tenant(String id, String... hostnames) {
    Tenant tenant =
        new Tenant(
            new TenantId(id), "Tenant " + id, List.of(hostnames), Optional.empty(), Map.of());
    store.tenants().put(tenant);
    return tenant;
  }

  /** A tenant whose phones must present {@code username} and {@code password}. */
  Tenant tenant(String id, String username, String password) {
    return securedTenant(id, username, password, List.of());
  }

  /** A tenant with credentials, reached by these host names too. */
  Tenant securedTenant(String id, String username, String password, List<String> hostnames) {
    Tenant tenant =
        new Tenant(
            new TenantId(id),
            "Tenant " + id,
            hostnames,
            Optional.of(new Credentials(username, password)),
            Map.of());
    store.tenants().put(tenant);
    return tenant;
  }

  /** A device with its own credentials. */
  Device device(String tenant, String mac, String username, String password) {
    Device device =
        new Device(
            new TenantId(tenant),
            MacAddress.parse(mac),
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Optional.of(new Credentials(username, password)));
    store.devices().put(device);
    return device;
  }

  Device device(String tenant, String mac) {
    Device device =
        new Device(
            new TenantId(tenant),
            MacAddress.parse(mac),
            Optional.of("VVX_410"),
            Optional.of("desk " + mac),
            Map.of(),
            Optional.empty());
    store.devices().put(device);
    return device;
  }

  FileVersion file(String tenant, String path, String text) {
    return put(
        FileScope.of(new TenantId(tenant)), path, text.getBytes(StandardCharsets.UTF_8), false);
  }

  FileVersion template(String tenant, String path, String text) {
    return put(
        FileScope.of(new TenantId(tenant)), path, text.getBytes(StandardCharsets.UTF_8), true);
  }

  FileVersion shared(String path, byte[] content) {
    return put(FileScope.shared(), path, content, false);
  }

  private FileVersion put(FileScope scope, String path, byte[] content, boolean template) {
    try {
      BlobRef blob = store.blobs().put(content);
      return store.files().put(scope, new FilePath(path), blob, template);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<byte[]> phone(String method, String path, String... headers) {
    return send(servers.phoneUri(), method, path, headers);
  }

  /** An admin request with the token; {@code body} null for none. */
  HttpResponse<byte[]> admin(String method, String path, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = "Bearer " + TOKEN;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(
        servers.adminUri(),
        method,
        path,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        all);
  }

  HttpResponse<byte[]> send(URI base, String method, String path, String... headers) {
    return send(base, method, path, (byte[]) null, headers);
  }

  HttpResponse<byte[]> send(URI base, String method, String path, byte[] body, String... headers) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).method(method, publisher);
    request.header("User-Agent", AGENT);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    client.shutdownNow();
    servers.close();
    recorder.close();
    jobScheduler.close();
    access.detach("ucprov.access");
    security.detach(HttpSetup.SECURITY_LOG);
  }
}
