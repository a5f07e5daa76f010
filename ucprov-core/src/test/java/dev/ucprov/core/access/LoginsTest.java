package dev.ucprov.core.access;

import static dev.ucprov.core.access.LoginWorld.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Point 3 of issue 5: which tenant an FTP login belongs to, decided in the core. */
class LoginsTest {

  private static final String ACME_NET = "10.20.0.7";
  private static final String GLOBEX_NET = "10.30.0.7";
  private static final String ELSEWHERE = "192.0.2.99";

  private final LoginWorld world = new LoginWorld();
  private final Tenant acme =
      world.tenant("acme", credentials("boss", "acme-pw"), false, "10.20.0.0/16");
  private final Tenant globex =
      world.tenant("globex", credentials("boss", "globex-pw"), true, "10.30.0.0/16");
  private final Tenant open = world.tenant("open", Optional.empty(), false, "10.40.0.0/16");
  private final MacAddress alice = world.device(acme, "0004f2000001", "alice", "a1");
  private final MacAddress desk1 = world.device(acme, "0004f2000007", "desk", "desk-1");
  private final MacAddress desk2 = world.device(acme, "0004f2000008", "desk", "desk-2");
  private final MacAddress eve = world.device(globex, "0004f2000006", "eve", "e6");

  @Test
  void aTenantsCredentialsLogIntoThatTenantFromAnywhere() {
    Login login = world.logins.login("boss", "acme-pw", ELSEWHERE);

    assertThat(login).isInstanceOf(Login.AsTenant.class);
    Login.Accepted accepted = (Login.Accepted) login;
    assertThat(accepted.tenant()).isEqualTo(acme);
    assertThat(accepted.devices()).isEmpty();
    assertThat(accepted.display()).isEqualTo("tenant acme (user boss)");
    assertThat(read(accepted, Optional.empty())).isInstanceOf(Access.Granted.class);
  }

  @Test
  void theSameUserNameInTwoTenantsIsSettledByThePassword() {
    assertThat(tenantOf(world.logins.login("boss", "globex-pw", ELSEWHERE))).isEqualTo("globex");
    assertThat(tenantOf(world.logins.login("boss", "acme-pw", ELSEWHERE))).isEqualTo("acme");
  }

  @Test
  void credentialsMatchingTwoTenantsAreSettledByTheSourceNetworkElseRefused() {
    world.tenant("initech", credentials("boss", "acme-pw"), false, "10.50.0.0/16");

    assertThat(tenantOf(world.logins.login("boss", "acme-pw", ACME_NET))).isEqualTo("acme");
    assertThat(tenantOf(world.logins.login("boss", "acme-pw", "10.50.1.1"))).isEqualTo("initech");
    Login refused = world.logins.login("boss", "acme-pw", ELSEWHERE);
    assertThat(refused).isInstanceOf(Login.Refused.class);
    assertThat(((Login.Refused) refused).reason())
        .contains("match tenants acme, initech")
        .contains("networks of none of them hold " + ELSEWHERE);
  }

  @Test
  void aDevicesCredentialsLogIntoItsTenantAndReachOnlyItsOwnFiles() {
    Login login = world.logins.login("alice", "a1", ELSEWHERE);

    assertThat(login).isInstanceOf(Login.AsDevice.class);
    Login.Accepted accepted = (Login.Accepted) login;
    assertThat(accepted.tenant()).isEqualTo(acme);
    assertThat(accepted.devices()).containsExactly(alice);
    assertThat(read(accepted, Optional.of(alice))).isInstanceOf(Access.Granted.class);
    assertThat(read(accepted, Optional.of(desk1))).isInstanceOf(Access.Denied.class);
    assertThat(read(accepted, Optional.empty())).isInstanceOf(Access.Granted.class);
  }

  @Test
  void devicesSharingAUserNameArePickedByThePassword() {
    assertThat(((Login.Accepted) world.logins.login("desk", "desk-2", ELSEWHERE)).devices())
        .containsExactly(desk2);
    assertThat(((Login.Accepted) world.logins.login("desk", "desk-1", ELSEWHERE)).devices())
        .containsExactly(desk1);
  }

