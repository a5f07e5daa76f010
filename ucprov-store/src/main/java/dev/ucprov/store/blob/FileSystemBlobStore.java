package dev.ucprov.store.blob;

import dev.ucprov.core.batch.GroupCommit;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.MemoryOnly;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Blobs as files named by their SHA-256 under a root directory: {@code ab/cdef...} for the hash
 * {@code abcdef...}, so no directory grows past a few thousand entries.
 *
 * <p>A put streams into a temporary file in the root (the same file system, so the final rename is
 * atomic), hashing as it goes; then {@link Publishing} forces it to disk, renames it to its name
 * and forces the directory, and only then does the put return. Puts that arrive together share one
 * publishing round ({@link GroupCommit}): their forces run at once, which the file system's journal
 * merges, where forces issued one by one cost a journal commit each (ADR 0024). A reader therefore
 * sees a whole blob or none, and a file at a blob's name is always on disk whole; a failed put
 * deletes its temporary file; a crash leaves at most a temporary file, which the next start removes
 * once it is an hour old (it cannot belong to a put still running). Same bytes, same name: a second
 * put of them leaves the first file in place. Thread-safe and safe for several processes sharing
 * the directory.
 */
public final class FileSystemBlobStore implements BlobStore {

  static final String TEMP_PREFIX = ".tmp-";
  private static final Duration STALE_TEMP = Duration.ofHours(1);
  private static final int BUFFER = 64 * 1024;
  private static final Set<OpenOption> NO_LINKS =
      Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

  private final Path root;
  private final Publishing publisher;
  private final GroupCommit<Staged, Optional<IOException>> publishing;
  // Blobs staged and not yet published, by name; a name staged twice has two temporary files.
  private final ConcurrentHashMap<BlobRef, List<Staged>> staged = new ConcurrentHashMap<>();

  /** Opens (creating if needed) the store in {@code root} and clears stale temporary files. */
  public FileSystemBlobStore(Path root) throws IOException {
    this(root, Publishing.FORCE);
  }

  /** As above, forcing files and directories to disk with {@code force} (tests watch it). */
  FileSystemBlobStore(Path root, Publishing.Force force) throws IOException {
    this.root = Files.createDirectories(root);
    this.publisher = new Publishing(force);
    this.publishing = new GroupCommit<>(Publishing.MAX_BATCH, publisher::publish);
    removeStaleTemporaryFiles(Instant.now().minus(STALE_TEMP));
  }

  @Override
  public BlobRef put(InputStream content) throws IOException {
    return put(temp -> write(content, temp));
  }

  @Override
  public BlobRef put(byte[] content) throws IOException {
    return put(temp -> write(content, temp));
  }

  /** Writes a temporary file, then publishes it in a round. */
  private BlobRef put(Writer writer) throws IOException {
    return written(
        writer,
        (blob, temp) -> {
          Optional<IOException> failed = publishing.submit(temp);
          if (failed.isPresent()) {
            throw failed.get();
          }
        });
  }

  /**
   * Writes the bytes to a temporary file and keeps it for {@link #publish}: not forced, not named.
   * The same bytes staged twice are two temporary files, published together.
   */
  @Override
  public BlobRef stage(byte[] content) throws IOException {
    return written(
        temp -> write(content, temp),
        (blob, temp) -> staged.merge(blob, List.of(temp), FileSystemBlobStore::both));
  }

