package dev.ucprov.http.admin;

import dev.ucprov.core.operator.CheckSyncs;

/**
 * Check-sync jobs:
 *
 * <ul>
 *   <li>{@code GET /api/v1/jobs?tenant=&limit=}: {@code {"jobs": [...]}}, newest first, each with
 *       its counts by state (limit 1..1000, default 50)
 *   <li>{@code GET /api/v1/jobs/{id}}: the job with each device's state and outcome
 * </ul>
 */
final class JobRoutes {

  private final CheckSyncs checkSyncs;

  JobRoutes(CheckSyncs checkSyncs) {
    this.checkSyncs = checkSyncs;
  }

  void addTo(Router router) {
    router.add(
        "GET",
        "/api/v1/jobs",
        r -> Replies.of(checkSyncs.jobs(r.query("tenant"), r.query("limit")), JobJson::list));
    router.add(
        "GET",
        "/api/v1/jobs/{id}",
        r -> Replies.of(checkSyncs.job(r.variable("id")), report -> JobJson.report(report, true)));
  }
}
