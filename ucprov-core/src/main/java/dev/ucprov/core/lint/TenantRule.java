package dev.ucprov.core.lint;

import dev.ucprov.core.tenant.Tenant;
import java.util.List;

/**
 * A check of a tenant's own settings rather than of its files: it runs only where there is a tenant
 * (the admin API's tenant lint), never on a directory. Stateless and thread-safe.
 */
public interface TenantRule {

  /** The stable kebab-case id; never renamed once released. */
  String id();

  Severity severity();

  /** One line for people: what the rule looks for. */
  String summary();

  /** Every finding about {@code tenant}; file {@code ""} and line 0, as they concern no file. */
  List<Finding> check(Tenant tenant);

  default RuleDescription description() {
    return new RuleDescription(id(), severity(), summary());
  }
}