  /**
   * Writes a temporary file and hands it on; a failure, in the writing or in what follows, deletes
   * it.
   */
  private BlobRef written(Writer writer, Then then) throws IOException {
    MemoryOnly.check();
    Path temp = Files.createTempFile(root, TEMP_PREFIX, "");
    try {
      BlobRef blob = writer.write(temp);
      then.accept(blob, new Staged(temp, path(blob)));
      return blob;
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /**
   * Publishes the staged blobs among {@code blobs} in one round on the caller's thread (the caller
   * batches already): their forces run at once. A failed blob's temporary files are deleted. A blob
   * not staged here succeeds only when it is in place already.
   */
  @Override
  public List<Optional<IOException>> publish(List<BlobRef> blobs) {
    MemoryOnly.check();
    List<Staged> round = new ArrayList<>();
    Set<BlobRef> taken = new HashSet<>();
    for (BlobRef blob : blobs) {
      List<Staged> mine = staged.remove(blob);
      if (mine != null) {
        round.addAll(mine);
        taken.add(blob);
      }
    }
    List<Optional<IOException>> results = round.isEmpty() ? List.of() : publisher.publish(round);
    // Failures by blob name: two temporary files of the same bytes fail or succeed as one blob.
    Map<Path, IOException> failed = new HashMap<>();
    for (int i = 0; i < round.size(); i++) {
      if (results.get(i).isPresent()) {
        failed.putIfAbsent(round.get(i).target(), results.get(i).get());
        deleteQuietly(round.get(i).temp());
      }
    }
    return blobs.stream()
        .map(blob ->
            Optional.ofNullable(taken.contains(blob) ? failed.get(path(blob)) : missing(blob)))
        .toList();
  }

  /**
   * A blob not staged here must be in place already: put, or published by an earlier batch. When it
   * is not (its publication failed in another batch, or it was staged in another store), no row may
   * name it.
   */
  private IOException missing(BlobRef blob) {
    try {
      return Publishing.alreadyThere(path(blob))
          ? null
          : new IOException("blob " + blob.sha256() + " is neither staged nor stored");
    } catch (IOException e) {
      return e;
    }
  }

  private static List<Staged> both(List<Staged> a, List<Staged> b) {
    List<Staged> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // Left for the next start's clean-up of stale temporary files.
    }
  }

  @FunctionalInterface
  private interface Writer {
    BlobRef write(Path temp) throws IOException;
  }

  @FunctionalInterface
  private interface Then {
    void accept(BlobRef blob, Staged temp) throws IOException;
  }

  /** Puts waiting for a publishing round (not counting the round running); for tests. */
  int waitingToPublish() {
    return publishing.waiting();
  }

  /**
   * The blob's bytes, or empty when its file is missing, has the wrong size, or is not a regular
   * file reached without links: a symbolic link planted in the data directory (the blob itself or
   * its fan-out directory) is never followed, so it cannot make a phone read a file outside the
   * store.
   */
  @Override
  public Optional<InputStream> open(BlobRef blob) throws IOException {
    MemoryOnly.check();
    Path file = path(blob);
    try {
      if (!plainFile(file) || !plainDirectory(file.getParent())) {
        return Optional.empty();
      }
      InputStream in = Channels.newInputStream(Files.newByteChannel(file, NO_LINKS));
      if (Files.size(file) != blob.size()) {
        in.close();
        return Optional.empty();
      }
      return Optional.of(in);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  static boolean plainFile(Path file) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return attributes.isRegularFile();
  }

  private static boolean plainDirectory(Path directory) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(directory, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return attributes.isDirectory();
  }

  @Override
  public Optional<byte[]> read(BlobRef blob) throws IOException {
    Optional<InputStream> stream = open(blob);
    if (stream.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = stream.get()) {
      return Optional.of(in.readAllBytes());
    }
  }

  /** Where a blob lives, whether or not it is there. */
  Path path(BlobRef blob) {
    return root.resolve(blob.sha256().substring(0, 2)).resolve(blob.sha256().substring(2));
  }

  /**
   * Writes the array as it is, with no buffer: a phone's upload is a few KB, and a stream's 64 KB
   * buffer was a fifth of what a boot storm allocated.
   */
  private static BlobRef write(byte[] content, Path temp) throws IOException {
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ByteBuffer all = ByteBuffer.wrap(content);
      while (all.hasRemaining()) {
        out.write(all);
      }
    }
    return new BlobRef(HexFormat.of().formatHex(sha256().digest(content)), content.length);
  }

  /**
   * Copies the stream into {@code temp}, hashing each buffer once; {@link Publishing} forces it.
   */
  private static BlobRef write(InputStream content, Path temp) throws IOException {
    MessageDigest sha256 = sha256();
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      for (int read; (read = content.read(buffer)) >= 0; ) {
        sha256.update(buffer, 0, read);
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
        while (chunk.hasRemaining()) {
          out.write(chunk);
        }
        size += read;
      }
    }
    return new BlobRef(HexFormat.of().formatHex(sha256.digest()), size);
  }

  private void removeStaleTemporaryFiles(Instant before) throws IOException {
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(root, TEMP_PREFIX + "*")) {
      for (Path temp : temps) {
        if (Files.getLastModifiedTime(temp).toInstant().isBefore(before)) {
          Files.deleteIfExists(temp);
        }
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
