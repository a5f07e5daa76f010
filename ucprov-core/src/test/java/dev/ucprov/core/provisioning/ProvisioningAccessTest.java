package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.abuse.AbuseGuard;
import dev.ucprov.core.abuse.AbuseLimits;
import dev.ucprov.core.abuse.Admission;
import dev.ucprov.core.access.AccessPolicy;
import dev.ucprov.core.access.PasswordProof;
import dev.ucprov.core.access.Proof;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads decided by the access policy, and what the abuse guard counts. */
class ProvisioningAccessTest {

  final Served served = new Served();
  final List<String> lines = new CopyOnWriteArrayList<>();
  final AbuseGuard guard =
      new AbuseGuard(
          new AbuseLimits(
              Duration.ofMinutes(1), 2, 4, Duration.ofMillis(100), Duration.ofMinutes(5), 100),
          served.clock,
          lines::add);
  final ProvisioningService service =
      new ProvisioningService(
          served.store.tenants(),
          served.files,
          new AccessPolicy(served.store.devices()),
          guard,
          served.sightings::add,
          served.clock);

  @BeforeEach
  void tenants() {
    served
        .store
        .tenants()
        .put(
            new Tenant(
                new TenantId("acme"),
                "Acme",
                List.of(),
                Optional.of(new Credentials("boss", "pw")),
                Map.of()));
    served
        .store
        .devices()
        .put(
            new Device(
                new TenantId("acme"),
                MacAddress.parse("0004f2000001"),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Optional.of(new Credentials("alice", "a1"))));
    served.tenant("open");
    served.file("acme", "site.cfg", "acme site");
    served.file("acme", "0004f2000001.cfg", "alice's");
    served.file("open", "site.cfg", "open site");
  }

  FileReply get(String path, Proof proof) {
    return service.fetch(
        new FileRequest(Protocol.HTTP, Optional.empty(), path, "192.0.2.7", "", proof));
  }

  static Proof password(String user, String password) {
    return Proof.of(new PasswordProof(user, candidate -> candidate.equals(password)));
  }

  @Test
  void aReadWithoutCredentialsIsChallengedAndNotCounted() {
    FileReply reply = get("acme/site.cfg", Proof.none());
    assertThat(reply).isInstanceOf(FileReply.Challenge.class);
    assertThat(reply.routing().tenant()).contains(new TenantId("acme"));
    assertThat(lines).isEmpty();
  }

  @Test
  void theRightCredentialsReadTheFile() {
    assertThat(served.text(get("acme/site.cfg", password("boss", "pw")))).isEqualTo("acme site");
    assertThat(served.text(get("acme/0004f2000001.cfg", password("alice", "a1"))))
        .isEqualTo("alice's");
  }

  @Test
  void tenantCredentialsOnADevicesOwnFileAreDeniedWithTheMacRouted() {
    FileReply reply = get("acme/0004F2000001.cfg", password("boss", "pw"));
    assertThat(reply).isInstanceOf(FileReply.Denied.class);
    assertThat(reply.routing().mac()).contains(MacAddress.parse("0004f2000001"));
    assertThat(lines).isEmpty();
  }

  @Test
  void aWrongPasswordIsChallengedCountedAndLogged() {
    assertThat(get("acme/site.cfg", password("boss", "guess")))
        .isInstanceOf(FileReply.Challenge.class);
    assertThat(lines)
        .containsExactly(
            Served.T0 + " auth-failed from 192.0.2.7 tenant=acme user=boss path=acme/site.cfg");
  }

  @Test
  void anOpenTenantServesWithoutCredentials() {
    assertThat(served.text(get("open/site.cfg", Proof.none()))).isEqualTo("open site");
  }

  @Test
  void aFileOfAnUnknownMacIsCountedOnceFoundMissing() {
    assertThat(get("open/0004f2999999.cfg", Proof.none())).isInstanceOf(FileReply.NotFound.class);
    assertThat(get("acme/0004f2999999.cfg", Proof.none())).isInstanceOf(FileReply.Challenge.class);
    assertThat(get("open/site-missing.cfg", Proof.none())).isInstanceOf(FileReply.NotFound.class);
    assertThat(lines)
        .containsExactly(
            Served.T0
                + " unknown-mac from 192.0.2.7 tenant=open mac=0004f2999999"
                + " path=open/0004f2999999.cfg");
  }

  @Test
  void aMissingFileOfAClaimedMacIsNotCounted() {
    assertThat(get("acme/0004f2000001-web.cfg", password("alice", "a1")))
        .isInstanceOf(FileReply.NotFound.class);
    assertThat(lines).isEmpty();
  }

  @Test
  void repeatedFailuresSlowThenRefuseTheSource() {
    get("acme/site.cfg", password("boss", "1"));
    assertThat(service.admission("192.0.2.7")).isEqualTo(Admission.admitted());
    get("acme/site.cfg", password("boss", "2"));
    assertThat(service.admission("192.0.2.7")).isInstanceOf(Admission.Slowed.class);
    get("open/0004f2999998.cfg", Proof.none());
    get("open/0004f2999997.cfg", Proof.none());
    assertThat(service.admission("192.0.2.7")).isInstanceOf(Admission.Refused.class);
    assertThat(service.admission("192.0.2.8")).isEqualTo(Admission.admitted());
  }
}
