package dev.ucprov.tftp;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/** Collects what a logger writes, for tests that read the access log. */
final class LogLines extends AppenderBase<ILoggingEvent> {

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final String loggerName;

  private LogLines(String loggerName) {
    this.loggerName = loggerName;
  }

  static LogLines of(String loggerName) {
    LogLines appender = new LogLines(loggerName);
    appender.setName("test-" + System.identityHashCode(appender));
    appender.start();
    ((Logger) LoggerFactory.getLogger(loggerName)).addAppender(appender);
    return appender;
  }

  @Override
  protected void append(ILoggingEvent event) {
    lines.add(event.getFormattedMessage());
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  /** Waits up to five seconds for a line containing {@code text}; then returns every line. */
  List<String> awaitContaining(String text) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (lines.stream().noneMatch(l -> l.contains(text)) && System.nanoTime() < deadline) {
      Pause.millis(5);
    }
    return lines();
  }

  void detach() {
    ((Logger) LoggerFactory.getLogger(loggerName)).detachAppender(this);
    stop();
  }
}
