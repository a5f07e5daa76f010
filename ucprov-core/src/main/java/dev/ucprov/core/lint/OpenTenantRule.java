package dev.ucprov.core.lint;

import dev.ucprov.core.tenant.Tenant;
import java.util.List;

/**
 * {@code tenant-open}: a tenant without credentials serves its files to anyone who can reach the
 * server and guess a MAC, except those of devices with credentials of their own (ADR 0012).
 */
final class OpenTenantRule implements TenantRule {

  @Override
  public String id() {
    return "tenant-open";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a tenant whose phones need no credentials (tenant lint only)";
  }

  @Override
  public List<Finding> check(Tenant tenant) {
    if (tenant.credentials().isPresent()) {
      return List.of();
    }
    return List.of(
        new Finding(
            id(),
            severity(),
            "",
            0,
            "tenant "
                + tenant.id()
                + " has no credentials: anyone who reaches the server can read its shared files"
                + " and the files of every device without credentials of its own; set the"
                + " tenant's credentials, give devices their own, or use client certificates"));
  }
}
