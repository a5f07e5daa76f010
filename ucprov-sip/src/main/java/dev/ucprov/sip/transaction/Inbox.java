package dev.ucprov.sip.transaction;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Where a transport drops what it hears for one transaction. Bounded, so a peer flooding one branch
 * costs a fixed amount of memory: responses beyond the capacity are dropped (a transaction needs
 * only its final one, which retransmission brings again). Thread-safe: one transport thread offers,
 * the transaction's thread polls.
 */
public final class Inbox {

  static final int CAPACITY = 8;

  private final ArrayBlockingQueue<Inbound> queue = new ArrayBlockingQueue<>(CAPACITY);

  public void offer(Inbound inbound) {
    if (!queue.offer(inbound) && inbound instanceof Inbound.Lost) {
      queue.clear(); // losing the transport must always get through
      queue.offer(inbound);
    }
  }

  Optional<Inbound> poll(long nanos) throws InterruptedException {
    return Optional.ofNullable(queue.poll(nanos, TimeUnit.NANOSECONDS));
  }
}
