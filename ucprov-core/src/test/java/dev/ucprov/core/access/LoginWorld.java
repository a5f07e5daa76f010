package dev.ucprov.core.access;

import dev.ucprov.core.abuse.AbuseGuard;
import dev.ucprov.core.abuse.AbuseLimits;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.RenderCache;
import dev.ucprov.core.provisioning.ServedFiles;
import dev.ucprov.core.provisioning.ServerUrls;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Network;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.MutableClock;
import dev.ucprov.core.testing.PlaceholderRenderer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tenants, devices and a service whose security lines a test can read, for login tests. */
final class LoginWorld {

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
  final InMemoryStore store = new InMemoryStore(clock);
  final List<String> security = new CopyOnWriteArrayList<>();
  final ProvisioningService service;
  final Logins logins;

  LoginWorld() {
    ServedFiles served =
        new ServedFiles(
            store.devices(),
            store.files(),
            store.uploads(),
            store.blobs(),
            new PlaceholderRenderer(),
            new RenderCache(10, 100_000),
            new ServerUrls("http://prov.example:8080", ""),
            clock);
    service =
        new ProvisioningService(
            store.tenants(),
            served,
            new AccessPolicy(store.devices()),
            new AbuseGuard(AbuseLimits.defaults(), clock, security::add),
            sighting -> {},
            clock);
    logins = new Logins(store.tenants(), store.devices(), service);
  }

  Tenant tenant(String id, Optional<Credentials> credentials, boolean factory, String... networks) {
    List<Network> parsed =
        Arrays.stream(networks)
            .map(n -> ((Network.Parsed.Valid) Network.parse(n)).network())
            .toList();
    Tenant tenant =
        new Tenant(
            new TenantId(id),
            id,
            List.of(),
            credentials,
            Map.of(),
            Optional.empty(),
            parsed,
            factory);
    store.tenants().put(tenant);
    return tenant;
  }

  MacAddress device(Tenant tenant, String mac, String user, String password) {
    MacAddress address = MacAddress.parse(mac);
    Optional<Credentials> credentials =
        user == null ? Optional.empty() : Optional.of(new Credentials(user, password));
    store
        .devices()
        .put(
            new Device(
                tenant.id(), address, Optional.empty(), Optional.empty(), Map.of(), credentials));
    return address;
  }

  static Optional<Credentials> credentials(String user, String password) {
    return Optional.of(new Credentials(user, password));
  }
}
