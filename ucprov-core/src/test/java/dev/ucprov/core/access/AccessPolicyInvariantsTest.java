package dev.ucprov.core.access;

import static dev.ucprov.core.access.AccessFixture.ALICE;
import static dev.ucprov.core.access.AccessFixture.BARE;
import static dev.ucprov.core.access.AccessFixture.CAROL;
import static dev.ucprov.core.access.AccessFixture.DESK_1;
import static dev.ucprov.core.access.AccessFixture.EVE;
import static dev.ucprov.core.access.AccessFixture.OPEN_BARE;
import static dev.ucprov.core.access.AccessFixture.OPEN_OWN;
import static dev.ucprov.core.access.AccessFixture.UNKNOWN;
import static dev.ucprov.core.access.AccessFixture.both;
import static dev.ucprov.core.access.AccessFixture.certificate;
import static dev.ucprov.core.access.AccessFixture.password;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every combination of tenant, file, proof and operation of the fixture, checked against the
 * issue's rules stated as invariants (issue 4 points 4 and 5).
 */
class AccessPolicyInvariantsTest {

  final AccessFixture f = new AccessFixture();

  record Case(
      Tenant tenant, Optional<MacAddress> mac, Operation op, String proofName, Proof proof) {
    @Override
    public String toString() {
      return op
          + " "
          + tenant.id()
          + "/"
          + mac.map(MacAddress::value).orElse("shared")
          + " with "
          + proofName;
    }
  }

  List<Case> cases() {
    List<Optional<MacAddress>> files = new ArrayList<>();
    files.add(Optional.empty());
    for (MacAddress m : List.of(ALICE, BARE, CAROL, OPEN_OWN, OPEN_BARE, EVE, DESK_1, UNKNOWN)) {
      files.add(Optional.of(m));
    }
    List<Object[]> proofs = new ArrayList<>();
    proofs.add(new Object[] {"nothing", Proof.none()});
    proofs.add(new Object[] {"acme tenant", password("boss", "tenant-pw")});
    proofs.add(new Object[] {"globex tenant", password("boss", "globex-pw")});
    proofs.add(new Object[] {"alice", password("alice", "a1")});
    proofs.add(new Object[] {"alice wrong", password("alice", "x")});
    proofs.add(new Object[] {"dave", password("dave", "d4")});
    proofs.add(new Object[] {"eve", password("eve", "e6")});
    proofs.add(new Object[] {"desk-1", password("desk", "desk-1")});
    proofs.add(new Object[] {"cert alice", certificate(ALICE)});
    proofs.add(new Object[] {"cert eve", certificate(EVE)});
    proofs.add(new Object[] {"cert unknown", certificate(UNKNOWN)});
    proofs.add(
        new Object[] {
          "cert alice + boss", both(certificate(ALICE), password("boss", "tenant-pw"))
        });
    List<Case> out = new ArrayList<>();
    for (Tenant tenant : List.of(f.open, f.acme, f.globex)) {
      for (Optional<MacAddress> mac : files) {
        for (Operation op : Operation.values()) {
          for (Object[] p : proofs) {
            out.add(new Case(tenant, mac, op, (String) p[0], (Proof) p[1]));
          }
        }
      }
    }
    return out;
  }

  Access decide(Case c) {
    return f.policy.decide(c.tenant(), c.mac(), c.op(), c.proof());
  }

  Optional<Device> deviceOf(Tenant tenant, MacAddress mac) {
    return f.store.devices().find(mac).filter(d -> d.tenant().equals(tenant.id()));
  }

  @Test
  void readsAndWritesAreDecidedAlike() {
    for (Case c : cases()) {
      if (c.op() == Operation.READ) {
        Access write = f.policy.decide(c.tenant(), c.mac(), Operation.WRITE, c.proof());
        Access read = decide(c);
        assertThat(write.getClass()).as(c.toString()).isEqualTo(read.getClass());
        if (read instanceof Access.Granted) {
          assertThat(write).as(c.toString()).isEqualTo(read);
        }
      }
    }
  }

  @Test
  void aGrantedDeviceAlwaysOwnsTheMacOfTheFile() {
    for (Case c : cases()) {
      if (decide(c) instanceof Access.Granted g && c.mac().isPresent()) {
        switch (g.principal()) {
          case Principal.DeviceCredentials d ->
              assertThat(d.mac()).as(c.toString()).isEqualTo(c.mac().get());
          case Principal.DeviceCertificate d ->
              assertThat(d.macs()).as(c.toString()).contains(c.mac().get());
          case Principal.TenantCredentials t -> {}
          case Principal.Anonymous a -> {}
        }
      }
    }
  }

  @Test
  void aTenantWithCredentialsNeverGrantsAnonymouslyNorToOthers() {
    for (Case c : cases()) {
      if (c.tenant().credentials().isPresent() && decide(c) instanceof Access.Granted g) {
        switch (g.principal()) {
          case Principal.Anonymous a -> throw new AssertionError("anonymous: " + c);
          case Principal.TenantCredentials t ->
              assertThat(t.tenant()).as(c.toString()).isEqualTo(c.tenant().id());
          case Principal.DeviceCredentials d ->
              assertThat(deviceOf(c.tenant(), d.mac())).as(c.toString()).isPresent();
          case Principal.DeviceCertificate d ->
              assertThat(d.macs())
                  .as(c.toString())
                  .anyMatch(m -> deviceOf(c.tenant(), m).isPresent());
        }
      }
    }
  }

  @Test
  void theFilesOfADeviceWithItsOwnCredentialsGoOnlyToThoseOrItsCertificate() {
    for (Case c : cases()) {
      Optional<Device> named = c.mac().flatMap(m -> deviceOf(c.tenant(), m));
      if (named.isPresent()
          && named.get().credentials().isPresent()
          && decide(c) instanceof Access.Granted g) {
        assertThat(g.principal())
            .as(c.toString())
            .isInstanceOfAny(Principal.DeviceCredentials.class, Principal.DeviceCertificate.class);
      }
    }
  }

  @Test
  void anOpenTenantGrantsEveryFileNoDeviceProtectsToARequestWithoutProof() {
    for (Case c : cases()) {
      Optional<Device> named = c.mac().flatMap(m -> deviceOf(c.tenant(), m));
      boolean protectedFile = named.flatMap(Device::credentials).isPresent();
      if (c.tenant().credentials().isEmpty() && !protectedFile && c.proofName().equals("nothing")) {
        assertThat(decide(c)).as(c.toString()).isEqualTo(new Access.Granted(Principal.anonymous()));
      }
    }
  }

  @Test
  void aCertificateBearingMacsNeverReachesAnotherMacsFile() {
    for (Case c : cases()) {
      if (c.proof().certificate().isPresent()
          && c.mac().isPresent()
          && !c.proof().certificate().get().macs().contains(c.mac().get())) {
        assertThat(decide(c)).as(c.toString()).isInstanceOf(Access.Denied.class);
      }
    }
  }

  @Test
  void onlyAPresentedPasswordThatMatchedNothingCountsAsAFailure() {
    for (Case c : cases()) {
      if (decide(c) instanceof Access.Challenge ch) {
        assertThat(ch.rejectedUser().isPresent())
            .as(c.toString())
            .isEqualTo(c.proof().password().isPresent());
      }
    }
  }
}
