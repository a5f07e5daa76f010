package dev.ucprov.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.contract.ContractFixtures;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.BatchHookedUploads;
import dev.ucprov.core.testing.Eventually;
import dev.ucprov.core.testing.ForwardingBlobStore;
import dev.ucprov.core.testing.Gate;
import dev.ucprov.core.testing.InMemoryBlobStore;
import dev.ucprov.core.testing.InMemoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ADR 0024: a batch publishes its appends' staged blobs, then commits their rows. */
class GroupCommitPublishingTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final MacAddress PHONE = ContractFixtures.mac(1);
  private static final UploadName LOG = UploadName.parse(PHONE.value() + "-boot.log").orElseThrow();
  private static final Retention KEEP_ALL = new Retention(1000, Long.MAX_VALUE);

  private final InMemoryStore store = new InMemoryStore();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final Gate gate = new Gate();
  private final Publishing blobs = new Publishing();
  private final GroupCommitUploads uploads =
      new GroupCommitUploads(
          new BatchHookedUploads(
              store.uploads(),
              appends -> {
                events.add("commit " + texts(appends));
                gate.pass();
              }),
          blobs);
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  @BeforeEach
  void acme() {
    store.tenants().put(ContractFixtures.tenant("acme"));
    store.devices().put(ContractFixtures.device("acme", PHONE));
  }

  @AfterEach
  void stop() {
    gate.open();
    threads.shutdownNow();
  }

  @Test
  void itSaysItPublishesAndTheOneWithoutABlobStoreSaysItDoesNot() {
    assertThat(uploads.publishesStagedBlobs()).isTrue();
    assertThat(new GroupCommitUploads(store.uploads()).publishesStagedBlobs()).isFalse();
  }

  @Test
  void aBatchPublishesItsBlobsAllAtOnceBeforeItCommitsTheirRows() throws Exception {
    Future<UploadVersion> first = appendLater("first");
    await(() -> events.size() == 2);
    Future<UploadVersion> second = appendLater("second");
    Future<UploadVersion> third = appendLater("third");
    await(() -> uploads.waiting() == 2);

    gate.open();

    for (Future<UploadVersion> append : List.of(first, second, third)) {
      append.get(10, TimeUnit.SECONDS);
    }
    assertThat(events.subList(0, 2)).containsExactly("publish [first]", "commit [first]");
    assertThat(events.subList(2, 4))
        .satisfiesExactly(
            publish ->
                assertThat(publish).isIn("publish [second, third]", "publish [third, second]"),
            commit -> assertThat(commit).isIn("commit [second, third]", "commit [third, second]"));
  }

  @Test
  void anAppendWhoseBlobCannotBePublishedFailsAloneAndStoresNothing() throws Exception {
    Future<UploadVersion> first = appendLater("first");
    await(() -> events.size() == 2);
    Future<UploadVersion> bad = appendLater("the disk says no");
    Future<UploadVersion> good = appendLater("good");
    await(() -> uploads.waiting() == 2);

    gate.open();

    first.get(10, TimeUnit.SECONDS);
    assertThat(good.get(10, TimeUnit.SECONDS).version()).isEqualTo(2);
    assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("could not be written to disk")
        .hasMessageContaining("no space left");
    assertThat(store.uploads().versions(ACME, LOG))
        .extracting(UploadVersion::blob)
        .containsExactlyInAnyOrder(blob("first"), blob("good"));
    assertThat(events).contains("commit [good]");
  }

  @Test
  void appendAllPublishesFirstAndFailsWholeWhenABlobCannotBePublished() {
    gate.open();

    assertThat(uploads.appendAll(List.of(appendOf("direct")))).hasSize(1);
    assertThat(events).startsWith("publish [direct]");

    assertThatThrownBy(() -> uploads.appendAll(List.of(appendOf("the disk says no"))))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(store.uploads().versions(ACME, LOG)).hasSize(1);
  }

  private Future<UploadVersion> appendLater(String text) {
    return threads.submit(() ->
        uploads.append(ACME, LOG, NewUpload.received("192.0.2.10", "none", blob(text)), KEEP_ALL));
  }

  private Append appendOf(String text) {
    return new Append(ACME, LOG, NewUpload.received("192.0.2.10", "none", blob(text)), KEEP_ALL);
  }

  private BlobRef blob(String text) {
    try {
      return blobs.put(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String texts(List<Append> appends) {
    return appends.stream().map(append -> blobs.text(append.upload().blob())).toList().toString();
  }

  private static void await(java.util.function.BooleanSupplier condition) {
    assertThat(Eventually.until(condition, Duration.ofSeconds(10)))
        .as("condition met within 10 s")
        .isTrue();
  }

  /** In-memory blobs whose publish is recorded, and fails for one content. */
  private final class Publishing extends ForwardingBlobStore {

    Publishing() {
      super(new InMemoryBlobStore());
    }

    @Override
    public List<Optional<IOException>> publish(List<BlobRef> refs) {
      events.add("publish " + refs.stream().map(this::text).toList());
      return refs.stream()
          .map(ref ->
              text(ref).equals("the disk says no")
                  ? Optional.of(new IOException("no space left on device"))
                  : Optional.<IOException>empty())
          .toList();
    }

    String text(BlobRef ref) {
      try {
        return new String(read(ref).orElseThrow(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
