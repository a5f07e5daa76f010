package dev.ucprov.tftp.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One TFTP datagram (RFC 1350 section 5, RFC 2347 for options and OACK). */
public sealed interface Packet {

  /**
   * A read (RRQ) or write (WRQ) request.
   *
   * @param fileName the name as sent, decoded as UTF-8
   * @param mode {@code octet} or {@code netascii} in lower case when the client sent one of them
   *     (any case); otherwise as sent
   * @param options the options in the order sent, names in lower case, the first of a repeated name
   *     kept (RFC 2347 leaves repeats undefined)
   */
  record Request(boolean write, String fileName, String mode, Map<String, String> options)
      implements Packet {
    public Request {
      options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
  }

  /**
   * A block of the file; {@code bytes[offset .. offset + length)} is its content, which the packet
   * does not own: whoever made it may reuse the array once the packet is handled.
   *
   * @param block the block number on the wire, 0 to 65535
   */
  record Data(int block, byte[] bytes, int offset, int length) implements Packet {}

  /** An acknowledgement of {@code block} (0 to 65535). */
  record Ack(int block) implements Packet {}

  /** An error; {@code code} as sent (0 to 8 are defined), {@code message} without its NUL. */
  record Error(int code, String message) implements Packet {

    /** Our error of {@code code} with {@code message}. */
    public static Error of(ErrorCode code, String message) {
      return new Error(code.value(), message);
    }
  }

  /** The options the server accepts, with their values (RFC 2347). */
  record OptionAck(Map<String, String> options) implements Packet {
    public OptionAck {
      options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
  }
}
