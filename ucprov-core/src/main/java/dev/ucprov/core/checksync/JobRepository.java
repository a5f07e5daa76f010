package dev.ucprov.core.checksync;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where check-sync jobs and each device's state are kept, so a job outlives the process that ran
 * it. Thread-safe; each method one transaction.
 *
 * <p>Contract (tested on every backend by {@code JobRepositoryContract}): a job is owned by at most
 * one node at a time (its lease: {@code owner} and the time of its last heartbeat); a device goes
 * from pending to sending only once and only for the job's owner, so two nodes never send the same
 * device; from sending to a final state only once; deleting a tenant deletes its jobs.
 */
public interface JobRepository {

  /**
   * Stores a new job, owned by {@code owner} as of {@code now}, with its devices pending in the
   * order given (each once).
   *
   * @throws IllegalArgumentException when the tenant does not exist
   */
  void create(Job job, List<MacAddress> devices, String owner, Instant now);

  Optional<Job> find(JobId id);

  /** The newest jobs first, of one tenant or of all; at most {@code limit}. */
  List<Job> list(Optional<TenantId> tenant, int limit);

  /** The job's devices in the order they are sent; empty for an unknown job. */
  List<JobDevice> devices(JobId id);

  /** How many of the job's devices are in each state (states with none are left out). */
  Map<DeviceState, Integer> counts(JobId id);

  /** The job's pending devices, in the order they are sent. */
  List<MacAddress> pending(JobId id);

  /**
   * Marks a pending device as being sent. False (and nothing changes) when it is not pending, or
   * when {@code owner} no longer owns the job.
   */
  boolean sending(JobId id, MacAddress mac, String owner, Instant now);

  /** Records a sending device's outcome. False (and nothing changes) when it is not sending. */
  boolean delivered(JobId id, MacAddress mac, Delivery delivery, Instant now);

  /**
   * Marks every device still sending as {@link DeviceState#INTERRUPTED} with {@code reason}: what a
   * node does before resuming a job another process was running.
   *
   * @return how many were
   */
  int interrupt(JobId id, String reason, Instant now);

  /**
   * Marks the job finished and drops its owner. False (and nothing changes) when it was finished
   * already, is gone, or {@code owner} no longer owns it.
   */
  boolean finish(JobId id, String owner, Instant now);

  /**
   * Takes over the unfinished jobs nobody owns (released at a clean stop) or whose owner's last
   * heartbeat is before {@code staleBefore}: they become {@code owner}'s as of {@code now}.
   *
   * @return the jobs taken over
   */
  List<Job> claim(String owner, Instant now, Instant staleBefore);

  /**
   * Renews {@code owner}'s lease on its unfinished jobs.
   *
   * @return the jobs it still owns (another node may have taken one over after a long pause)
   */
  List<JobId> heartbeat(String owner, Instant now);

  /**
   * Gives up {@code owner}'s unfinished jobs, so that the next node to start takes them at once.
   */
  void release(String owner);
}
