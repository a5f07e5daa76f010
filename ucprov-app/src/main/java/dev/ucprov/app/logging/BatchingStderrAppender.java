package dev.ucprov.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A logback appender for many short lines, the phone access log above all: the caller encodes its
 * line and queues it; one thread writes what is queued and flushes once it has written all of it. A
 * busy server thus makes one write to stderr per batch of lines, not one per line (about a tenth of
 * the server's CPU at 15,000 requests a second, see docs/benchmarks.md), while a quiet one still
 * shows each line within a few milliseconds.
 *
 * <p>When the queue is full the caller waits: no line is ever dropped, since a fail2ban filter
 * reads them. {@link #stop} writes what is queued before it returns (the shutdown hook stops the
 * logging context for that). Thread-safe: {@link #append} may be called from any number of threads.
 *
 * <p>Configured in {@code logback.xml} like any appender: an {@code <encoder>}, and optionally
 * {@code <queueSize>} (lines, default 16384).
 */
public final class BatchingStderrAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

  /** How long the writer lets lines gather after the first of a batch. */
  static final long LINGER_MILLIS = 2;

  private static final long STOP_WAIT_MILLIS = 10_000;
  private static final int BUFFER_BYTES = 64 * 1024;

  private final OutputStream target;
  private Encoder<ILoggingEvent> encoder;
  private int queueSize = 16_384;
  private BlockingQueue<byte[]> queue;
  private Thread writer;
  private volatile boolean writing;

  /** Writes to the process's stderr (file descriptor 2), as logback builds it. */
  public BatchingStderrAppender() {
    this(new FileOutputStream(FileDescriptor.err));
  }

  BatchingStderrAppender(OutputStream target) {
    this.target = new BufferedOutputStream(target, BUFFER_BYTES);
  }

  public void setEncoder(Encoder<ILoggingEvent> encoder) {
    this.encoder = encoder;
  }

  public void setQueueSize(int queueSize) {
    this.queueSize = queueSize;
  }

  @Override
  public void start() {
    if (encoder == null || queueSize < 1) {
      addError("appender " + name + " needs an encoder and a queueSize of at least 1");
      return;
    }
    queue = new ArrayBlockingQueue<>(queueSize);
    writing = true;
    writer = Thread.ofPlatform().name("ucprov-log-" + name).daemon().start(this::drain);
    super.start();
  }

  @Override
  protected void append(ILoggingEvent event) {
    byte[] line = encoder.encode(event);
    try {
      queue.put(line);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      addWarn("interrupted while queueing a line; it was not written");
    }
  }

  @Override
  public void stop() {
    if (!isStarted()) {
      return;
    }
    super.stop();
    writing = false;
    try {
      writer.join(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Takes a line, lets others gather for a moment, writes them all, flushes; until stopped. */
  private void drain() {
    List<byte[]> batch = new ArrayList<>();
    while (writing || !queue.isEmpty()) {
      try {
        byte[] first = queue.poll(50, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        if (writing) {
          Thread.sleep(LINGER_MILLIS);
        }
      } catch (InterruptedException e) {
        // nobody interrupts this thread; write what was taken
      }
      queue.drainTo(batch);
      write(batch);
      batch.clear();
    }
  }

  private void write(List<byte[]> batch) {
    try {
      for (byte[] line : batch) {
        target.write(line);
      }
      target.flush();
    } catch (IOException e) {
      addError("cannot write " + batch.size() + " log lines to stderr", e);
    }
  }
}
