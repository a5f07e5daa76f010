package dev.ucprov.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageLineEncoderTest {

  private final LoggerContext context = new LoggerContext();

  @Test
  void writesWhatThePatternMsgNewlineWrites() {
    PatternLayoutEncoder pattern = new PatternLayoutEncoder();
    pattern.setContext(context);
    pattern.setPattern("%msg%n");
    pattern.start();
    MessageLineEncoder encoder = new MessageLineEncoder();
    encoder.setContext(context);
    encoder.start();

    for (String message :
        new String[] {
          "2026-11-26T05:00:00Z 127.0.0.1 acme GET \"/acme/x.cfg\" 200 10 1 \"agent\"",
          "",
          "caf\u00e9 \u2603 {} %s",
        }) {
      LoggingEvent event = event(message);
      assertThat(encoder.encode(event)).isEqualTo(pattern.encode(event));
      assertThat(new String(encoder.encode(event), StandardCharsets.UTF_8))
          .isEqualTo(message + "\n");
    }
    assertThat(encoder.headerBytes()).isEmpty();
    assertThat(encoder.footerBytes()).isEmpty();
  }

  @Test
  void argumentsAreFormattedIntoTheLine() {
    MessageLineEncoder encoder = new MessageLineEncoder();
    LoggingEvent event =
        new LoggingEvent(
            "fqcn",
            context.getLogger("ucprov.security"),
            Level.INFO,
            "a {} c",
            null,
            new Object[] {"b"});

    assertThat(new String(encoder.encode(event), StandardCharsets.UTF_8)).isEqualTo("a b c\n");
  }

  private LoggingEvent event(String message) {
    return new LoggingEvent(
        "fqcn", context.getLogger("ucprov.access"), Level.INFO, message, null, null);
  }
}
