package dev.ucprov.http.admin;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.operator.CheckSyncs;
import dev.ucprov.core.operator.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Check-syncs:
 *
 * <ul>
 *   <li>{@code POST .../tenants/{tenant}/devices/{mac}/check-sync}: one phone now, outside any job;
 *       answers once its outcome is known, 200 with {@code {"outcome", "status", "reason", "via"}}
 *   <li>{@code POST .../tenants/{tenant}/check-sync} with {@code {"all": true}}, {@code {"macs":
 *       [...]}} or filters ({@code model, label, notSeenSince}), and optionally {@code rate} and
 *       {@code concurrency}: 201 with the job started
 * </ul>
 */
final class CheckSyncRoutes {

  private static final String BASE = "/api/v1/tenants/{tenant}";

  /**
   * Longer than any notifier takes (timer F is 32 s, twice with a digest challenge); the notifier
   * always answers first, this only bounds a request if one did not.
   */
  static final Duration ANSWER_WITHIN = Duration.ofMinutes(2);

  private final CheckSyncs checkSyncs;
  private final AdminLimits limits;

  CheckSyncRoutes(CheckSyncs checkSyncs, AdminLimits limits) {
    this.checkSyncs = checkSyncs;
    this.limits = limits;
  }

  void addTo(Router router) {
    router.add("POST", BASE + "/devices/{mac}/check-sync", this::one);
    router.add(
        "POST",
        BASE + "/check-sync",
        r ->
            Replies.of(
                checkSyncs.start(
                    r.variable("tenant"),
                    JobJson.form(JsonBody.object(r, limits.jsonBytes(), JobJson.FIELDS))),
                report -> JobJson.report(report, false)));
  }

  private ApiReply one(ApiRequest request) throws IOException {
    Outcome<CompletionStage<Delivery>> sent =
        checkSyncs.now(request.variable("tenant"), request.variable("mac"));
    return Replies.of(sent, stage -> JobJson.delivery(await(stage)));
  }

  private static Delivery await(CompletionStage<Delivery> stage) {
    try {
      return stage.toCompletableFuture().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return new Delivery(
          Delivery.Outcome.TIMEOUT,
          0,
          "no outcome within " + ANSWER_WITHIN.toSeconds() + " s",
          Delivery.Via.SIP);
    } catch (ExecutionException e) {
      return new Delivery(
          Delivery.Outcome.ERROR, 0, "the notifier failed: " + e.getCause(), Delivery.Via.SIP);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "interrupted while waiting for the check-sync's outcome");
    }
  }
}
