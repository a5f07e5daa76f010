package dev.ucprov.core.files;

import dev.ucprov.core.tenant.TenantId;

/** Whose file it is: shared by every tenant (firmware above all), or one tenant's own. */
public sealed interface FileScope {

  /** Files every tenant serves unless it has its own file at the same path. */
  record Shared() implements FileScope {}

  record OfTenant(TenantId tenant) implements FileScope {}

  static FileScope shared() {
    return new Shared();
  }

  static FileScope of(TenantId tenant) {
    return new OfTenant(tenant);
  }
}
