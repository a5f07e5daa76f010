package dev.ucprov.store.cache;

import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.tenant.Credentials;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachingDeviceRepositoryTest extends SpiedH2Store {

  static final MacAddress PHONE = mac(1);

  @BeforeEach
  void createTenants() {
    jdbcTenants.put(tenant("acme"));
    jdbcTenants.put(tenant("globex"));
  }

  @Test
  void aSecondFindIsAnsweredWithoutTheDatabase() {
    jdbcDevices.put(device("acme", PHONE, "VVX_410"));

    assertThat(devices.find(PHONE)).contains(device("acme", PHONE, "VVX_410"));
    assertThat(devices.find(PHONE)).contains(device("acme", PHONE, "VVX_410"));

    assertThat(deviceCalls.calls("find")).isEqualTo(1);
  }

  @Test
  void anUnknownMacIsCachedToo() {
    assertThat(devices.find(PHONE)).isEmpty();
    assertThat(devices.find(PHONE)).isEmpty();

    assertThat(deviceCalls.calls("find")).isEqualTo(1);
  }

  @Test
  void aPutIsSeenAtOnce() {
    assertThat(devices.find(PHONE)).isEmpty();

    devices.put(device("acme", PHONE, "VVX_410"));
    assertThat(devices.find(PHONE)).contains(device("acme", PHONE, "VVX_410"));

    devices.put(device("acme", PHONE, "VVX_450"));
    assertThat(devices.find(PHONE)).contains(device("acme", PHONE, "VVX_450"));
  }

  @Test
  void aDeleteIsSeenAtOnce() {
    devices.put(device("acme", PHONE));
    assertThat(devices.find(PHONE)).isPresent();

    assertThat(devices.delete(id("acme"), PHONE)).isTrue();

    assertThat(devices.find(PHONE)).isEmpty();
  }

  @Test
  void aClaimRefusedElsewhereLeavesTheOwnerCached() {
    devices.put(device("acme", PHONE));
    assertThat(devices.find(PHONE)).isPresent();

    devices.put(device("globex", PHONE));

    assertThat(devices.find(PHONE)).contains(device("acme", PHONE));
  }

  @Test
  void otherMacsStayCachedAfterAPut() {
    jdbcDevices.put(device("acme", mac(2)));
    assertThat(devices.find(mac(2))).isPresent();

    devices.put(device("acme", PHONE));
    assertThat(devices.find(mac(2))).isPresent();

    assertThat(deviceCalls.calls("find")).isEqualTo(1);
  }

  @Test
  void aChangeMadeBehindTheCacheIsSeenOnceTheTimeToLiveHasPassed() {
    assertThat(devices.find(PHONE)).isEmpty();
    jdbcDevices.put(device("acme", PHONE));

    clock.advance(TTL.minus(Duration.ofMillis(1)));
    assertThat(devices.find(PHONE)).isEmpty();

    clock.advance(Duration.ofMillis(1));
    assertThat(devices.find(PHONE)).contains(device("acme", PHONE));
    assertThat(deviceCalls.calls("find")).isEqualTo(2);
  }

  @Test
  void deletingATenantForgetsItsDevices() {
    devices.put(device("acme", PHONE));
    devices.put(device("globex", mac(2)));
    assertThat(devices.find(PHONE)).isPresent();
    assertThat(devices.find(mac(2))).isPresent();

    tenants.delete(id("acme"));

    assertThat(devices.find(PHONE)).isEmpty();
    assertThat(devices.find(mac(2))).contains(device("globex", mac(2)));
  }

  @Test
  void listingAlwaysAsksTheDatabase() {
    devices.put(device("acme", PHONE));

    assertThat(devices.list(id("acme"), DeviceQuery.all()).total()).isEqualTo(1);
    jdbcDevices.put(device("acme", mac(2)));
    assertThat(devices.list(id("acme"), DeviceQuery.all()).total()).isEqualTo(2);
  }

  @Test
  void aUsernameLookupIsCachedAndForgottenOnAnyDeviceWrite() {
    Device desk = withUser(PHONE, "desk");
    jdbcDevices.put(desk);

    assertThat(devices.findByUsername(id("acme"), "desk")).containsExactly(desk);
    assertThat(devices.findByUsername(id("acme"), "desk")).containsExactly(desk);
    assertThat(deviceCalls.calls("findByUsername")).isEqualTo(1);

    devices.put(withUser(mac(2), "desk"));
    assertThat(devices.findByUsername(id("acme"), "desk"))
        .containsExactly(desk, withUser(mac(2), "desk"));
    devices.delete(id("acme"), PHONE);
    assertThat(devices.findByUsername(id("acme"), "desk"))
        .containsExactly(withUser(mac(2), "desk"));
    assertThat(deviceCalls.calls("findByUsername")).isEqualTo(3);
  }

  private static Device withUser(MacAddress mac, String user) {
    return new Device(
        id("acme"),
        mac,
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Optional.of(new Credentials(user, "pw")));
  }
}
