package dev.ucprov.core.access;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tenants and devices every access test uses.
 *
 * <ul>
 *   <li>{@code open}: no credentials; {@link #OPEN_OWN} has its own (dave/d4), {@link #OPEN_BARE}
 *       none.
 *   <li>{@code acme}: credentials boss/tenant-pw; {@link #ALICE} (alice/a1) and {@link #CAROL}
 *       (carol/c3) have their own, {@link #BARE} none; {@link #DESK_1} and {@link #DESK_2} share
 *       the user name desk with different passwords.
 *   <li>{@code globex}: credentials boss/globex-pw; {@link #EVE} (eve/e6).
 * </ul>
 */
final class AccessFixture {

  static final MacAddress ALICE = MacAddress.parse("0004f2000001");
  static final MacAddress BARE = MacAddress.parse("0004f2000002");
  static final MacAddress CAROL = MacAddress.parse("0004f2000003");
  static final MacAddress OPEN_OWN = MacAddress.parse("0004f2000004");
  static final MacAddress OPEN_BARE = MacAddress.parse("0004f2000005");
  static final MacAddress EVE = MacAddress.parse("0004f2000006");
  static final MacAddress DESK_1 = MacAddress.parse("0004f2000007");
  static final MacAddress DESK_2 = MacAddress.parse("0004f2000008");
  static final MacAddress UNKNOWN = MacAddress.parse("0004f2ffffff");

  final InMemoryStore store = new InMemoryStore();
  final Tenant open = tenant("open", Optional.empty());
  final Tenant acme = tenant("acme", Optional.of(new Credentials("boss", "tenant-pw")));
  final Tenant globex = tenant("globex", Optional.of(new Credentials("boss", "globex-pw")));
  final AccessPolicy policy = new AccessPolicy(store.devices());

  AccessFixture() {
    for (Tenant tenant : List.of(open, acme, globex)) {
      store.tenants().put(tenant);
    }
    device(open, OPEN_OWN, "dave", "d4");
    device(open, OPEN_BARE, null, null);
    device(acme, ALICE, "alice", "a1");
    device(acme, BARE, null, null);
    device(acme, CAROL, "carol", "c3");
    device(acme, DESK_1, "desk", "desk-1");
    device(acme, DESK_2, "desk", "desk-2");
    device(globex, EVE, "eve", "e6");
  }

  static Proof password(String user, String password) {
    return Proof.of(new PasswordProof(user, candidate -> candidate.equals(password)));
  }

  static Proof certificate(MacAddress... macs) {
    return Proof.of(new CertificateProof("CN=phone", Set.of(macs)));
  }

  static Proof both(Proof certificate, Proof password) {
    return new Proof(password.password(), certificate.certificate());
  }

  Access read(Tenant tenant, Optional<MacAddress> mac, Proof proof) {
    return policy.decide(tenant, mac, Operation.READ, proof);
  }

  private static Tenant tenant(String id, Optional<Credentials> credentials) {
    return new Tenant(new TenantId(id), id, List.of(), credentials, Map.of());
  }

  private void device(Tenant tenant, MacAddress mac, String user, String password) {
    Optional<Credentials> credentials =
        user == null ? Optional.empty() : Optional.of(new Credentials(user, password));
    store
        .devices()
        .put(
            new Device(
                tenant.id(), mac, Optional.empty(), Optional.empty(), Map.of(), credentials));
  }
}
