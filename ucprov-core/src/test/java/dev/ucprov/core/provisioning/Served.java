package dev.ucprov.core.provisioning;

import dev.ucprov.core.access.Proof;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.MutableClock;
import dev.ucprov.core.testing.PlaceholderRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provisioning service over in-memory stores and the placeholder renderer, with helpers to store
 * tenants, devices and files and to ask as a phone would.
 */
final class Served {

  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  static final String AGENT = "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";

  final MutableClock clock = new MutableClock(T0);
  final InMemoryStore store = new InMemoryStore(clock);
  final PlaceholderRenderer renderer = new PlaceholderRenderer();
  final RenderCache cache = new RenderCache(100, 1_000_000);
  final ServerUrls urls = new ServerUrls("http://prov.example:8080", "https://prov.example:8443");
  final List<Sighting> sightings = new CopyOnWriteArrayList<>();
  final ServedFiles files =
      new ServedFiles(store.devices(), store.files(), store.blobs(), renderer, cache, urls, clock);
  final ProvisioningService service =
      new ProvisioningService(store.tenants(), files, sightings::add, clock);

  Tenant tenant(String id, String... hostnames) {
    return tenant(id, Map.of(), hostnames);
  }

  Tenant tenant(String id, Map<String, String> variables, String... hostnames) {
    Tenant tenant =
        new Tenant(
            new TenantId(id), "Tenant " + id, List.of(hostnames), Optional.empty(), variables);
    store.tenants().put(tenant);
    return tenant;
  }

  Device device(String tenant, String mac, Map<String, String> variables) {
    Device device =
        new Device(
            new TenantId(tenant),
            MacAddress.parse(mac),
            Optional.of("VVX_410"),
            Optional.of("desk " + mac),
            variables,
            Optional.empty());
    store.devices().put(device);
    return device;
  }

  FileVersion file(String tenant, String path, String text) {
    return put(FileScope.of(new TenantId(tenant)), path, text, false);
  }

  FileVersion template(String tenant, String path, String text) {
    return put(FileScope.of(new TenantId(tenant)), path, text, true);
  }

  FileVersion shared(String path, String text) {
    return put(FileScope.shared(), path, text, false);
  }

  FileVersion put(FileScope scope, String path, String text, boolean template) {
    try {
      BlobRef blob = store.blobs().put(text.getBytes(StandardCharsets.UTF_8));
      return store.files().put(scope, new FilePath(path), blob, template);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asks by path prefix, no Host. */
  FileReply get(String path) {
    return service.fetch(request(Optional.empty(), path));
  }

  FileReply get(String host, String path) {
    return service.fetch(request(Optional.of(host), path));
  }

  static FileRequest request(Optional<String> host, String path) {
    return new FileRequest(Protocol.HTTP, host, path, "192.0.2.10", AGENT, Proof.none());
  }

  /** The text a reply serves; fails the test for anything but a served file. */
  String text(FileReply reply) {
    if (!(reply instanceof FileReply.Served served)) {
      throw new AssertionError("expected a served file, got " + reply);
    }
    return new String(bytes(served.body()), StandardCharsets.UTF_8);
  }

  byte[] bytes(FileReply.Body body) {
    return switch (body) {
      case FileReply.Body.Bytes b -> b.content();
      case FileReply.Body.Stored s -> {
        try {
          yield store.blobs().read(s.blob()).orElseThrow();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
