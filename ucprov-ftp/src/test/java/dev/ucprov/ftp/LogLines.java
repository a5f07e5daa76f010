package dev.ucprov.ftp;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.ucprov.core.testing.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/** Collects what a logger writes, for tests that read the access log. */
final class LogLines extends AppenderBase<ILoggingEvent> {

  private final List<String> lines = new CopyOnWriteArrayList<>();

  /** Starts collecting {@code loggerName}'s lines. */
  static LogLines of(String loggerName) {
    LogLines appender = new LogLines();
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

  /** Waits up to two seconds for at least {@code count} lines: they are written after a reply. */
  List<String> await(int count) {
    Eventually.until(() -> lines.size() >= count, Duration.ofSeconds(2));
    return lines();
  }

  /** Stops collecting. */
  void detach(String loggerName) {
    ((Logger) LoggerFactory.getLogger(loggerName)).detachAppender(this);
    stop();
  }

  void clear() {
    lines.clear();
  }
}
