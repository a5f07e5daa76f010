package dev.ucprov.tftp.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
    Map<String, String> acknowledged = new LinkedHashMap<>();
    int blockSize = TransferLimits.DEFAULT_BLOCK_SIZE;
    int window = 1;
    long timeout = limits.timeout().toNanos();
    OptionalLong transferSize = OptionalLong.empty();
    for (Map.Entry<String, String> option : requested.entrySet()) {
      String name = option.getKey();
      String text = option.getValue();
      switch (name) {
        case BLKSIZE -> {
          long value = number(text, TransferLimits.MIN_BLOCK_SIZE, TransferLimits.MAX_BLOCK_SIZE);
          if (value < 0) {
            return refused(name, text, "8 to 65464");
          }
          blockSize = (int) Math.min(value, limits.maxBlockSize());
          acknowledged.put(name, Integer.toString(blockSize));
        }
        case TIMEOUT -> {
          long value = number(text, 1, 255);
          if (value < 0) {
            return refused(name, text, "1 to 255 seconds");
          }
          timeout = Duration.ofSeconds(value).toNanos();
          acknowledged.put(name, Long.toString(value));
        }
        case TSIZE -> {
          // A read's tsize asks for the size, whatever it says (RFC 2349 wants 0; atftp sends
          // "enable"); a write's declares the size, so it must be one.
          if (readSize.isPresent()) {
            acknowledged.put(name, Long.toString(readSize.getAsLong()));
          } else {
            long value = number(text, 0, Long.MAX_VALUE / 2);
            if (value < 0) {
              return refused(name, text, "a size in bytes");
            }
            transferSize = OptionalLong.of(value);
            acknowledged.put(name, Long.toString(value));
          }
        }
        case WINDOWSIZE -> {
          long value = number(text, 1, TransferLimits.MAX_WINDOW_SIZE);
          if (value < 0) {
            return refused(name, text, "1 to 65535 blocks");
          }
          window = (int) Math.min(value, limits.maxWindowSize());
          acknowledged.put(name, "");
        }
        default -> {
          // RFC 2347: an option the server does not know is left out of the OACK.
        }
      }
    }
    if (acknowledged.containsKey(WINDOWSIZE)) {
      window = Math.max(1, Math.min(window, limits.maxWindowBytes() / blockSize));
      acknowledged.put(WINDOWSIZE, Integer.toString(window));
    }
    return new Negotiation.Accepted(
        new Negotiated(blockSize, window, timeout, transferSize, acknowledged));
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

  private static Negotiation refused(String name, String value, String range) {
    String shown = value.length() > 20 ? value.substring(0, 20) + "..." : value;
    return new Negotiation.Refused(
        "Option " + name + "=" + shown + " refused: it must be " + range);
  }
}