  @Test
  void theFactoryAccountWorksOnlyWhereATenantEnablesItAndOnlyFromItsNetwork() {
    Login fromGlobex = world.logins.login("PlcmSpIp", "PlcmSpIp", GLOBEX_NET);
    assertThat(fromGlobex).isInstanceOf(Login.AsFactoryAccount.class);
    assertThat(((Login.Accepted) fromGlobex).tenant()).isEqualTo(globex);
    assertThat(read((Login.Accepted) fromGlobex, Optional.empty()))
        .isInstanceOf(Access.Granted.class);

    assertThat(world.logins.login("PlcmSpIp", "PlcmSpIp", ACME_NET))
        .isInstanceOf(Login.Refused.class);
    assertThat(world.logins.login("PlcmSpIp", "PlcmSpIp", ELSEWHERE))
        .isInstanceOf(Login.Refused.class);
    assertThat(world.logins.login("PlcmSpIp", "wrong", GLOBEX_NET))
        .isInstanceOf(Login.Refused.class);
  }

  @Test
  void aTenantWhoseOwnCredentialsAreTheFactoryOnesNeedsNoNetwork() {
    world.tenant("legacy", credentials("PlcmSpIp", "PlcmSpIp"), false);

    assertThat(tenantOf(world.logins.login("PlcmSpIp", "PlcmSpIp", ELSEWHERE))).isEqualTo("legacy");
    assertThat(tenantOf(world.logins.login("PlcmSpIp", "PlcmSpIp", GLOBEX_NET)))
        .isEqualTo("globex");
  }

  @Test
  void anonymousReachesTheOpenTenantOfItsNetworkOnly() {
    Login login = world.logins.login("anonymous", "ftp@example.com", "10.40.3.3");
    assertThat(login).isEqualTo(new Login.Anonymous(open));
    assertThat(((Login.Accepted) login).proof()).isEqualTo(Proof.none());
    assertThat(world.logins.login("ANONYMOUS", "", "10.40.3.3"))
        .isEqualTo(new Login.Anonymous(open));

    assertThat(world.logins.login("anonymous", "x", ACME_NET)).isInstanceOf(Login.Refused.class);
    assertThat(world.logins.login("anonymous", "x", ELSEWHERE)).isInstanceOf(Login.Refused.class);
  }

  @Test
  void aRefusedLoginIsCountedWithTheTenantItPointedAt() {
    assertThat(world.logins.login("boss", "nope", ACME_NET)).isInstanceOf(Login.Refused.class);
    assertThat(world.logins.login("alice", "nope", ELSEWHERE))
        .isEqualTo(
            new Login.Refused(
                "user alice: no tenant or device has these credentials",
                Optional.of(new TenantId("acme"))));
    assertThat(world.logins.login("mallory", "x", GLOBEX_NET)).isInstanceOf(Login.Refused.class);
    assertThat(world.logins.login("mallory", "x", ELSEWHERE)).isInstanceOf(Login.Refused.class);

    assertThat(world.security)
        .extracting(line -> line.substring(line.indexOf(' ') + 1))
        .containsExactly(
            "auth-failed from " + ACME_NET + " tenant=acme user=boss path=-",
            "auth-failed from " + ELSEWHERE + " tenant=acme user=alice path=-",
            "auth-failed from " + GLOBEX_NET + " tenant=globex user=mallory path=-",
            "auth-failed from " + ELSEWHERE + " tenant=- user=mallory path=-");
  }

  @Test
  void anAcceptedLoginCountsNothing() {
    world.logins.login("boss", "acme-pw", ACME_NET);
    world.logins.login("eve", "e6", ACME_NET);
    assertThat(world.security).isEmpty();
  }

  @Test
  void aDeviceLoginOfAnotherTenantStillLandsInItsOwnTenant() {
    Login login = world.logins.login("eve", "e6", ACME_NET);
    assertThat(((Login.Accepted) login).tenant()).isEqualTo(globex);
    assertThat(((Login.Accepted) login).devices()).containsExactly(eve);
  }

  private Access read(Login.Accepted login, Optional<MacAddress> mac) {
    return new AccessPolicy(world.store.devices())
        .decide(login.tenant(), mac, Operation.READ, login.proof());
  }

  private static String tenantOf(Login login) {
    assertThat(login).isInstanceOf(Login.Accepted.class);
    return ((Login.Accepted) login).tenant().id().value();
  }
}
