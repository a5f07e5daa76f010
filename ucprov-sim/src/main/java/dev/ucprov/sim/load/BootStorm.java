package dev.ucprov.sim.load;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.phone.StepKind;
import dev.ucprov.sim.phone.VirtualPhone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a {@link LoadPlan}: each phone boots once on a virtual thread of its own, started at the
 * plan's rate (phone {@code i} at {@code i / rate} seconds), at most {@code concurrency} at once.
 * When the duration ends no phone starts any more, those not started count as {@code not-started}
 * and the boots still running are cut: counted as {@code timeout} at once, their threads
 * interrupted (the HTTP client then abandons its request) and given {@link #GRACE} to end.
 *
 * <p>One run at a time per instance; the phones come from {@code phones}, which may share their
 * clients.
 */
public final class BootStorm {

  /** How long cut boots are given to notice the interrupt before the report is made. */
  static final Duration GRACE = Duration.ofSeconds(2);

  private static final Set<StepKind> UPLOADS =
      Set.of(StepKind.LOG_UPLOAD, StepKind.OVERRIDE_UPLOAD, StepKind.DIRECTORY_UPLOAD);

  private final Function<MacAddress, VirtualPhone> phones;

  public BootStorm(Function<MacAddress, VirtualPhone> phones) {
    this.phones = phones;
  }

  /** A boot that ends one way: by its own end or by the cut, whichever settles it first. */
  private static final class Boot {
    final AtomicBoolean settled = new AtomicBoolean();
    Thread thread;
  }

  /**
   * Runs the plan and reports, telling {@code progress} how far it is every {@code every} (from a
   * thread of its own) and once at the end.
   */
  public LoadReport run(LoadPlan plan, Consumer<LoadSnapshot> progress, Duration every) {
    LoadRecorder recorder =
        new LoadRecorder(step -> plan.uploads() || !UPLOADS.contains(step.kind()));
    long start = System.nanoTime();
    long deadline = plan.duration().map(d -> start + d.toNanos()).orElse(Long.MAX_VALUE);
    List<Boot> boots = new ArrayList<>(plan.phones());
    Thread ticker =
        Thread.ofVirtual()
            .name("load-progress")
            .start(() -> tick(recorder, plan, boots, start, progress, every));
    try {
      launch(plan, recorder, boots, start, deadline);
      recorder.error(ErrorKind.NOT_STARTED, plan.phones() - boots.size());
      awaitOrCut(boots, recorder, deadline);
    } finally {
      ticker.interrupt();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    join(ticker, GRACE);
    progress.accept(recorder.snapshot(plan.phones(), boots.size(), elapsed));
    LoadReport report = recorder.report(plan.phones(), elapsed);
    joinAll(boots, GRACE);
    return report;
  }

  /** Starts the phones in order until all are started or the deadline comes. */
  private void launch(
      LoadPlan plan, LoadRecorder recorder, List<Boot> boots, long start, long deadline) {
    Semaphore slots = new Semaphore(plan.concurrency().orElse(Integer.MAX_VALUE));
    for (int i = 0; i < plan.phones(); i++) {
      long nth = i;
      long due = plan.rate().map(r -> start + (long) (nth * 1e9 / r)).orElse(start);
      if (due >= deadline || !sleepUntil(due) || !acquire(slots, deadline)) {
        return;
      }
      MacAddress mac = plan.macs().get(i);
      Boot boot = new Boot();
      boot.thread =
          Thread.ofVirtual()
              .name("load-phone-" + mac.value())
              .unstarted(() -> boot(mac, boot, recorder, slots));
      synchronized (boots) {
        boots.add(boot);
      }
      boot.thread.start();
    }
  }

  private void boot(MacAddress mac, Boot boot, LoadRecorder recorder, Semaphore slots) {
    try {
      var result = phones.apply(mac).boot();
      if (boot.settled.compareAndSet(false, true)) {
        recorder.record(result);
      }
    } catch (RuntimeException | Error e) {
      if (boot.settled.compareAndSet(false, true)) {
        recorder.error(ErrorKind.crash(e), 1);
      }
    } finally {
      slots.release();
    }
  }

  /** Waits for every boot until the deadline; then cuts the ones still running. */
  private static void awaitOrCut(List<Boot> boots, LoadRecorder recorder, long deadline) {
    for (Boot boot : boots) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !join(boot.thread, Duration.ofNanos(left))) {
        break;
      }
    }
    for (Boot boot : boots) {
      if (boot.settled.compareAndSet(false, true)) {
        recorder.error(ErrorKind.TIMEOUT, 1);
        boot.thread.interrupt();
      }
    }
  }

  private static void tick(
      LoadRecorder recorder,
      LoadPlan plan,
      List<Boot> boots,
      long start,
      Consumer<LoadSnapshot> progress,
      Duration every) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(every);
      } catch (InterruptedException e) {
        return;
      }
      int started;
      synchronized (boots) {
        started = boots.size();
      }
      progress.accept(
          recorder.snapshot(plan.phones(), started, Duration.ofNanos(System.nanoTime() - start)));
    }
  }

  /** Sleeps until {@code due} on the nano clock; false when interrupted. */
  private static boolean sleepUntil(long due) {
    for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
      LockSupport.parkNanos(left);
      if (Thread.currentThread().isInterrupted()) {
        return false;
      }
    }
    return true;
  }

  private static boolean acquire(Semaphore slots, long deadline) {
    try {
      return slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** True when the thread ended within {@code limit}. */
  private static boolean join(Thread thread, Duration limit) {
    try {
      return thread.join(limit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void joinAll(List<Boot> boots, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    for (Boot boot : boots) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !join(boot.thread, Duration.ofNanos(left))) {
        return;
      }
    }
  }
}
