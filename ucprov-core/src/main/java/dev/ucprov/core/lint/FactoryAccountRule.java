package dev.ucprov.core.lint;

import dev.ucprov.core.tenant.Tenant;
import java.util.List;

/**
 * {@code tenant-factory-account}: a tenant that lets the factory credentials (PlcmSpIp, printed in
 * every administrator guide) log in: anyone inside its networks reads what its own credentials
 * read. Meant for the first boot of phones out of the box only.
 */
final class FactoryAccountRule implements TenantRule {

  @Override
  public String id() {
    return "tenant-factory-account";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a tenant that accepts the factory credentials PlcmSpIp (tenant lint only)";
  }

  @Override
  public List<Finding> check(Tenant tenant) {
    if (!tenant.factoryAccount()) {
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
                + " accepts the factory credentials "
                + Tenant.FACTORY_ACCOUNT.username()
                + ", which every phone and every guide knows: anyone who reaches the server"
                + (tenant.networks().isEmpty() ? "" : " from " + tenant.networks())
                + " reads what the tenant's credentials read; provision the phones' own"
                + " credentials and turn factoryAccount off"));
  }
}
