package dev.ucprov.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.contract.ContractFixtures;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.BatchHookedUploads;
import dev.ucprov.core.upload.GroupCommitUploads;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.Retention;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Group commit on a real database: concurrent uploads share commits and all are stored. */
class H2GroupCommitUploadsTest extends H2Fixture {

  private static final TenantId ACME = new TenantId("acme");
  private static final Retention LOGS = new Retention(50, 4096);

  @Test
  void concurrentUploadsShareCommitsAndAllAreStored() throws Exception {
    int phones = 32;
    int each = 5;
    tenants().put(ContractFixtures.tenant("acme"));
    for (int i = 0; i < phones; i++) {
      devices().put(ContractFixtures.device("acme", ContractFixtures.mac(i)));
    }
    // The first batch is held until another append waits behind it, so that at least one later
    // batch holds several appends however the threads happen to be scheduled.
    AtomicReference<GroupCommitUploads> group = new AtomicReference<>();
    AtomicBoolean first = new AtomicBoolean(true);
    GroupCommitUploads uploads =
        new GroupCommitUploads(
            new BatchHookedUploads(
                uploads(),
                batch -> {
                  if (first.getAndSet(false)) {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (group.get().waiting() < 2 && System.nanoTime() < deadline) {
                      Thread.onSpinWait();
                    }
                  }
                }));
    group.set(uploads);
    long commitsBefore = database().commits();
    List<Callable<List<UploadVersion>>> phonesBooting = new ArrayList<>();
    for (int i = 0; i < phones; i++) {
      UploadName log =
          UploadName.parse(ContractFixtures.mac(i).value() + "-boot.log").orElseThrow();
      phonesBooting.add(() -> {
        List<UploadVersion> stored = new ArrayList<>();
        for (int n = 0; n < each; n++) {
          NewUpload upload =
              NewUpload.received("192.0.2.10", "none", ContractFixtures.blobOf(log + " " + n));
          stored.add(uploads.append(ACME, log, upload, LOGS));
        }
        return stored;
      });
    }

    List<List<UploadVersion>> stored = ContractFixtures.runTogether(phonesBooting);

    assertThat(stored)
        .allSatisfy(versions ->
            assertThat(versions).extracting(UploadVersion::version).containsExactly(1, 2, 3, 4, 5));
    for (int i = 0; i < phones; i++) {
      MacAddress mac = ContractFixtures.mac(i);
      UploadName log = UploadName.parse(mac.value() + "-boot.log").orElseThrow();
      assertThat(uploads.versions(ACME, log)).hasSize(each);
    }
    long commits = database().commits() - commitsBefore;
    assertThat(commits).isEqualTo(uploads.batches()).isLessThan(phones * each);
  }
}
