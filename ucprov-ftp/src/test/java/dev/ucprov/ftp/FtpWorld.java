package dev.ucprov.ftp;

import dev.ucprov.core.abuse.AbuseGuard;
import dev.ucprov.core.abuse.AbuseLimits;
import dev.ucprov.core.access.AccessPolicy;
import dev.ucprov.core.access.Logins;
import dev.ucprov.core.access.PasswordProof;
import dev.ucprov.core.access.Proof;
import dev.ucprov.core.access.SessionFiles;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.FileRequest;
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
import dev.ucprov.core.testing.MutableClock;
import dev.ucprov.core.testing.PlaceholderRenderer;
import dev.ucprov.core.upload.UploadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;

/**
 * A running FTP listener on loopback, port 0, over in-memory stores: tenants, devices and files
 * every FTP test uses, and helpers to log in as a phone would (commons-net) from a chosen loopback
 * source address, so the tenants' networks can tell phones apart.
 *
 * <ul>
 *   <li>{@code acme}: credentials boss/acme-pw, network 127.0.0.2/32, factory account on; devices
 *       {@link #ALICE} (alice/a1), {@link #BOB} (bob/b2), {@link #BARE} (no credentials).
 *   <li>{@code globex}: credentials boss/globex-pw, network 127.0.0.4/32, factory account off.
 *   <li>{@code open}: no credentials, network 127.0.0.3/32.
 * </ul>
 */
final class FtpWorld implements AutoCloseable {

  static final String ACME_NET = "127.0.0.2";
  static final String OPEN_NET = "127.0.0.3";
  static final String GLOBEX_NET = "127.0.0.4";
  static final String ELSEWHERE = "127.0.0.1";
  static final MacAddress ALICE = MacAddress.parse("0004f2000001");
  static final MacAddress BOB = MacAddress.parse("0004f2000002");
  static final MacAddress BARE = MacAddress.parse("0004f2000003");

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
  final InMemoryStore store = new InMemoryStore(clock);
  final List<Sighting> sightings = new CopyOnWriteArrayList<>();
  final List<String> security = new CopyOnWriteArrayList<>();
  final List<String> counted = new CopyOnWriteArrayList<>();
  final LogLines access = LogLines.of(FtpSetup.ACCESS_LOG);

  /** Small enough that tests reach every cap with small bodies. */
  final UploadLimits limits = new UploadLimits(2048, 4096, 4096, 1024, 3000, 5);

  final ProvisioningService service;
  final Uploads uploads;
  final FtpListener listener;
  final Tenant acme =
      tenant("acme", Optional.of(new Credentials("boss", "acme-pw")), true, ACME_NET);
  final Tenant globex =
      tenant("globex", Optional.of(new Credentials("boss", "globex-pw")), false, GLOBEX_NET);
  final Tenant open = tenant("open", Optional.empty(), false, OPEN_NET);

  FtpWorld() {
    this(PassivePorts.any(), Optional.empty(), AbuseLimits.defaults());
  }

  FtpWorld(PassivePorts passive, Optional<SSLContext> tls, AbuseLimits abuse) {
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
    service =
        new ProvisioningService(
            store.tenants(),
            files,
            new AccessPolicy(store.devices()),
            new AbuseGuard(abuse, clock, security::add),
            sightings::add,
            clock);
    uploads =
        new Uploads(
            service,
            store.tenants(),
            store.devices(),
            store.uploads(),
            store.blobs(),
            limits,
            sightings::add,
            clock);
    device(acme, ALICE, "alice", "a1");
    device(acme, BOB, "bob", "b2");
    device(acme, BARE, null, null);
    listener =
        FtpListener.start(
            new FtpSetup(
                "127.0.0.1",
                0,
                passive,
                Optional.empty(),
                service,
                uploads,
                new Logins(store.tenants(), store.devices(), service),
                new SessionFiles(store.files(), store.uploads()),
                store.blobs(),
                tls,
                FtpSetup.Limits.standard(),
                (path, status, bytes) -> counted.add(path + " " + status + " " + bytes),
                clock));
  }

  int port() {
    return listener.port();
  }

  /** A client logged in (or not: its reply code says) from {@code source}, in passive mode. */
  FTPClient login(String source, String user, String password) throws IOException {
    FTPClient client = new FTPClient();
    client.setConnectTimeout(5000);
    client.setDefaultTimeout(10_000);
    client.connect(InetAddress.getByName("127.0.0.1"), port(), InetAddress.getByName(source), 0);
    client.setSoTimeout(10_000);
    client.setDataTimeout(java.time.Duration.ofSeconds(10));
    client.enterLocalPassiveMode();
    client.login(user, password);
    return client;
  }

  /** The bytes RETR answers in binary mode, or empty with the reply code in the client. */
  static Optional<byte[]> retrieve(FTPClient client, String path) throws IOException {
    client.setFileType(FTP.BINARY_FILE_TYPE);
    try (InputStream in = client.retrieveFileStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      in.close();
      return client.completePendingCommand() ? Optional.of(bytes) : Optional.empty();
    }
  }

  /** What the core answers an HTTP GET of {@code path} in acme with these credentials. */
  Optional<byte[]> overHttp(String path, String user, String password) {
    Proof proof =
        user == null
            ? Proof.none()
            : Proof.of(new PasswordProof(user, candidate -> candidate.equals(password)));
    FileReply reply =
        service.fetch(
            new FileRequest(Protocol.HTTP, Optional.empty(), "acme/" + path, ELSEWHERE, "", proof));
    if (!(reply instanceof FileReply.Served served)) {
      return Optional.empty();
    }
    try (InputStream in = body(served)) {
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private InputStream body(FileReply.Served served) throws IOException {
    return switch (served.body()) {
      case FileReply.Body.Bytes bytes -> new ByteArrayInputStream(bytes.content());
      case FileReply.Body.Stored stored -> store.blobs().open(stored.blob()).orElseThrow();
    };
  }

  void file(TenantId tenant, String path, String content) {
    put(FileScope.of(tenant), path, content.getBytes(StandardCharsets.UTF_8), false);
  }

  void template(TenantId tenant, String path, String content) {
    put(FileScope.of(tenant), path, content.getBytes(StandardCharsets.UTF_8), true);
  }

  void shared(String path, byte[] content) {
    put(FileScope.shared(), path, content, false);
  }

  private void put(FileScope scope, String path, byte[] content, boolean template) {
    try {
      store.files().put(scope, new FilePath(path), store.blobs().put(content), template);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Tenant tenant(String id, Optional<Credentials> credentials, boolean factory, String net) {
    Network network = ((Network.Parsed.Valid) Network.parse(net + "/32")).network();
    Tenant tenant =
        new Tenant(
            new TenantId(id),
            id,
            List.of(),
            credentials,
            Map.of("site", id),
            Optional.empty(),
            List.of(network),
            factory);
    store.tenants().put(tenant);
    return tenant;
  }

  void device(Tenant tenant, MacAddress mac, String user, String password) {
    Optional<Credentials> credentials =
        user == null ? Optional.empty() : Optional.of(new Credentials(user, password));
    store
        .devices()
        .put(
            new Device(
                tenant.id(),
                mac,
                Optional.of("VVX_410"),
                Optional.empty(),
                Map.of("line", "ext-" + mac.value().substring(8)),
                credentials));
  }

  static void quietly(FTPClient client) {
    try {
      if (client.isConnected()) {
        client.disconnect();
      }
    } catch (IOException e) {
      // the test is over with this client
    }
  }

  @Override
  public void close() {
    listener.close();
    access.detach(FtpSetup.ACCESS_LOG);
  }
}
