package dev.ucprov.store.cache;

import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantRepository.PutOutcome.HostnameTaken;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachingTenantRepositoryTest extends SpiedH2Store {

  @Test
  void aSecondFindIsAnsweredWithoutTheDatabase() {
    jdbcTenants.put(tenant("acme", "acme.example"));

    assertThat(tenants.find(id("acme"))).contains(tenant("acme", "acme.example"));
    assertThat(tenants.find(id("acme"))).contains(tenant("acme", "acme.example"));
    assertThat(tenants.findByHostname("acme.example")).isPresent();
    assertThat(tenants.findByHostname("ACME.example")).isPresent();

    assertThat(tenantCalls.calls("find")).isEqualTo(1);
    assertThat(tenantCalls.calls("findByHostname")).isEqualTo(1);
  }

  @Test
  void absentTenantsAndHostnamesAreCachedToo() {
    assertThat(tenants.find(id("nobody"))).isEmpty();
    assertThat(tenants.find(id("nobody"))).isEmpty();
    assertThat(tenants.findByHostname("nowhere.example")).isEmpty();
    assertThat(tenants.findByHostname("nowhere.example")).isEmpty();

    assertThat(tenantCalls.calls("find")).isEqualTo(1);
    assertThat(tenantCalls.calls("findByHostname")).isEqualTo(1);
  }

  @Test
  void aPutIsSeenAtOnceByIdAndByEveryHostname() {
    tenants.put(tenant("acme", "old.example"));
    tenants.put(tenant("globex", "globex.example"));
    assertThat(tenants.find(id("acme"))).contains(tenant("acme", "old.example"));
    assertThat(tenants.findByHostname("old.example")).map(Tenant::id).contains(id("acme"));
    assertThat(tenants.findByHostname("new.example")).isEmpty();
    assertThat(tenants.findByHostname("globex.example")).isPresent();

    tenants.put(tenant("acme", "new.example"));

    assertThat(tenants.find(id("acme"))).contains(tenant("acme", "new.example"));
    assertThat(tenants.findByHostname("old.example")).isEmpty();
    assertThat(tenants.findByHostname("new.example")).map(Tenant::id).contains(id("acme"));
  }

  @Test
  void aDeleteIsSeenAtOnce() {
    tenants.put(tenant("acme", "acme.example"));
    assertThat(tenants.find(id("acme"))).isPresent();
    assertThat(tenants.findByHostname("acme.example")).isPresent();

    assertThat(tenants.delete(id("acme"))).isTrue();

    assertThat(tenants.find(id("acme"))).isEmpty();
    assertThat(tenants.findByHostname("acme.example")).isEmpty();
  }

  @Test
  void aChangeMadeBehindTheCacheIsSeenOnceTheTimeToLiveHasPassed() {
    assertThat(tenants.find(id("acme"))).isEmpty();
    assertThat(tenants.findByHostname("acme.example")).isEmpty();
    Tenant renamed = new Tenant(id("acme"), "Acme", List.of(), Optional.empty(), Map.of());
    jdbcTenants.put(tenant("acme", "acme.example"));

    clock.advance(TTL.minus(Duration.ofMillis(1)));
    assertThat(tenants.find(id("acme"))).isEmpty();
    assertThat(tenants.findByHostname("acme.example")).isEmpty();

    clock.advance(Duration.ofMillis(1));
    assertThat(tenants.find(id("acme"))).contains(tenant("acme", "acme.example"));
    assertThat(tenants.findByHostname("acme.example")).isPresent();
    assertThat(tenantCalls.calls("find")).isEqualTo(2);

    jdbcTenants.put(renamed);
    outliveTheCache();
    assertThat(tenants.find(id("acme"))).contains(renamed);
    assertThat(tenants.findByHostname("acme.example")).isEmpty();
  }

  @Test
  void aRefusedPutChangesNothingCached() {
    tenants.put(tenant("acme", "acme.example"));
    assertThat(tenants.put(tenant("globex", "acme.example"))).isInstanceOf(HostnameTaken.class);

    assertThat(tenants.find(id("globex"))).isEmpty();
    assertThat(tenants.findByHostname("acme.example")).map(Tenant::id).contains(id("acme"));
  }

  @Test
  void listingAlwaysAsksTheDatabase() {
    tenants.put(tenant("acme"));

    assertThat(tenants.list()).hasSize(1);
    assertThat(tenants.list()).hasSize(1);

    assertThat(tenantCalls.calls("list")).isEqualTo(2);
  }
}
