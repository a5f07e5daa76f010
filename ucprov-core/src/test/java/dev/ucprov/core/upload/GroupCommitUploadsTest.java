package dev.ucprov.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.contract.ContractFixtures;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.BatchHookedUploads;
import dev.ucprov.core.testing.Eventually;
import dev.ucprov.core.testing.Gate;
import dev.ucprov.core.testing.InMemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupCommitUploadsTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final MacAddress PHONE = ContractFixtures.mac(1);
  private static final UploadName DIRECTORY =
      UploadName.parse(PHONE.value() + "-directory.xml").orElseThrow();
  private static final Retention KEEP_ALL = new Retention(1000, Long.MAX_VALUE);
  private static final BlobRef POISON = ContractFixtures.blobOf("poison");

  private final InMemoryStore store = new InMemoryStore();
  private final Scripted repository = new Scripted();
  private final GroupCommitUploads uploads =
      new GroupCommitUploads(new BatchHookedUploads(store.uploads(), repository));
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  @BeforeEach
  void acme() {
    store.tenants().put(ContractFixtures.tenant("acme"));
    store.devices().put(ContractFixtures.device("acme", PHONE));
  }

  @AfterEach
  void stop() {
    repository.gate.open();
    threads.shutdownNow();
  }

  @Test
  void aLoneAppendIsStoredAtOnceInABatchOfItsOwn() {
    repository.gate.open();

    UploadVersion version = append(ContractFixtures.blobOf("alone"));

    assertThat(version.version()).isEqualTo(1);
    assertThat(repository.batchSizes).containsExactly(1);
    assertThat(uploads.batches()).isEqualTo(1);
    assertThat(uploads.waiting()).isZero();
  }

  @Test
  void appendsArrivingWhileABatchIsStoredShareTheNextOne() throws Exception {
    Future<UploadVersion> first = appendLater(ContractFixtures.blobOf("first"));
    awaitBatches(1);
    List<Future<UploadVersion>> queued = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      queued.add(appendLater(ContractFixtures.blobOf("queued " + i)));
    }
    awaitWaiting(10);

    repository.gate.open();

    assertThat(first.get(10, TimeUnit.SECONDS).version()).isEqualTo(1);
    List<Integer> numbers = new ArrayList<>();
    for (Future<UploadVersion> append : queued) {
      numbers.add(append.get(10, TimeUnit.SECONDS).version());
    }
    assertThat(numbers).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(repository.batchSizes).containsExactly(1, 10);
    assertThat(store.uploads().versions(ACME, DIRECTORY)).hasSize(11);
  }

  @Test
  void aBatchThatFailsIsRetriedOneByOneSoOnlyTheBadAppendFails() throws Exception {
    Future<UploadVersion> first = appendLater(ContractFixtures.blobOf("first"));
    awaitBatches(1);
    Future<UploadVersion> before = appendLater(ContractFixtures.blobOf("before"));
    awaitWaiting(1);
    Future<UploadVersion> poisoned = appendLater(POISON);
    awaitWaiting(2);
    Future<UploadVersion> after = appendLater(ContractFixtures.blobOf("after"));
    awaitWaiting(3);

    repository.gate.open();

    first.get(10, TimeUnit.SECONDS);
    assertThat(before.get(10, TimeUnit.SECONDS).blob())
        .isEqualTo(ContractFixtures.blobOf("before"));
    assertThat(after.get(10, TimeUnit.SECONDS).blob()).isEqualTo(ContractFixtures.blobOf("after"));
    assertThatThrownBy(() -> poisoned.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the database refused this one");
    assertThat(repository.batchSizes).containsExactly(1, 3, 1, 1, 1);
    assertThat(store.uploads().versions(ACME, DIRECTORY))
        .extracting(UploadVersion::blob)
        .doesNotContain(POISON)
        .hasSize(3);
  }

  @Test
  void aMacThatIsNotADeviceFailsOnlyItsCaller() throws Exception {
    UploadName unknown =
        UploadName.parse(ContractFixtures.mac(99).value() + "-phone.cfg").orElseThrow();
    Future<UploadVersion> first = appendLater(ContractFixtures.blobOf("first"));
    awaitBatches(1);
    Future<UploadVersion> stranger =
        threads.submit(() ->
            uploads.append(
                ACME,
                unknown,
                NewUpload.received("192.0.2.9", "none", ContractFixtures.blobOf("x")),
                KEEP_ALL));
    awaitWaiting(1);
    Future<UploadVersion> mine = appendLater(ContractFixtures.blobOf("mine"));
    awaitWaiting(2);

    repository.gate.open();

    first.get(10, TimeUnit.SECONDS);
    assertThat(mine.get(10, TimeUnit.SECONDS).version()).isEqualTo(2);
    assertThatThrownBy(() -> stranger.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ContractFixtures.mac(99).value());
    assertThat(repository.batchSizes).containsExactly(1, 2);
  }

  private UploadVersion append(BlobRef blob) {
    return uploads.append(
        ACME, DIRECTORY, NewUpload.received("192.0.2.10", "none", blob), KEEP_ALL);
  }

  private Future<UploadVersion> appendLater(BlobRef blob) {
    return threads.submit(() -> append(blob));
  }

  private void awaitBatches(int count) {
    Eventually.until(() -> repository.batchSizes.size() >= count, Duration.ofSeconds(10));
    assertThat(repository.batchSizes).hasSize(count);
  }

  private void awaitWaiting(int count) {
    Eventually.until(() -> uploads.waiting() >= count, Duration.ofSeconds(10));
    assertThat(uploads.waiting()).isEqualTo(count);
  }

  /**
   * What the in-memory repository does before each batch: wait for {@code gate}, and fail batches
   * holding {@link #POISON} as a whole, as a database refusing one row fails its transaction.
   */
  private static final class Scripted implements Consumer<List<Append>> {
    final Gate gate = new Gate();
    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    @Override
    public void accept(List<Append> appends) {
      batchSizes.add(appends.size());
      gate.pass();
      if (appends.stream().anyMatch(append -> append.upload().blob().equals(POISON))) {
        throw new IllegalStateException("the database refused this one");
      }
    }
  }
}
