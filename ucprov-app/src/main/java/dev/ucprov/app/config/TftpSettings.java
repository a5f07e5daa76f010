package dev.ucprov.app.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The TFTP settings one source (the YAML file, the command line) gives; what it leaves empty comes
 * from the source below it. Keys and options: {@code tftp} ({@code HOST:PORT} or {@code off}),
 * {@code tftp-max-transfers}, {@code tftp-timeout}, {@code tftp-retries}.
 *
 * @param address where to listen, when given
 * @param off whether this source turns TFTP off ({@code tftp: off})
 */
public record TftpSettings(
    Optional<HostPort> address,
    boolean off,
    Optional<Integer> maxTransfers,
    Optional<Duration> timeout,
    Optional<Integer> retries) {

  public static final String LISTEN = "tftp";
  public static final String MAX_TRANSFERS = "tftp-max-transfers";
  public static final String TIMEOUT = "tftp-timeout";
  public static final String RETRIES = "tftp-retries";

  /** Every key, in the order the example file documents them. */
  public static final List<String> KEYS = List.of(LISTEN, MAX_TRANSFERS, TIMEOUT, RETRIES);

  public static TftpSettings none() {
    return new TftpSettings(
        Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Reads {@code HOST:PORT} or {@code off}: empty for off. */
  public static Optional<HostPort> listen(String text) {
    return text.strip().toLowerCase(Locale.ROOT).equals("off")
        ? Optional.empty()
        : Optional.of(HostPort.parse(text));
  }

  /** A count from 1 to 100000. */
  public static int maxTransfers(String text) {
    return number(text, 1, 100_000, "a number of transfers from 1 to 100000");
  }

  /** A duration longer than zero and at most 255 s (RFC 2349's largest timeout). */
  public static Duration timeout(String text) {
    Duration d = DurationText.parse(text);
    if (d.isZero() || d.isNegative() || d.compareTo(Duration.ofSeconds(255)) > 0) {
      throw new IllegalArgumentException(
          "a timeout longer than zero and at most 255s, got \"" + text + "\"");
    }
    return d;
  }

  /** A count from 0 to 100. */
  public static int retries(String text) {
    return number(text, 0, 100, "a number of retries from 0 to 100");
  }

  private static int number(String text, int min, int max, String what) {
    String value = text.strip();
    if (value.matches("[0-9]{1,9}")) {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    }
    throw new IllegalArgumentException("not " + what + ": \"" + text + "\"");
  }

  /** These settings with {@code key} set from {@code text}. */
  TftpSettings with(String key, String text) {
    return switch (key) {
      case LISTEN -> {
        Optional<HostPort> listen = listen(text);
        yield new TftpSettings(listen, listen.isEmpty(), maxTransfers, timeout, retries);
      }
      case MAX_TRANSFERS ->
          new TftpSettings(address, off, Optional.of(maxTransfers(text)), timeout, retries);
      case TIMEOUT ->
          new TftpSettings(address, off, maxTransfers, Optional.of(timeout(text)), retries);
      case RETRIES ->
          new TftpSettings(address, off, maxTransfers, timeout, Optional.of(retries(text)));
      default -> throw new IllegalStateException("not a TFTP key: " + key);
    };
  }

  /** {@code base} with every setting this source gives replaced. */
  public TftpConfig over(TftpConfig base) {
    boolean listens = off || address.isPresent();
    return new TftpConfig(
        listens ? address : base.address(),
        listens ? address.isPresent() : base.required(),
        maxTransfers.orElse(base.maxTransfers()),
        timeout.orElse(base.timeout()),
        retries.orElse(base.retries()));
  }
}
