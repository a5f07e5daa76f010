package dev.ucprov.core.access;

import static dev.ucprov.core.access.AccessFixture.ALICE;
import static dev.ucprov.core.access.AccessFixture.BARE;
import static dev.ucprov.core.access.AccessFixture.CAROL;
import static dev.ucprov.core.access.AccessFixture.DESK_1;
import static dev.ucprov.core.access.AccessFixture.DESK_2;
import static dev.ucprov.core.access.AccessFixture.EVE;
import static dev.ucprov.core.access.AccessFixture.OPEN_BARE;
import static dev.ucprov.core.access.AccessFixture.OPEN_OWN;
import static dev.ucprov.core.access.AccessFixture.UNKNOWN;
import static dev.ucprov.core.access.AccessFixture.both;
import static dev.ucprov.core.access.AccessFixture.certificate;
import static dev.ucprov.core.access.AccessFixture.password;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  final AccessFixture f = new AccessFixture();

  static final Optional<MacAddress> SHARED = Optional.empty();

  static Optional<MacAddress> file(MacAddress mac) {
    return Optional.of(mac);
  }

  static Access granted(Principal principal) {
    return new Access.Granted(principal);
  }

  static Principal device(MacAddress mac, String user) {
    return new Principal.DeviceCredentials(mac, user);
  }

  @Nested
  class AnOpenTenant {

    @Test
    void grantsEverythingAnonymouslyWhereNoDeviceHasCredentials() {
      for (Optional<MacAddress> mac : java.util.List.of(SHARED, file(OPEN_BARE), file(UNKNOWN))) {
        for (Operation op : Operation.values()) {
          assertThat(f.policy.decide(f.open, mac, op, Proof.none()))
              .isEqualTo(granted(Principal.anonymous()));
        }
      }
    }

    @Test
    void stillProtectsTheFilesOfADeviceWithItsOwnCredentials() {
      assertThat(f.read(f.open, file(OPEN_OWN), Proof.none()))
          .isInstanceOfSatisfying(
              Access.Challenge.class, c -> assertThat(c.rejectedUser()).isEmpty());
      assertThat(f.read(f.open, file(OPEN_OWN), password("dave", "nope")))
          .isInstanceOfSatisfying(
              Access.Challenge.class, c -> assertThat(c.rejectedUser()).contains("dave"));
      assertThat(f.read(f.open, file(OPEN_OWN), password("dave", "d4")))
          .isEqualTo(granted(device(OPEN_OWN, "dave")));
      assertThat(f.read(f.open, SHARED, Proof.none())).isEqualTo(granted(Principal.anonymous()));
    }

    @Test
    void namesTheDeviceWhoseCredentialsWerePresentedForASharedFile() {
      assertThat(f.read(f.open, SHARED, password("dave", "d4")))
          .isEqualTo(granted(device(OPEN_OWN, "dave")));
    }

    @Test
    void grantsAnonymouslyWhenAPasswordMatchesNothingButNothingIsNeeded() {
      assertThat(f.read(f.open, SHARED, password("dave", "wrong")))
          .isEqualTo(granted(Principal.anonymous()));
    }

    @Test
    void neverLetsADeviceReachAnotherMacsFiles() {
      assertThat(f.read(f.open, file(OPEN_BARE), password("dave", "d4")))
          .isInstanceOf(Access.Denied.class);
      assertThat(f.policy.decide(f.open, file(UNKNOWN), Operation.WRITE, password("dave", "d4")))
          .isInstanceOf(Access.Denied.class);
    }
  }

  @Nested
  class ATenantWithCredentials {

    @Test
    void challengesARequestWithoutProofAsNotAFailure() {
      for (Optional<MacAddress> mac : java.util.List.of(SHARED, file(BARE), file(UNKNOWN))) {
        assertThat(f.read(f.acme, mac, Proof.none()))
            .isInstanceOfSatisfying(
                Access.Challenge.class, c -> assertThat(c.rejectedUser()).isEmpty());
      }
    }

    @Test
    void challengesAWrongPasswordAsAFailureNamingTheUser() {
      assertThat(f.read(f.acme, SHARED, password("boss", "guess")))
          .isInstanceOfSatisfying(
              Access.Challenge.class, c -> assertThat(c.rejectedUser()).contains("boss"));
    }

    @Test
    void tenantCredentialsReachSharedFilesAndDevicesWithoutTheirOwn() {
      Access tenant = granted(new Principal.TenantCredentials(new TenantId("acme"), "boss"));
      Proof boss = password("boss", "tenant-pw");
      assertThat(f.read(f.acme, SHARED, boss)).isEqualTo(tenant);
      assertThat(f.read(f.acme, file(BARE), boss)).isEqualTo(tenant);
      assertThat(f.policy.decide(f.acme, file(BARE), Operation.WRITE, boss)).isEqualTo(tenant);
      assertThat(f.read(f.acme, file(UNKNOWN), boss)).isEqualTo(tenant);
    }

    @Test
    void tenantCredentialsAreDeniedTheFilesOfADeviceWithItsOwn() {
      assertThat(f.read(f.acme, file(ALICE), password("boss", "tenant-pw")))
          .isInstanceOf(Access.Denied.class);
      assertThat(
              f.policy.decide(f.acme, file(ALICE), Operation.WRITE, password("boss", "tenant-pw")))
          .isInstanceOf(Access.Denied.class);
    }

    @Test
    void deviceCredentialsReachTheirOwnFilesAndTheSharedOnes() {
      Proof alice = password("alice", "a1");
      assertThat(f.read(f.acme, file(ALICE), alice)).isEqualTo(granted(device(ALICE, "alice")));
      assertThat(f.policy.decide(f.acme, file(ALICE), Operation.WRITE, alice))
          .isEqualTo(granted(device(ALICE, "alice")));
      assertThat(f.read(f.acme, SHARED, alice)).isEqualTo(granted(device(ALICE, "alice")));
    }

    @Test
    void deviceCredentialsNeverReachAnotherMacsFiles() {
      Proof alice = password("alice", "a1");
      for (MacAddress other : new MacAddress[] {BARE, CAROL, UNKNOWN, EVE}) {
        for (Operation op : Operation.values()) {
          assertThat(f.policy.decide(f.acme, file(other), op, alice))
              .as("%s of %s", op, other)
              .isInstanceOf(Access.Denied.class);
        }
      }
    }

    @Test
    void aSharedUserNameFindsTheDeviceWhosePasswordMatches() {
      assertThat(f.read(f.acme, SHARED, password("desk", "desk-2")))
          .isEqualTo(granted(device(DESK_2, "desk")));
      assertThat(f.read(f.acme, file(DESK_1), password("desk", "desk-1")))
          .isEqualTo(granted(device(DESK_1, "desk")));
      assertThat(f.read(f.acme, file(DESK_1), password("desk", "desk-2")))
          .isInstanceOf(Access.Denied.class);
    }

    @Test
    void anotherTenantsCredentialsAreAWrongPassword() {
      assertThat(f.read(f.acme, SHARED, password("boss", "globex-pw")))
          .isInstanceOf(Access.Challenge.class);
      assertThat(f.read(f.acme, SHARED, password("eve", "e6")))
          .isInstanceOf(Access.Challenge.class);
      assertThat(f.read(f.acme, file(EVE), password("eve", "e6")))
          .isInstanceOf(Access.Challenge.class);
    }
  }

  @Nested
  class AClientCertificate {

    @Test
    void bearingADeviceOfTheTenantIsProofForItsFilesAndSharedOnes() {
      Access cert = granted(new Principal.DeviceCertificate("CN=phone", Set.of(ALICE)));
      assertThat(f.read(f.acme, file(ALICE), certificate(ALICE))).isEqualTo(cert);
      assertThat(f.policy.decide(f.acme, file(ALICE), Operation.WRITE, certificate(ALICE)))
          .isEqualTo(cert);
      assertThat(f.read(f.acme, SHARED, certificate(ALICE))).isEqualTo(cert);
    }

    @Test
    void bindsTheRequestToItsMacsWhateverElseIsPresented() {
      assertThat(f.read(f.acme, file(BARE), certificate(ALICE))).isInstanceOf(Access.Denied.class);
      assertThat(
              f.read(f.acme, file(BARE), both(certificate(ALICE), password("boss", "tenant-pw"))))
          .isInstanceOf(Access.Denied.class);
      assertThat(f.read(f.open, file(OPEN_BARE), certificate(UNKNOWN)))
          .isInstanceOf(Access.Denied.class);
      assertThat(f.read(f.open, SHARED, certificate(UNKNOWN)))
          .isEqualTo(granted(Principal.anonymous()));
    }

    @Test
    void ofAnotherTenantsDeviceIsNoProofHere() {
      assertThat(f.read(f.acme, SHARED, certificate(EVE))).isInstanceOf(Access.Challenge.class);
      assertThat(f.read(f.acme, SHARED, both(certificate(EVE), password("boss", "tenant-pw"))))
          .isEqualTo(granted(new Principal.TenantCredentials(new TenantId("acme"), "boss")));
    }

    @Test
    void withoutMacsBindsNothingAndProvesNothing() {
      Proof bare = Proof.of(new CertificateProof("CN=someone", Set.of()));
      assertThat(f.read(f.acme, SHARED, bare)).isInstanceOf(Access.Challenge.class);
      assertThat(f.read(f.open, file(OPEN_BARE), bare)).isEqualTo(granted(Principal.anonymous()));
    }
  }

  @Test
  void displayStringsAreShortAndSingleLine() {
    assertThat(device(ALICE, "alice").display()).isEqualTo("device 0004f2000001 (user alice)");
    assertThat(new Principal.TenantCredentials(new TenantId("acme"), "boss").display())
        .isEqualTo("tenant acme (user boss)");
    assertThat(new Principal.DeviceCertificate("CN=x", Set.of(CAROL, ALICE)).display())
        .isEqualTo("certificate 0004f2000001,0004f2000003 (CN=x)");
    assertThat(Principal.anonymous().display()).isEqualTo("anonymous");
  }
}
