package dev.ucprov.tftp;

import dev.ucprov.core.abuse.AbuseGuard;
import dev.ucprov.core.abuse.AbuseLimits;
import dev.ucprov.core.access.AccessPolicy;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.RenderCache;
import dev.ucprov.core.provisioning.ServedFiles;
import dev.ucprov.core.provisioning.ServerUrls;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Network;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.PlaceholderRenderer;
import dev.ucprov.core.upload.UploadLimits;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.tftp.engine.TransferLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * A TFTP listener on loopback port 0 over in-memory stores and the placeholder renderer, the way
 * the application wires it, with helpers to store tenants, devices and files.
 */
final class TftpWorld implements AutoCloseable {

  /** Small enough that tests reach every cap with small bodies. */
  static final UploadLimits UPLOAD_LIMITS = new UploadLimits(2048, 4096, 4096, 1024, 3000, 5);

  final InMemoryStore store = new InMemoryStore();
  final List<Sighting> sightings = new CopyOnWriteArrayList<>();
  final List<TransferRecord> counted = new CopyOnWriteArrayList<>();
  final LogLines access = LogLines.of("ucprov.access");
  final TftpServer server;

  TftpWorld() throws IOException {
    this(TftpSetup.DEFAULT_MAX_TRANSFERS, TransferLimits.standard());
  }

  TftpWorld(int maxTransfers, TransferLimits limits) throws IOException {
    Clock clock = Clock.systemUTC();
    ServedFiles files =
        new ServedFiles(
            store.devices(),
            store.files(),
            store.uploads(),
            store.blobs(),
            new PlaceholderRenderer(),
            new RenderCache(100, 1_000_000),
            new ServerUrls("http://prov.example:8080", ""),
            clock);
    ProvisioningService service =
        new ProvisioningService(
            store.tenants(),
            files,
            new AccessPolicy(store.devices()),
            new AbuseGuard(AbuseLimits.defaults(), clock, line -> {}),
            sightings::add,
            clock);
    Uploads uploads =
        new Uploads(
            service,
            store.tenants(),
            store.devices(),
            store.uploads(),
            store.blobs(),
            UPLOAD_LIMITS,
            sightings::add,
            clock);
    server =
        TftpServer.start(
            new TftpSetup(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                service,
                uploads,
                store.blobs(),
                maxTransfers,
                limits,
                LoggerFactory.getLogger("ucprov.access"),
                counted::add,
                clock));
  }

  /** Quick retransmission, so tests of lost packets and dead clients take little time. */
  static TransferLimits quick() {
    return new TransferLimits(
        65464, 64, 1 << 20, Duration.ofMillis(100), Duration.ofMillis(400), 3);
  }

  int port() {
    return server.port();
  }

  /** An open tenant whose phones are in {@code networks} (CIDR; TFTP reaches it from there). */
  Tenant tenant(String id, String... networks) {
    return put(id, Optional.empty(), networks);
  }

  /** A tenant whose phones must present credentials, which TFTP cannot carry. */
  Tenant securedTenant(String id, String user, String password, String... networks) {
    return put(id, Optional.of(new Credentials(user, password)), networks);
  }

  private Tenant put(String id, Optional<Credentials> credentials, String... networks) {
    List<Network> parsed =
        Stream.of(networks).map(n -> ((Network.Parsed.Valid) Network.parse(n)).network()).toList();
    Tenant tenant =
        new Tenant(
            new TenantId(id),
            "Tenant " + id,
            List.of(),
            credentials,
            Map.of(),
            Optional.empty(),
            parsed,
            false);
    store.tenants().put(tenant);
    return tenant;
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

  void file(String tenant, String path, byte[] content) {
    put(FileScope.of(new TenantId(tenant)), path, content, false);
  }

  void file(String tenant, String path, String text) {
    file(tenant, path, text.getBytes(StandardCharsets.UTF_8));
  }

  void template(String tenant, String path, String text) {
    put(FileScope.of(new TenantId(tenant)), path, text.getBytes(StandardCharsets.UTF_8), true);
  }

  private void put(FileScope scope, String path, byte[] content, boolean template) {
    try {
      BlobRef blob = store.blobs().put(content);
      store.files().put(scope, new FilePath(path), blob, template);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The versions stored of a device's upload, newest first. */
  List<UploadVersion> versions(String tenant, String name) {
    return store.uploads().versions(new TenantId(tenant), UploadName.parse(name).orElseThrow());
  }

  /** The newest stored bytes of a device's upload. */
  byte[] latest(String tenant, String name) {
    UploadVersion latest =
        store
            .uploads()
            .latest(new TenantId(tenant), UploadName.parse(name).orElseThrow())
            .orElseThrow(() -> new AssertionError("nothing stored as " + name));
    try {
      return store.blobs().read(latest.blob()).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws Exception {
    server.close();
    access.detach();
  }
}
