package dev.ucprov.http.admin;

import dev.ucprov.core.operator.Inspection;
import dev.ucprov.core.operator.TenantCatalog;

/**
 * Tenants and their lint:
 *
 * <ul>
 *   <li>{@code GET /api/v1/tenants}: {@code {"tenants": [tenant...]}}
 *   <li>{@code PUT /api/v1/tenants/{tenant}} with {@code {"name", "hostnames", "credentials",
 *       "variables"}} (all but name optional): 201 (new) or 200 with the tenant; a host name
 *       another tenant has is 409
 *   <li>{@code GET /api/v1/tenants/{tenant}}: the tenant
 *   <li>{@code DELETE /api/v1/tenants/{tenant}}: 200 with the removed tenant; its devices and files
 *       go with it
 *   <li>{@code GET /api/v1/tenants/{tenant}/lint}: {@code {"findings": [...]}}
 * </ul>
 */
final class TenantRoutes {

  private final TenantCatalog tenants;
  private final Inspection inspection;
  private final AdminLimits limits;

  TenantRoutes(TenantCatalog tenants, Inspection inspection, AdminLimits limits) {
    this.tenants = tenants;
    this.inspection = inspection;
    this.limits = limits;
  }

  void addTo(Router router) {
    router.add("GET", "/api/v1/tenants", r -> ApiReply.ok(TenantJson.list(tenants.list())));
    router.add(
        "PUT",
        "/api/v1/tenants/{tenant}",
        r ->
            Replies.of(
                tenants.put(
                    r.variable("tenant"),
                    TenantJson.form(JsonBody.object(r, limits.jsonBytes(), TenantJson.FIELDS))),
                TenantJson::of));
    router.add(
        "GET",
        "/api/v1/tenants/{tenant}",
        r -> Replies.of(tenants.get(r.variable("tenant")), TenantJson::of));
    router.add(
        "DELETE",
        "/api/v1/tenants/{tenant}",
        r -> Replies.of(tenants.delete(r.variable("tenant")), TenantJson::of));
    router.add(
        "GET",
        "/api/v1/tenants/{tenant}/lint",
        r -> Replies.of(inspection.lint(r.variable("tenant")), ExplainJson::findings));
  }
}
