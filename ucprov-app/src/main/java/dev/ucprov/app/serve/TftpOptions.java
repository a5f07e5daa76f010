package dev.ucprov.app.serve;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.TftpSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The TFTP options of {@code serve} and {@code demo}, each overriding the configuration file. */
public final class TftpOptions {

  @Option(
      names = "--tftp",
      paramLabel = "HOST:PORT|off",
      converter = ListenConverter.class,
      description =
          "Where phones reach the TFTP listener, or off (default: 0.0.0.0:6969; port 69 needs"
              + " root or CAP_NET_BIND_SERVICE).")
  String listen;

  @Option(
      names = "--tftp-max-transfers",
      paramLabel = "N",
      converter = MaxTransfersConverter.class,
      description = "TFTP transfers at once; a request beyond gets an error (default: 500).")
  Integer maxTransfers;

  @Option(
      names = "--tftp-timeout",
      paramLabel = "DURATION",
      converter = TimeoutConverter.class,
      description =
          "How long TFTP waits before sending a block or ACK again, doubling up to 8s (default: 1s).")
  Duration timeout;

  @Option(
      names = "--tftp-retries",
      paramLabel = "N",
      converter = RetriesConverter.class,
      description = "How often TFTP sends again before giving a transfer up (default: 5).")
  Integer retries;

  TftpSettings settings() {
    Optional<HostPort> address = listen == null ? Optional.empty() : TftpSettings.listen(listen);
    return new TftpSettings(
        address,
        listen != null && address.isEmpty(),
        Optional.ofNullable(maxTransfers),
        Optional.ofNullable(timeout),
        Optional.ofNullable(retries));
  }

  /** Turns a settings parser's refusal into a usage error. */
  private static <T> T converted(String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** Checks {@code HOST:PORT} or {@code off} while parsing; {@link #settings} reads it. */
  static final class ListenConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      converted(value, TftpSettings::listen);
      return value;
    }
  }

  static final class MaxTransfersConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return converted(value, TftpSettings::maxTransfers);
    }
  }

  static final class TimeoutConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return converted(value, TftpSettings::timeout);
    }
  }

  static final class RetriesConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return converted(value, TftpSettings::retries);
    }
  }
}
