package dev.ucprov.core.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds whatever passes it until the test opens it: a batch held so that others queue behind it.
 * Bounded: a caller still held after 10 s fails, so a test that forgets to open it fails instead of
 * hanging or silently going on.
 */
public final class Gate {

  private final CountDownLatch open = new CountDownLatch(1);

  public void open() {
    open.countDown();
  }

  /** Waits until the gate is open; fails the caller when it stays shut for 10 s. */
  public void pass() {
    try {
      if (!open.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never opened the gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
