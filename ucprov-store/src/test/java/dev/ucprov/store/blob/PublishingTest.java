package dev.ucprov.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.testing.Eventually;
import dev.ucprov.core.testing.Gate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link FileSystemBlobStore} makes blobs durable: the forces, their order, their rounds. */
class PublishingTest {

  @TempDir Path root;

  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final CountDownLatch firstForcing = new CountDownLatch(1);
  private final Gate release = new Gate();

  @AfterEach
  void stop() {
    release.open();
    threads.shutdownNow();
  }

  @Test
  void aBlobTakesItsNameOnlyOnceItsBytesAreForcedAndItsDirectoryIsForcedBeforeThePutReturns()
      throws Exception {
    byte[] content = bytes("a phone's boot log");
    Path target = root.resolve("blobs").resolve(name(content));
    List<String> events = new CopyOnWriteArrayList<>();
    FileSystemBlobStore store =
        new FileSystemBlobStore(root.resolve("blobs"), recording(target, events));

    BlobRef blob = store.put(content);

    assertThat(store.path(blob)).isEqualTo(target);
    assertThat(events).containsExactly("file a phone's boot log, unnamed", "directory, named");
  }

  @Test
  void theForcesOfBlobsPutTogetherRunAtOnce() throws Exception {
    CyclicBarrier together = new CyclicBarrier(5);
    FileSystemBlobStore store =
        new FileSystemBlobStore(
            root.resolve("blobs"),
            path -> {
              if (Files.isDirectory(path)) {
                return;
              }
              if (Files.readString(path).equals("first")) {
                hold();
                return;
              }
              // Fails unless the five forces of the second round are all under way at once.
              try {
                together.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IOException("the forces of one round did not run at once", e);
              }
            });
    Future<BlobRef> first = threads.submit(() -> store.put(bytes("first")));
    assertThat(firstForcing.await(10, TimeUnit.SECONDS)).isTrue();
    List<Future<BlobRef>> together5 = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      byte[] content = bytes("log " + i);
      together5.add(threads.submit(() -> store.put(content)));
    }
    await(() -> store.waitingToPublish() == 5);

    release.open();

