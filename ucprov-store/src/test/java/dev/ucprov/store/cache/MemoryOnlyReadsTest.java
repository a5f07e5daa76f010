package dev.ucprov.store.cache;

import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.provisioning.MemoryOnly;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 0020: inside {@link MemoryOnly#call} the caches answer what they hold, and a miss refuses
 * before the database is reached, without caching the refusal.
 */
class MemoryOnlyReadsTest extends SpiedH2Store {

  static final MacAddress PHONE = mac(1);
  static final FileScope ACME = FileScope.of(id("acme"));
  static final FilePath MASTER = new FilePath("000000000000.cfg");

  @BeforeEach
  void acme() {
    jdbcTenants.put(tenant("acme"));
    jdbcDevices.put(device("acme", PHONE, "VVX_410"));
    jdbcFiles.put(ACME, MASTER, new BlobRef("a".repeat(64), 10), false);
  }

  @Test
  void aMissRefusesAndIsNotCached() {
    assertThatThrownBy(() -> MemoryOnly.call(() -> devices.find(PHONE)))
        .isInstanceOf(MemoryOnly.WouldBlock.class);
    assertThatThrownBy(() -> MemoryOnly.call(() -> tenants.find(id("acme"))))
        .isInstanceOf(MemoryOnly.WouldBlock.class);
    assertThatThrownBy(() -> MemoryOnly.call(() -> files.find(ACME, MASTER)))
        .isInstanceOf(MemoryOnly.WouldBlock.class);

    assertThat(devices.find(PHONE)).contains(device("acme", PHONE, "VVX_410"));
    assertThat(tenants.find(id("acme"))).isPresent();
    assertThat(files.find(ACME, MASTER)).isPresent();
  }

  @Test
  void whatTheCachesHoldIsAnsweredFromMemory() {
    devices.find(PHONE);
    files.find(ACME, MASTER);
    devices.find(mac(2));

    assertThat(MemoryOnly.call(() -> devices.find(PHONE))).isPresent();
    assertThat(MemoryOnly.call(() -> files.find(ACME, MASTER))).isPresent();
    assertThat(MemoryOnly.call(() -> devices.find(mac(2)))).isEmpty();
    assertThat(deviceCalls.calls("find")).isEqualTo(2);
  }

  @Test
  void aWriteRefusesToo() {
    assertThatThrownBy(() ->
            MemoryOnly.call(() -> {
              devices.put(device("acme", mac(3), "VVX_450"));
              return null;
            }))
        .isInstanceOf(MemoryOnly.WouldBlock.class);
    assertThat(devices.find(mac(3))).isEmpty();
  }
}
