package dev.ucprov.core.checksync;

import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * A check-sync sent to many devices of one tenant, limited by rate and concurrency.
 *
 * @param selection which devices, for people ({@code all devices}, {@code model VVX_410})
 * @param automatic started by a change rather than by an operator
 * @param finished when every device got its outcome; empty while it runs
 */
public record Job(
    JobId id,
    TenantId tenant,
    String selection,
    boolean automatic,
    JobLimits limits,
    Instant created,
    Optional<Instant> finished) {}