    first.get(10, TimeUnit.SECONDS);
    for (int i = 0; i < 5; i++) {
      BlobRef blob = together5.get(i).get(10, TimeUnit.SECONDS);
      assertThat(store.read(blob)).hasValueSatisfying(b -> assertThat(b).isNotEmpty());
    }
  }

  @Test
  void aForceThatFailsFailsOnlyItsOwnPutAndLeavesNothingBehind() throws Exception {
    FileSystemBlobStore store =
        new FileSystemBlobStore(
            root.resolve("blobs"),
            path -> {
              if (Files.isDirectory(path)) {
                return;
              }
              String content = Files.readString(path);
              if (content.equals("first")) {
                hold();
              } else if (content.equals("bad")) {
                throw new IOException("the disk said no");
              }
            });
    Future<BlobRef> first = threads.submit(() -> store.put(bytes("first")));
    assertThat(firstForcing.await(10, TimeUnit.SECONDS)).isTrue();
    Future<BlobRef> good = threads.submit(() -> store.put(bytes("good")));
    Future<BlobRef> bad = threads.submit(() -> store.put(bytes("bad")));
    Future<BlobRef> alsoGood = threads.submit(() -> store.put(bytes("also good")));
    await(() -> store.waitingToPublish() == 3);

    release.open();

    assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(IOException.class)
        .hasMessage("the disk said no");
    assertThat(store.read(first.get(10, TimeUnit.SECONDS))).hasValue(bytes("first"));
    assertThat(store.read(good.get(10, TimeUnit.SECONDS))).hasValue(bytes("good"));
    assertThat(store.read(alsoGood.get(10, TimeUnit.SECONDS))).hasValue(bytes("also good"));
    assertThat(root.resolve("blobs").resolve(name(bytes("bad")))).doesNotExist();
    assertThat(files()).hasSize(3).noneMatch(f -> f.getFileName().toString().startsWith(".tmp-"));
  }

  @Test
  void aDirectoryThatCannotBeForcedFailsNoPut() throws Exception {
    FileSystemBlobStore store =
        new FileSystemBlobStore(
            root.resolve("blobs"),
            path -> {
              if (Files.isDirectory(path)) {
                throw new IOException("directories cannot be opened here");
              }
            });

    BlobRef blob = store.put(bytes("still stored"));

    assertThat(store.read(blob)).hasValue(bytes("still stored"));
  }

  @Test
  void theSameBytesPutTogetherAreStoredOnce() throws Exception {
    FileSystemBlobStore store =
        new FileSystemBlobStore(
            root.resolve("blobs"),
            path -> {
              if (!Files.isDirectory(path) && Files.readString(path).equals("first")) {
                hold();
              }
            });
    Future<BlobRef> first = threads.submit(() -> store.put(bytes("first")));
    assertThat(firstForcing.await(10, TimeUnit.SECONDS)).isTrue();
    List<Future<BlobRef>> twins = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      twins.add(threads.submit(() -> store.put(bytes("twin"))));
    }
    await(() -> store.waitingToPublish() == 3);

    release.open();

    for (Future<BlobRef> twin : twins) {
      assertThat(store.read(twin.get(10, TimeUnit.SECONDS))).hasValue(bytes("twin"));
    }
    assertThat(files()).hasSize(2);
  }

  /**
   * Records each force: a file with its content, or a directory, and whether {@code target} had its
   * name yet.
   */
  private static Publishing.Force recording(Path target, List<String> events) {
    return path ->
        events.add(
            (Files.isDirectory(path) ? "directory" : "file " + Files.readString(path))
                + (Files.exists(target) ? ", named" : ", unnamed"));
  }

  /** Holds the first round in its force until the test releases it. */
  private void hold() {
    firstForcing.countDown();
    release.pass();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Where the store keeps these bytes: their SHA-256, the first two digits a directory. */
  private static String name(byte[] content) throws Exception {
    String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    return hex.substring(0, 2) + "/" + hex.substring(2);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(root.resolve("blobs"))) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  private static void await(java.util.function.BooleanSupplier condition) {
    assertThat(Eventually.until(condition, Duration.ofSeconds(10)))
        .as("condition met within 10 s")
        .isTrue();
  }

  @Test
  void aStagedBlobIsNotReadableUntilPublishedAndPublishingForcesItBeforeNamingIt()
      throws Exception {
    byte[] content = bytes("a staged log");
    Path target = root.resolve("blobs").resolve(name(content));
    List<String> events = new CopyOnWriteArrayList<>();
    FileSystemBlobStore store =
        new FileSystemBlobStore(root.resolve("blobs"), recording(target, events));

    BlobRef blob = store.stage(content);

    assertThat(store.read(blob)).isEmpty();
    assertThat(events).isEmpty();

    assertThat(store.publish(List.of(blob))).containsExactly(Optional.empty());

    assertThat(store.read(blob)).hasValue(content);
    assertThat(events).containsExactly("file a staged log, unnamed", "directory, named");
    assertThat(store.publish(List.of(blob)))
        .as("published already: nothing to do")
        .containsExactly(Optional.empty());
    assertThat(events).hasSize(2);
  }

  @Test
  void publishingABlobThatWasPutOrNeverStagedHasNothingToDo() throws Exception {
    List<Path> forced = new CopyOnWriteArrayList<>();
    FileSystemBlobStore store = new FileSystemBlobStore(root.resolve("blobs"), forced::add);
    BlobRef put = store.put(bytes("put"));
    forced.clear();

    assertThat(store.publish(List.of(put))).containsExactly(Optional.empty());
    assertThat(forced).isEmpty();
  }

  @Test
  void aBlobNeitherStagedNorStoredFailsToPublishSoNoRowCanNameIt() throws Exception {
    FileSystemBlobStore store = new FileSystemBlobStore(root.resolve("blobs"), path -> {});
    FileSystemBlobStore elsewhere = new FileSystemBlobStore(root.resolve("elsewhere"), path -> {});
    BlobRef stagedElsewhere = elsewhere.stage(bytes("staged in another store"));

    assertThat(store.publish(List.of(stagedElsewhere)))
        .singleElement()
        .satisfies(failure ->
            assertThat(failure)
                .hasValueSatisfying(
                    e -> assertThat(e).hasMessageContaining("neither staged nor stored")));
  }

  @Test
  void aStagedBlobThatCannotBePublishedFailsAloneAndLeavesNoFile() throws Exception {
    FileSystemBlobStore store =
        new FileSystemBlobStore(
            root.resolve("blobs"),
            path -> {
              if (!Files.isDirectory(path) && Files.readString(path).equals("bad")) {
                throw new IOException("the disk said no");
              }
            });
    BlobRef good = store.stage(bytes("good"));
    BlobRef bad = store.stage(bytes("bad"));
    BlobRef twin = store.stage(bytes("good"));

    List<Optional<IOException>> published = store.publish(List.of(good, bad, twin));

    assertThat(published.get(0)).isEmpty();
    assertThat(published.get(1))
        .hasValueSatisfying(e -> assertThat(e).hasMessage("the disk said no"));
    assertThat(published.get(2)).isEmpty();
    assertThat(store.read(good)).hasValue(bytes("good"));
    assertThat(store.read(bad)).isEmpty();
    assertThat(files()).hasSize(1);
  }

  @Test
  void aBlobWhosePublicationFailedStaysFailedForALaterBatchThatStagedItToo() throws Exception {
    AtomicInteger badForces = new AtomicInteger();
    FileSystemBlobStore store =
        new FileSystemBlobStore(
            root.resolve("blobs"),
            path -> {
              if (!Files.isDirectory(path) && Files.readString(path).equals("bad")) {
                badForces.incrementAndGet();
                throw new IOException("the disk said no");
              }
            });
    BlobRef first = store.stage(bytes("bad"));
    BlobRef second = store.stage(bytes("bad"));

    assertThat(store.publish(List.of(first)).getFirst()).isPresent();
    assertThat(badForces).as("both staged copies went in the first round").hasValue(2);
    assertThat(store.publish(List.of(second)).getFirst())
        .as("the second batch's row must not name it either")
        .isPresent();
    assertThat(files()).isEmpty();
  }
}
