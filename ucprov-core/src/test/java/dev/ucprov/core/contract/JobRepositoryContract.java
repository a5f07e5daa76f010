package dev.ucprov.core.contract;

import static dev.ucprov.core.contract.ContractFixtures.T0;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.runTogether;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.DeviceState;
import dev.ucprov.core.checksync.Job;
import dev.ucprov.core.checksync.JobDevice;
import dev.ucprov.core.checksync.JobId;
import dev.ucprov.core.checksync.JobLimits;
import dev.ucprov.core.checksync.JobRepository;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link JobRepository}. The repositories share one store, empty at the start of
 * every test; tenants {@code acme} and {@code globex} are created before each.
 */
public interface JobRepositoryContract {

  String NODE_A = "node-a";
  String NODE_B = "node-b";
  Delivery OK = new Delivery(Delivery.Outcome.OK, 200, "OK", Delivery.Via.SIP);

  TenantRepository tenants();

  JobRepository jobs();

  @BeforeEach
  default void createTenants() {
    tenants().put(tenant("acme"));
    tenants().put(tenant("globex"));
  }

  @Test
  default void aNewJobIsReadBackWithItsDevicesPendingInOrder() {
    Job job = job("acme", T0, 0.5, 7);
    jobs().create(job, List.of(mac(3), mac(1), mac(2)), NODE_A, T0);

    assertThat(jobs().find(job.id())).contains(job);
    assertThat(jobs().devices(job.id()))
        .containsExactly(
            JobDevice.pending(mac(3)), JobDevice.pending(mac(1)), JobDevice.pending(mac(2)));
    assertThat(jobs().pending(job.id())).containsExactly(mac(3), mac(1), mac(2));
    assertThat(jobs().counts(job.id())).isEqualTo(Map.of(DeviceState.PENDING, 3));
  }

  @Test
  default void anUnknownJobHasNothing() {
    JobId unknown = JobId.random();

    assertThat(jobs().find(unknown)).isEmpty();
    assertThat(jobs().devices(unknown)).isEmpty();
    assertThat(jobs().counts(unknown)).isEmpty();
    assertThat(jobs().sending(unknown, mac(1), NODE_A, T0)).isFalse();
    assertThat(jobs().finish(unknown, NODE_A, T0)).isFalse();
  }

