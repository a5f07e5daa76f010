package dev.ucprov.core.checksync;

import java.time.Clock;
import java.time.Duration;

/**
 * What every running job on this node shares.
 *
 * @param owner this node's name in job leases, unique per process
 * @param answerWithin how long a notifier may take before the device is recorded as timed out
 *     anyway (the notifier's contract is to answer; this guards against one that does not)
 */
record JobContext(
    JobRepository jobs,
    Notifier notifier,
    Targets targets,
    Scheduler scheduler,
    Clock clock,
    String owner,
    Duration answerWithin) {}
