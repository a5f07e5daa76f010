package dev.ucprov.tftp.wire;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads TFTP packets (RFC 1350 section 5; RFC 2347 for options and OACK); {@link PacketWriter}
 * writes them. Reading never throws for anything a datagram holds: what it cannot read is {@link
 * Decoded.Malformed}. Stateless.
 */
public final class PacketCodec {

  static final int RRQ = 1;
  static final int WRQ = 2;
  static final int DATA = 3;
  static final int ACK = 4;
  static final int ERROR = 5;
  static final int OACK = 6;

  /** Longer file names are refused: no stored path is that long (FilePath allows 1024). */
  public static final int MAX_NAME_BYTES = 2048;

  /** More options than any client sends (RFC 2347 keeps the whole request within 512 bytes). */
  public static final int MAX_OPTIONS = 32;

  private PacketCodec() {}

  /**
   * The packet in {@code bytes[0 .. length)}; a DATA packet's content points into {@code bytes}.
   */
  public static Decoded decode(byte[] bytes, int length) {
    if (length < 2) {
      return malformed("a datagram of " + length + " bytes has no opcode");
    }
    int opcode = unsigned16(bytes, 0);
    return switch (opcode) {
      case RRQ, WRQ -> request(bytes, length, opcode == WRQ);
      case DATA ->
          length < 4
              ? malformed("DATA of " + length + " bytes has no block number")
              : valid(new Packet.Data(unsigned16(bytes, 2), bytes, 4, length - 4));
      case ACK ->
          length < 4
              ? malformed("ACK of " + length + " bytes has no block number")
              : valid(new Packet.Ack(unsigned16(bytes, 2)));
      case ERROR -> error(bytes, length);
      case OACK -> optionAck(bytes, length);
      default -> new Decoded.Malformed(true, "unknown opcode " + opcode);
    };
  }

  private static Decoded request(byte[] bytes, int length, boolean write) {
    Fields fields = new Fields(bytes, 2, length);
    if (!fields.complete()) {
      return malformed("request without its final NUL");
    }
    int nameEnd = fields.next();
    if (nameEnd < 0 || nameEnd == 2) {
      return malformed("request without a file name");
    }
    if (nameEnd - 2 > MAX_NAME_BYTES) {
      return malformed("file name of " + (nameEnd - 2) + " bytes");
    }
    String name = new String(bytes, 2, nameEnd - 2, StandardCharsets.UTF_8);
    int modeStart = nameEnd + 1;
    int modeEnd = fields.next();
    if (modeEnd < 0) {
      return malformed("request without a mode");
    }
    String mode = ascii(bytes, modeStart, modeEnd).toLowerCase(Locale.ROOT);
    Map<String, String> options = new LinkedHashMap<>();
    if (!readOptions(fields, modeEnd + 1, options)) {
      return malformed("more than " + MAX_OPTIONS + " options");
    }
    return valid(new Packet.Request(write, name, mode, options));
  }

  private static Decoded optionAck(byte[] bytes, int length) {
    Fields fields = new Fields(bytes, 2, length);
    if (!fields.complete()) {
      return malformed("OACK without its final NUL");
    }
    Map<String, String> options = new LinkedHashMap<>();
    if (!readOptions(fields, 2, options)) {
      return malformed("more than " + MAX_OPTIONS + " options");
    }
    return valid(new Packet.OptionAck(options));
  }

  /**
   * Name and value pairs from {@code start}; a name without a value at the end is ignored, as an
   * option we do not know would be.
   */
  private static boolean readOptions(Fields fields, int start, Map<String, String> options) {
    int count = 0;
    int nameStart = start;
    while (true) {
      int nameEnd = fields.next();
      int valueEnd = nameEnd < 0 ? -1 : fields.next();
      if (valueEnd < 0) {
        return true;
      }
      if (++count > MAX_OPTIONS) {
        return false;
      }
      String name = ascii(fields.bytes, nameStart, nameEnd).toLowerCase(Locale.ROOT);
      options.putIfAbsent(name, ascii(fields.bytes, nameEnd + 1, valueEnd));
      nameStart = valueEnd + 1;
    }
  }

  private static Decoded error(byte[] bytes, int length) {
    if (length < 4) {
      return malformed("ERROR of " + length + " bytes has no code");
    }
    int end = 4;
    while (end < length && bytes[end] != 0) {
      end++;
    }
    // A message without its NUL is read to the end: the code is what matters.
    String message = new String(bytes, 4, end - 4, StandardCharsets.UTF_8);
    return valid(new Packet.Error(unsigned16(bytes, 2), message));
  }

  private static int unsigned16(byte[] bytes, int at) {
    return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
  }

  private static String ascii(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static Decoded valid(Packet packet) {
    return new Decoded.Valid(packet);
  }

  private static Decoded malformed(String reason) {
    return new Decoded.Malformed(false, reason);
  }

  /** The NUL-terminated strings of a packet, one after the other. Not thread-safe. */
  private static final class Fields {
    final byte[] bytes;
    final int length;
    int at;

    Fields(byte[] bytes, int from, int length) {
      this.bytes = bytes;
      this.at = from;
      this.length = length;
    }

    /** Whether the packet ends with a NUL, so every string in it is terminated. */
    boolean complete() {
      return length > at && bytes[length - 1] == 0;
    }

    /** The index of the next string's NUL, or -1 when none is left. */
    int next() {
      while (at < length) {
        if (bytes[at] == 0) {
          return at++;
        }
        at++;
      }
      return -1;
    }
  }
}
