package dev.ucprov.tftp.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Option negotiation (RFC 2347) for blksize (RFC 2348), timeout and tsize (RFC 2349) and windowsize
 * (RFC 7440). Unknown options are ignored; a known option with a value outside its range is
 * refused. A larger blksize or windowsize than we allow is answered with ours, as the RFCs let a
 * server do; a window is also cut so it fits {@link TransferLimits#maxWindowBytes()}.
 */
public final class Options {

  static final String BLKSIZE = "blksize";
  static final String TIMEOUT = "timeout";
  static final String TSIZE = "tsize";
  static final String WINDOWSIZE = "windowsize";

  private Options() {}

  /**
   * @param requested the request's options, names in lower case
   * @param readSize the size of the file sent, for a read request's tsize; empty for a write
   */
  public static Negotiation negotiate(
      Map<String, String> requested, TransferLimits limits, OptionalLong readSize) {
    Draft draft = new Draft(limits, readSize);
    for (Map.Entry<String, String> option : requested.entrySet()) {
      Optional<String> refusal = draft.take(option.getKey(), option.getValue());
      if (refusal.isPresent()) {
        return new Negotiation.Refused(refusal.get());
      }
    }
    return new Negotiation.Accepted(draft.terms());
  }

  /** The terms as the options are read, one at a time. Not thread-safe. */
  private static final class Draft {
    private final TransferLimits limits;
    private final OptionalLong readSize;
    private final Map<String, String> acknowledged = new LinkedHashMap<>();
    private int blockSize = TransferLimits.DEFAULT_BLOCK_SIZE;
    private int window = 1;
    private long timeout;
    private OptionalLong transferSize = OptionalLong.empty();

    Draft(TransferLimits limits, OptionalLong readSize) {
      this.limits = limits;
      this.readSize = readSize;
      this.timeout = limits.timeout().toNanos();
    }

    /** Takes one option; returns why it is refused, or empty. */
    Optional<String> take(String name, String text) {
      return switch (name) {
        case BLKSIZE -> blockSize(text);
        case TIMEOUT -> timeout(text);
        case TSIZE -> transferSize(text);
        case WINDOWSIZE -> window(text);
        default -> Optional.empty(); // RFC 2347: an unknown option is left out of the OACK
      };
    }

    private Optional<String> blockSize(String text) {
      long value = number(text, TransferLimits.MIN_BLOCK_SIZE, TransferLimits.MAX_BLOCK_SIZE);
      if (value < 0) {
        return refused(BLKSIZE, text, "8 to 65464");
      }
      blockSize = (int) Math.min(value, limits.maxBlockSize());
      acknowledged.put(BLKSIZE, Integer.toString(blockSize));
      return Optional.empty();
    }

    private Optional<String> timeout(String text) {
      long value = number(text, 1, 255);
      if (value < 0) {
        return refused(TIMEOUT, text, "1 to 255 seconds");
      }
      // Longer than our longest wait: left out of the OACK (RFC 2347 lets a server decline an
      // option), so no client holds a transfer for 6 x 255 s.
      if (value <= limits.maxTimeout().toSeconds()) {
        timeout = Duration.ofSeconds(value).toNanos();
        acknowledged.put(TIMEOUT, Long.toString(value));
      }
      return Optional.empty();
    }

    /**
     * A read's tsize asks for the size, whatever it says (RFC 2349 wants 0; atftp sends "enable");
     * a write's declares the size, so it must be one.
     */
    private Optional<String> transferSize(String text) {
      if (readSize.isPresent()) {
        acknowledged.put(TSIZE, Long.toString(readSize.getAsLong()));
        return Optional.empty();
      }
      long value = number(text, 0, Long.MAX_VALUE / 2);
      if (value < 0) {
        return refused(TSIZE, text, "a size in bytes");
      }
      transferSize = OptionalLong.of(value);
      acknowledged.put(TSIZE, Long.toString(value));
      return Optional.empty();
    }

    private Optional<String> window(String text) {
      long value = number(text, 1, TransferLimits.MAX_WINDOW_SIZE);
      if (value < 0) {
        return refused(WINDOWSIZE, text, "1 to 65535 blocks");
      }
      window = (int) Math.min(value, limits.maxWindowSize());
      acknowledged.put(WINDOWSIZE, ""); // its value once blksize is known, in the order asked
      return Optional.empty();
    }

    Negotiated terms() {
      if (acknowledged.containsKey(WINDOWSIZE)) {
        window = Math.max(1, Math.min(window, limits.maxWindowBytes() / blockSize));
        acknowledged.put(WINDOWSIZE, Integer.toString(window));
      }
      return new Negotiated(blockSize, window, timeout, transferSize, acknowledged);
    }
  }

  /** The decimal value of {@code text} within {@code min..max}, or -1 when it is not one. */
  private static long number(String text, long min, long max) {
    if (text.isEmpty() || text.length() > 18) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    long value = Long.parseLong(text);
    return value < min || value > max ? -1 : value;
  }

  private static Optional<String> refused(String name, String value, String range) {
    String shown = value.length() > 20 ? value.substring(0, 20) + "..." : value;
    return Optional.of("Option " + name + "=" + shown + " refused: it must be " + range);
  }
}
