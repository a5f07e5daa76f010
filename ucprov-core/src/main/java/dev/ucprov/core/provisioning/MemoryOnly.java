package dev.ucprov.core.provisioning;

/**
 * Marks work that must answer from memory or not at all: a phone listener runs the common case (a
 * cached file for a known phone) on its network thread, where waiting on a database or a disk would
 * stall every other connection that thread serves (ADR 0020). Code that would block — each storage
 * adapter at the point where it would reach its database or its files — calls {@link #check}, which
 * throws {@link WouldBlock} inside {@link #call}; the listener then runs the same work again on a
 * thread that may block.
 *
 * <p>So that the work can run twice, what runs inside {@link #call} must have no effect that its
 * second run would repeat before its last possible {@link WouldBlock}: {@link
 * ProvisioningService}'s fetch records its security events only after its last lookup.
 *
 * <p>The mark is per thread (a platform thread; it is never set on a virtual thread's carrier), set
 * only for the length of {@link #call}.
 */
public final class MemoryOnly {

  // Thread-confined state, the one mutable static of the core: a parameter through every
  // repository interface would cost each of them a second signature for one caller.
  private static final ThreadLocal<Boolean> MARKED = ThreadLocal.withInitial(() -> Boolean.FALSE);

  private MemoryOnly() {}

  /**
   * Runs {@code work} marked, and returns its result.
   *
   * @throws WouldBlock when the work reached something that would block
   */
  public static <T, X extends Exception> T call(Work<T, X> work) throws X {
    if (MARKED.get()) {
      return work.get();
    }
    MARKED.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      MARKED.set(Boolean.FALSE);
    }
  }

  /** Whether the current thread is inside {@link #call}. */
  public static boolean marked() {
    return MARKED.get();
  }

  /**
   * Called just before something that would block (a database query, a file read).
   *
   * @throws WouldBlock inside {@link #call}
   */
  public static void check() {
    if (MARKED.get()) {
      throw new WouldBlock();
    }
  }

  /** Work that may throw one checked exception, {@code X}. */
  @FunctionalInterface
  public interface Work<T, X extends Exception> {
    T get() throws X;
  }

  /**
   * Work inside {@link MemoryOnly#call} reached something that would block. It carries no stack
   * trace: it is expected, and the caller only retries elsewhere.
   */
  public static final class WouldBlock extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WouldBlock() {
      super("this answer needs a blocking read", null, false, false);
    }
  }
}
