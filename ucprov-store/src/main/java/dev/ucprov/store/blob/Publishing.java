package dev.ucprov.store.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts a round of staged blobs in place, durably: forces every temporary file to disk, renames each
 * to its blob's name (unless a plain file is already there, the same bytes), then forces the
 * directories that changed. A file only ever takes a blob's name once its bytes are on disk, and no
 * put returns before its name is on disk too.
 *
 * <p>The forces of a step run at once, on a small pool of platform threads. On ext4 (and most
 * journaling file systems) forces that overlap share one journal commit, where each force issued
 * alone pays its own: in a storm of phone log uploads one by one they cost half of an upload's CPU
 * (ADR 0024). A failure is the failing blob's own: its put fails, the others of the round go on.
 */
final class Publishing {

  /** The most blobs one round publishes; more wait for the next round. */
  static final int MAX_BATCH = 128;

  /** Forces a file or a directory to disk. */
  @FunctionalInterface
  interface Force {
    void force(Path path) throws IOException;
  }

  /** The real thing: {@code fsync} through a channel opened for reading, links not followed. */
  static final Force FORCE =
      path -> {
        try (FileChannel channel =
            FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
          channel.force(true);
        }
      };

  // Platform threads: a force blocks its thread in the kernel, and a virtual thread would pin its
  // carrier and make the scheduler add carriers for the round. Idle threads end after a while.
  private static final ExecutorService FORCES = forcePool(32);

  private final Force force;

  Publishing(Force force) {
    this.force = force;
  }

  /** Publishes a round; for each staged blob, in order, empty or why it failed. */
  List<Optional<IOException>> publish(List<Staged> round) {
    Map<Staged, IOException> failures = new HashMap<>();
    Set<Staged> fresh = new LinkedHashSet<>();
    for (Staged staged : round) {
      try {
        if (!alreadyThere(staged.target())) {
          fresh.add(staged);
        }
      } catch (IOException e) {
        failures.put(staged, e);
      }
    }
    Map<Path, IOException> unforced = forceAll(fresh.stream().map(Staged::temp).toList());
    for (Staged staged : round) {
      IOException failed = failures.getOrDefault(staged, unforced.get(staged.temp()));
      if (failed != null) {
        failures.put(staged, failed);
        continue;
      }
      try {
        place(staged, fresh.contains(staged));
      } catch (IOException e) {
        failures.put(staged, e);
      }
    }
    Set<Path> directories = new LinkedHashSet<>();
    round.stream()
        .filter(staged -> !failures.containsKey(staged))
        .forEach(staged -> directories.add(staged.target().getParent()));
    // A directory some platforms cannot open or force: the rename is still atomic there, only its
    // durability waits for the file system. Its failure fails no put.
    forceAll(List.copyOf(directories));
    return round.stream().map(staged -> Optional.ofNullable(failures.get(staged))).toList();
  }

  /** Whether a plain file, reached without links, holds a blob's name already. */
  static boolean alreadyThere(Path target) throws IOException {
    return Files.exists(target, LinkOption.NOFOLLOW_LINKS) && FileSystemBlobStore.plainFile(target);
  }

  /**
   * Renames a forced temporary file to its blob's name; a rename over a link replaces the link
   * itself, never what it points to. A blob already there keeps its file: the temporary one goes.
   */
  private static void place(Staged staged, boolean fresh) throws IOException {
    if (!fresh) {
      Files.delete(staged.temp());
      return;
    }
    Files.createDirectories(staged.target().getParent());
    Files.move(staged.temp(), staged.target(), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Forces these paths all at once; answers those that failed, with why. */
  private Map<Path, IOException> forceAll(List<Path> paths) {
    List<CompletableFuture<Void>> forces = new ArrayList<>(paths.size());
    for (Path path : paths) {
      forces.add(
          CompletableFuture.runAsync(
              () -> {
                try {
                  force.force(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              FORCES));
    }
    Map<Path, IOException> failed = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      try {
        forces.get(i).join();
      } catch (CompletionException e) {
        failed.put(paths.get(i), asIoException(paths.get(i), e.getCause()));
      }
    }
    return failed;
  }

  private static IOException asIoException(Path path, Throwable cause) {
    if (cause instanceof UncheckedIOException unchecked) {
      return unchecked.getCause();
    }
    return new IOException("could not force " + path + " to disk: " + cause, cause);
  }

  private static ExecutorService forcePool(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "ucprov-blob-force-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
