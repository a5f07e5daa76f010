package dev.ucprov.http.admin;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /health}: {@code {"status": "up"}}, the one path open without the token (for load
 * balancers and service managers); {@code GET /metrics}: Prometheus text format 0.0.4, behind the
 * token like the rest of the admin listener, since it shows tenants' traffic.
 */
final class OpsRoutes {

  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  OpsRoutes(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  void addTo(Router router) {
    router.add("GET", "/health", r -> ApiReply.ok(Json.object().put("status", "up")));
    router.add(
        "GET",
        "/metrics",
        r ->
            new ApiReply.Raw(
                200, PROMETHEUS_TEXT, registry.scrape().getBytes(StandardCharsets.UTF_8)));
  }
}
