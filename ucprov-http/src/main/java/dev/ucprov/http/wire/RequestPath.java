package dev.ucprov.http.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the raw, still percent-encoded path of a request line into the text it names, decoding
 * exactly once (RFC 3986 section 2.1, UTF-8 per RFC 3986 section 2.5).
 *
 * <p>Refused, so that no later step can be fooled into a second decoding or a path split the client
 * hid: an encoded {@code /} ({@code %2F}), any backslash (encoded or not), an encoded NUL, a {@code
 * %} not followed by two hex digits, and bytes that are not UTF-8.
 */
public final class RequestPath {

  private RequestPath() {}

  /** What decoding gave. */
  public sealed interface Decoded {
    /** The decoded path, still with its leading slash. */
    record Path(String value) implements Decoded {}

    /** Why the path is refused, for a 400 and the log. */
    record Refused(String reason) implements Decoded {}
  }

  public static Decoded decode(String raw) {
    if (isPlainAscii(raw)) {
      return new Decoded.Path(raw);
    }
    byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\\') {
        return refused("backslash in path at index " + i);
      }
      if (b != '%') {
        out.put(b);
        continue;
      }
      if (i + 2 >= bytes.length || !isHex(bytes[i + 1]) || !isHex(bytes[i + 2])) {
        return refused("invalid percent-encoding in path at index " + i);
      }
      int decoded = Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16);
      Optional<String> hidden = hidden(decoded, i);
      if (hidden.isPresent()) {
        return refused(hidden.get());
      }
      out.put((byte) decoded);
      i += 2;
    }
    return utf8(out.flip());
  }

  /** Why a decoded byte may not come from an escape, when it may not. */
  private static Optional<String> hidden(int decoded, int index) {
    return switch (decoded) {
      case '/' -> Optional.of("encoded '/' (%2F) in path at index " + index);
      case '\\' -> Optional.of("encoded backslash (%5C) in path at index " + index);
      case 0 -> Optional.of("encoded NUL (%00) in path at index " + index);
      default -> Optional.empty();
    };
  }

  /** The path without its leading slash, as a {@code FileRequest} carries it. */
  public static String relative(String decoded) {
    return decoded.startsWith("/") ? decoded.substring(1) : decoded;
  }

  private static Decoded utf8(ByteBuffer bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes)
              .toString();
      return new Decoded.Path(text);
    } catch (CharacterCodingException e) {
      return refused("path is not UTF-8 once percent-decoded");
    }
  }

  /**
   * Whether decoding would give the same text: no escape, no backslash, ASCII only. Most paths
   * phones ask for are, and skip the copies and the UTF-8 decoder.
   */
  private static boolean isPlainAscii(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' || c == '\\' || c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  private static Decoded refused(String reason) {
    return new Decoded.Refused(reason);
  }
}
