package dev.ucprov.core.upload;

import dev.ucprov.core.batch.GroupCommit;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.tenant.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Group commit of concurrent appends ({@link GroupCommit}): appends that arrive while a batch is
 * being stored wait in a queue, and the next batch stores them all with one {@link
 * UploadRepository#appendAll} (one transaction, one commit). A lone phone waits for nothing but its
 * own commit. Every caller returns only once the batch holding its append has committed, so an
 * acknowledged upload is durable as before.
 *
 * <p>Given the blob store uploads are staged in, a batch first publishes its appends' blobs, all at
 * once ({@link BlobStore#publish}), then commits: a phone's upload then waits in one queue for
 * both, and a row is only committed once its blob is on disk (ADR 0024). An append whose blob could
 * not be published fails alone, with the reason; the others go on.
 *
 * <p>When a batch fails as a whole, its appends are retried one by one, so one bad append fails
 * only its own caller. Reads go straight to the repository. Thread-safe.
 */
public final class GroupCommitUploads implements UploadRepository {

  /** The most appends one transaction stores: bounds its statements and how long it holds locks. */
  public static final int MAX_BATCH = 64;

  private final UploadRepository repository;
  private final Optional<BlobStore> blobs;
  private final GroupCommit<Append, Outcome> commits = new GroupCommit<>(MAX_BATCH, this::store);
  private final LongAdder batches = new LongAdder();

  /** Appends whose blobs are already durable: callers put them. */
  public GroupCommitUploads(UploadRepository repository) {
    this.repository = repository;
    this.blobs = Optional.empty();
  }

  /** Appends whose blobs callers may stage in {@code blobs}: each batch publishes them first. */
  public GroupCommitUploads(UploadRepository repository, BlobStore blobs) {
    this.repository = repository;
    this.blobs = Optional.of(blobs);
  }

  @Override
  public boolean publishesStagedBlobs() {
    return blobs.isPresent();
  }

  @Override
  public UploadVersion append(
      TenantId tenant, UploadName name, NewUpload upload, Retention retention) {
    return commits.submit(new Append(tenant, name, upload, retention)).versionOrThrow();
  }

  /** Appends waiting for a batch to store them (not counting the batch being stored). */
  public int waiting() {
    return commits.waiting();
  }

  /** Batches stored since this was made, for measurements: fewer than appends under load. */
  public long batches() {
    return batches.sum();
  }

  private List<Outcome> store(List<Append> batch) {
    if (blobs.isEmpty()) {
      return commit(batch);
    }
    List<Optional<IOException>> published = publish(blobs.get(), batch);
    List<Append> ready = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      if (published.get(i).isEmpty()) {
        ready.add(batch.get(i));
      }
    }
    List<Outcome> committed = ready.isEmpty() ? List.of() : commit(ready);
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    int next = 0;
    for (int i = 0; i < batch.size(); i++) {
      Optional<IOException> failed = published.get(i);
      outcomes.add(
          failed.isPresent()
              ? Outcome.failed(notPublished(batch.get(i).upload().blob(), failed.get()))
              : committed.get(next++));
    }
    return outcomes;
  }

  /** Publishes the appends' blobs in one round; for each append, in order, why it failed. */
  private static List<Optional<IOException>> publish(BlobStore blobs, List<Append> appends) {
    return blobs.publish(appends.stream().map(append -> append.upload().blob()).toList());
  }

  private static UncheckedIOException notPublished(BlobRef blob, IOException cause) {
    return new UncheckedIOException(
        "the upload's content (" + blob.sha256() + ") could not be written to disk: " + cause,
        cause);
  }

  private List<Outcome> commit(List<Append> batch) {
    batches.increment();
    try {
      return repository.appendAll(batch).stream().map(Outcome::of).toList();
    } catch (RuntimeException batchFailed) {
      return batch.stream().map(this::storeAlone).toList();
    }
  }

  private Outcome storeAlone(Append append) {
    batches.increment();
    try {
      return Outcome.of(repository.appendAll(List.of(append)).getFirst());
    } catch (RuntimeException e) {
      return Outcome.failed(e);
    }
  }

  @Override
  public List<Appended> appendAll(List<Append> appends) {
    if (blobs.isPresent()) {
      List<Optional<IOException>> published = publish(blobs.get(), appends);
      for (int i = 0; i < appends.size(); i++) {
        if (published.get(i).isPresent()) {
          throw notPublished(appends.get(i).upload().blob(), published.get(i).get());
        }
      }
    }
    return repository.appendAll(appends);
  }

  @Override
  public Optional<UploadVersion> latest(TenantId tenant, UploadName name) {
    return repository.latest(tenant, name);
  }

  @Override
  public List<UploadVersion> versions(TenantId tenant, UploadName name) {
    return repository.versions(tenant, name);
  }

  @Override
  public Optional<UploadVersion> version(TenantId tenant, UploadName name, int version) {
    return repository.version(tenant, name, version);
  }

  @Override
  public List<UploadedFile> files(TenantId tenant, MacAddress mac) {
    return repository.files(tenant, mac);
  }

  /** What became of one append: stored or refused, or the failure of its own transaction. */
  private record Outcome(Optional<Appended> appended, Optional<RuntimeException> failure) {

    static Outcome of(Appended appended) {
      return new Outcome(Optional.of(appended), Optional.empty());
    }

    static Outcome failed(RuntimeException failure) {
      return new Outcome(Optional.empty(), Optional.of(failure));
    }

    UploadVersion versionOrThrow() {
      if (failure.isPresent()) {
        throw failure.get();
      }
      return appended.orElseThrow().versionOrThrow();
    }
  }
}