  @Test
  default void aJobForAnUnknownTenantIsRefused() {
    Job job = job("nobody", T0, 1, 1);

    assertThatThrownBy(() -> jobs().create(job, List.of(mac(1)), NODE_A, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody");
    assertThat(jobs().find(job.id())).isEmpty();
  }

  @Test
  default void listGivesTheNewestFirstPerTenantOrAllWithinTheLimit() {
    Job first = job("acme", T0, 1, 1);
    Job second = job("globex", T0.plusSeconds(1), 1, 1);
    Job third = job("acme", T0.plusSeconds(2), 1, 1);
    for (Job job : List.of(first, second, third)) {
      jobs().create(job, List.of(mac(1)), NODE_A, job.created());
    }

    assertThat(jobs().list(Optional.empty(), 10)).containsExactly(third, second, first);
    assertThat(jobs().list(Optional.of(id("acme")), 10)).containsExactly(third, first);
    assertThat(jobs().list(Optional.empty(), 2)).containsExactly(third, second);
  }

  @Test
  default void aDeviceIsSentOnceAndOnlyByTheJobsOwner() {
    Job job = created(mac(1), mac(2));

    assertThat(jobs().sending(job.id(), mac(1), NODE_B, T0)).as("not the owner").isFalse();
    assertThat(jobs().sending(job.id(), mac(1), NODE_A, T0.plusSeconds(1))).isTrue();
    assertThat(jobs().sending(job.id(), mac(1), NODE_A, T0.plusSeconds(2))).isFalse();
    assertThat(jobs().sending(job.id(), mac(9), NODE_A, T0)).as("not in the job").isFalse();

    assertThat(jobs().devices(job.id()).getFirst())
        .isEqualTo(
            new JobDevice(
                mac(1),
                DeviceState.SENDING,
                0,
                Optional.empty(),
                Optional.empty(),
                Optional.of(T0.plusSeconds(1))));
    assertThat(jobs().pending(job.id())).containsExactly(mac(2));
  }

  @Test
  default void anOutcomeIsRecordedOnceAndOnlyForADeviceBeingSent() {
    Job job = created(mac(1), mac(2));
    Delivery rejected =
        new Delivery(Delivery.Outcome.REJECTED, 403, "Forbidden ü", Delivery.Via.PUSH);

    assertThat(jobs().delivered(job.id(), mac(1), OK, T0)).as("still pending").isFalse();
    jobs().sending(job.id(), mac(1), NODE_A, T0);
    assertThat(jobs().delivered(job.id(), mac(1), rejected, T0.plusSeconds(3))).isTrue();
    assertThat(jobs().delivered(job.id(), mac(1), OK, T0.plusSeconds(4))).isFalse();

    assertThat(jobs().devices(job.id()).getFirst())
        .isEqualTo(
            new JobDevice(
                mac(1),
                DeviceState.REJECTED,
                403,
                Optional.of("Forbidden ü"),
                Optional.of(Delivery.Via.PUSH),
                Optional.of(T0.plusSeconds(3))));
    assertThat(jobs().counts(job.id()))
        .isEqualTo(Map.of(DeviceState.REJECTED, 1, DeviceState.PENDING, 1));
  }

  @Test
  default void everyOutcomeHasItsState() {
    Job job = created(mac(1), mac(2), mac(3), mac(4));
    List<Delivery> outcomes =
        List.of(
            OK,
            new Delivery(Delivery.Outcome.REJECTED, 481, "No transaction", Delivery.Via.SIP),
            new Delivery(Delivery.Outcome.TIMEOUT, 0, "timer F", Delivery.Via.SIP),
            new Delivery(Delivery.Outcome.ERROR, 0, "unreachable", Delivery.Via.SIP));
    for (int i = 0; i < outcomes.size(); i++) {
      jobs().sending(job.id(), mac(i + 1), NODE_A, T0);
      jobs().delivered(job.id(), mac(i + 1), outcomes.get(i), T0);
    }

    assertThat(jobs().devices(job.id()))
        .extracting(JobDevice::state)
        .containsExactly(
            DeviceState.OK, DeviceState.REJECTED, DeviceState.TIMEOUT, DeviceState.ERROR);
  }

  @Test
  default void interruptMarksOnlyTheDevicesBeingSent() {
    Job job = created(mac(1), mac(2), mac(3));
    jobs().sending(job.id(), mac(1), NODE_A, T0);
    jobs().delivered(job.id(), mac(1), OK, T0);
    jobs().sending(job.id(), mac(2), NODE_A, T0);

    assertThat(jobs().interrupt(job.id(), "stopped", T0.plusSeconds(5))).isEqualTo(1);

    assertThat(jobs().devices(job.id()))
        .extracting(JobDevice::state)
        .containsExactly(DeviceState.OK, DeviceState.INTERRUPTED, DeviceState.PENDING);
    assertThat(jobs().devices(job.id()).get(1).reason()).contains("stopped");
    assertThat(jobs().delivered(job.id(), mac(2), OK, T0)).as("too late").isFalse();
  }

  @Test
  default void aJobFinishesOnceAndIsNeverClaimedAfter() {
    Job job = created(mac(1));

    assertThat(jobs().finish(job.id(), NODE_B, T0.plusSeconds(8))).as("not the owner").isFalse();
    assertThat(jobs().finish(job.id(), NODE_A, T0.plusSeconds(9))).isTrue();
    assertThat(jobs().finish(job.id(), NODE_A, T0.plusSeconds(10))).isFalse();

    assertThat(jobs().find(job.id()).orElseThrow().finished()).contains(T0.plusSeconds(9));
    assertThat(jobs().claim(NODE_B, T0.plusSeconds(99), T0.plusSeconds(99))).isEmpty();
    assertThat(jobs().heartbeat(NODE_A, T0.plusSeconds(11))).isEmpty();
  }

  @Test
  default void aFreshLeaseIsNotClaimedAStaleOneIs() {
    Job job = created(mac(1));
    jobs().heartbeat(NODE_A, T0.plusSeconds(20));

    assertThat(jobs().claim(NODE_B, T0.plusSeconds(40), T0.plusSeconds(10))).isEmpty();
    assertThat(jobs().claim(NODE_B, T0.plusSeconds(60), T0.plusSeconds(30))).containsExactly(job);

    assertThat(jobs().heartbeat(NODE_A, T0.plusSeconds(61))).as("taken over").isEmpty();
    assertThat(jobs().heartbeat(NODE_B, T0.plusSeconds(61))).containsExactly(job.id());
    assertThat(jobs().sending(job.id(), mac(1), NODE_A, T0.plusSeconds(62))).isFalse();
    assertThat(jobs().sending(job.id(), mac(1), NODE_B, T0.plusSeconds(62))).isTrue();
  }

  @Test
  default void aReleasedJobIsClaimedAtOnceOldestFirst() {
    Job older = created(mac(1));
    Job newer = job("globex", T0.plusSeconds(1), 1, 1);
    jobs().create(newer, List.of(mac(2)), NODE_A, T0.plusSeconds(1));

    jobs().release(NODE_A);

    assertThat(jobs().heartbeat(NODE_A, T0.plusSeconds(2))).isEmpty();
    assertThat(jobs().claim(NODE_B, T0.plusSeconds(2), T0.minusSeconds(3600)))
        .containsExactly(older, newer);
  }

  @Test
  default void deletingTheTenantDeletesItsJobs() {
    Job acme = created(mac(1));
    Job globex = job("globex", T0, 1, 1);
    jobs().create(globex, List.of(mac(2)), NODE_A, T0);

    tenants().delete(id("acme"));

    assertThat(jobs().find(acme.id())).isEmpty();
    assertThat(jobs().devices(acme.id())).isEmpty();
    assertThat(jobs().list(Optional.empty(), 10)).containsExactly(globex);
  }

  @Test
  default void concurrentSendsOfOneDeviceLetExactlyOneThrough() throws Exception {
    Job job = created(mac(1));
    List<Callable<Boolean>> sends = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      sends.add(() -> jobs().sending(job.id(), mac(1), NODE_A, T0));
    }

    assertThat(runTogether(sends)).containsOnlyOnce(true);
  }

  @Test
  default void aLargeJobKeepsEveryDeviceInOrder() {
    List<MacAddress> macs = new ArrayList<>();
    for (int i = 2500; i > 0; i--) {
      macs.add(mac(i));
    }
    Job job = job("acme", T0, 20, 10);
    jobs().create(job, macs, NODE_A, T0);

    assertThat(jobs().pending(job.id())).containsExactlyElementsOf(macs);
    assertThat(jobs().counts(job.id())).isEqualTo(Map.of(DeviceState.PENDING, 2500));
  }

  private Job created(MacAddress... macs) {
    Job job = job("acme", T0, 1, 1);
    jobs().create(job, List.of(macs), NODE_A, T0);
    return job;
  }

  static Job job(String tenant, Instant created, double rate, int concurrency) {
    return new Job(
        JobId.random(),
        id(tenant),
        "all devices",
        false,
        new JobLimits(rate, concurrency),
        created,
        Optional.empty());
  }
}
