package dev.ucprov.core.operator;

import dev.ucprov.core.operator.Fields.Checked;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Network;
import dev.ucprov.core.tenant.SipProxy;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.core.tenant.TenantRepository.PutOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tenants as operators manage them. Input is checked before anything is stored; a host name another
 * tenant holds is a conflict. Thread-safe.
 */
public final class TenantCatalog {

  private final TenantRepository tenants;

  public TenantCatalog(TenantRepository tenants) {
    this.tenants = tenants;
  }

  /** Creates or replaces the tenant {@code id} with everything the form says. */
  public Outcome<Tenant> put(String id, TenantForm form) {
    if (!TenantId.isValid(id)) {
      return Outcome.invalid(
          "tenant",
          "\""
              + Fields.shown(String.valueOf(id))
              + "\" is not a tenant id (1 to 63 lower-case"
              + " letters, digits and inner hyphens)");
    }
    if (form.name() == null || form.name().isBlank() || Fields.hasControl(form.name())) {
      return Outcome.invalid("name", "a tenant needs a name, without control characters");
    }
    Checked<List<String>> hostnames = Fields.hostnames(form.hostnames());
    Checked<Optional<Credentials>> credentials =
        Fields.credentials(
            "credentials",
            form.credentials(),
            tenants.find(new TenantId(id)).flatMap(Tenant::credentials));
    Checked<Map<String, String>> variables = Fields.variables("variables", form.variables());
    Checked<Optional<SipProxy>> sip = CheckSyncFields.proxy(form.sip());
    Checked<List<Network>> networks = Fields.networks(form.networks());
    Optional<Outcome<Tenant>> refused =
        Fields.refusal(hostnames, credentials, variables, sip, networks);
    if (refused.isPresent()) {
      return refused.get();
    }
    return store(
        new Tenant(
            new TenantId(id),
            form.name().strip(),
            hostnames.value(),
            credentials.value(),
            variables.value(),
            sip.value(),
            networks.value(),
            form.factoryAccount()));
  }

  public Outcome<Tenant> get(String id) {
    return find(id).<Outcome<Tenant>>map(Outcome.Ok::new).orElseGet(() -> unknown(id));
  }

  /** Every tenant, ordered by id. */
  public List<Tenant> list() {
    return tenants.list();
  }

  /** Removes the tenant with its devices and files; gives back what was removed. */
  public Outcome<Tenant> delete(String id) {
    Optional<Tenant> tenant = find(id);
    if (tenant.isEmpty() || !tenants.delete(tenant.get().id())) {
      return unknown(id);
    }
    return new Outcome.Ok<>(tenant.get());
  }

  private Outcome<Tenant> store(Tenant tenant) {
    return switch (tenants.put(tenant)) {
      case PutOutcome.Created(Tenant created) -> new Outcome.Created<>(created);
      case PutOutcome.Updated(Tenant updated) -> new Outcome.Ok<>(updated);
      case PutOutcome.HostnameTaken(String hostname, TenantId owner) ->
          new Outcome.Conflict<>("hostnames: " + hostname + " already belongs to tenant " + owner);
      case PutOutcome.NetworkTaken(Network network, Network taken, TenantId owner) ->
          new Outcome.Conflict<>(
              "networks: "
                  + network
                  + " overlaps "
                  + taken
                  + " of tenant "
                  + owner
                  + "; a source address must lead to one tenant");
    };
  }

  private Optional<Tenant> find(String id) {
    return TenantId.isValid(id) ? tenants.find(new TenantId(id)) : Optional.empty();
  }

  static <T> Outcome<T> unknown(String id) {
    return new Outcome.NotFound<>("no tenant \"" + Fields.shown(String.valueOf(id)) + "\"");
  }
}
