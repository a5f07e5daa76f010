package dev.ucprov.core.provisioning;

import dev.ucprov.core.template.RenderContext.ServerValues;
import dev.ucprov.core.tenant.TenantId;
import java.net.URI;
import java.util.Optional;

/**
 * The base URLs phones reach this server at, as configured ({@code http://prov.example:8080}), and
 * how a tenant's tree looks from them: with the tenant prefix ({@code
 * http://prov.example:8080/acme}) when the tenant was reached by path, with the host the phone used
 * ({@code http://acme.prov.example:8080}) when it was reached by host name. No trailing slash, so
 * templates write {@code {{ server.httpUrl }}/sip.ld}.
 *
 * @param http the plain HTTP base URL, or {@code ""} when the server does not serve HTTP
 * @param https the HTTPS base URL, or {@code ""} when the server does not serve HTTPS
 */
public record ServerUrls(String http, String https) {

  public ServerUrls {
    http = checked(http, "http");
    https = checked(https, "https");
  }

  /** The values templates see for a tenant reached by path (empty host) or by a host name. */
  public ServerValues forTenant(TenantId tenant, Optional<String> host) {
    return new ServerValues(tree(http, tenant, host), tree(https, tenant, host));
  }

  private static String tree(String base, TenantId tenant, Optional<String> host) {
    if (base.isEmpty()) {
      return "";
    }
    if (host.isEmpty()) {
      return base + "/" + tenant.value();
    }
    URI uri = URI.create(base);
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return uri.getScheme() + "://" + host.get() + port + path;
  }

  private static String checked(String base, String scheme) {
    if (base == null || base.isEmpty()) {
      return "";
    }
    String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    URI uri;
    try {
      uri = URI.create(trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: \"" + base + "\"", e);
    }
    if (!scheme.equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "not an " + scheme + ":// URL with a host: \"" + base + "\"");
    }
    return trimmed;
  }
}
