package dev.ucprov.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchingStderrAppenderTest {

  private final LoggerContext context = new LoggerContext();
  private final Logger logger = context.getLogger("ucprov.access");
  private final Sink sink = new Sink();

  @Test
  void everyLineOfManyThreadsIsWrittenWholeAndInOrderEvenThroughAFullQueue() throws Exception {
    BatchingStderrAppender appender = appender(8);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      String name = "t" + t;
      threads.add(
          Thread.ofPlatform()
              .start(() -> {
                for (int i = 0; i < 2_000; i++) {
                  appender.doAppend(event(name + " line " + i));
                }
              }));
    }
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    }
    appender.stop();

    List<String> lines = sink.text().lines().toList();
    assertThat(lines).hasSize(8_000);
    for (int t = 0; t < 4; t++) {
      String prefix = "t" + t + " line ";
      assertThat(lines.stream().filter(l -> l.startsWith(prefix)).toList())
          .containsExactlyElementsOf(IntStream.range(0, 2_000).mapToObj(i -> prefix + i).toList());
    }
  }

  @Test
  void aLoneLineIsWrittenAtOnceWithoutWaitingForMoreOrForStop() throws Exception {
    BatchingStderrAppender appender = appender(16);
    try {
      appender.doAppend(event("GET /acme/0004f2000001.cfg 200"));

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!sink.text().contains("\n") && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(sink.text()).isEqualTo("GET /acme/0004f2000001.cfg 200\n");
    } finally {
      appender.stop();
    }
  }

  @Test
  void aBurstOfLinesCostsFewWrites() {
    BatchingStderrAppender appender = appender(16_384);
    for (int i = 0; i < 1_000; i++) {
      appender.doAppend(event("line " + i));
    }
    appender.stop();

    assertThat(sink.text().lines()).hasSize(1_000);
    // One flush per batch; lines gather while the writer lingers after the first of a batch.
    assertThat(sink.flushes.get()).isLessThan(100);
  }

  @Test
  void linesAfterStopAreIgnoredAndStopTwiceIsHarmless() {
    BatchingStderrAppender appender = appender(16);
    appender.doAppend(event("kept"));
    appender.stop();
    appender.doAppend(event("late"));
    appender.stop();

    assertThat(sink.text()).isEqualTo("kept\n");
  }

  private BatchingStderrAppender appender(int queueSize) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%msg%n");
    encoder.start();
    BatchingStderrAppender appender = new BatchingStderrAppender(sink);
    appender.setContext(context);
    appender.setName("ACCESS");
    appender.setEncoder(encoder);
    appender.setQueueSize(queueSize);
    appender.start();
    assertThat(appender.isStarted()).isTrue();
    return appender;
  }

  private LoggingEvent event(String message) {
    return new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, null, null);
  }

  /** Collects what is written and counts the flushes that reach it. */
  private static final class Sink extends OutputStream {
    final AtomicInteger flushes = new AtomicInteger();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      bytes.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      flushes.incrementAndGet();
    }

    synchronized String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
