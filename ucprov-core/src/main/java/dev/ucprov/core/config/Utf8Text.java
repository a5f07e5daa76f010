package dev.ucprov.core.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a configuration file (polycom-facts.md §3): a leading byte order mark is
 * dropped, and the first invalid byte is reported with its line and column.
 */
final class Utf8Text {

  private Utf8Text() {}

  static String decode(String path, byte[] content) throws ConfigSyntaxException {
    if (startsWith(content, 0xff, 0xfe) || startsWith(content, 0xfe, 0xff)) {
      throw new ConfigSyntaxException(
          path,
          1,
          1,
          "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
    }
    int start = startsWith(content, 0xef, 0xbb, 0xbf) ? 3 : 0;
    try {
      return strictDecoder()
          .decode(ByteBuffer.wrap(content, start, content.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalidAt(path, content, start);
    }
  }

  private static ConfigSyntaxException invalidAt(String path, byte[] content, int start) {
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer valid = CharBuffer.allocate(content.length - start + 1);
    strictDecoder().decode(in, valid, true);
    int bad = in.position();
    valid.flip();
    TextPositions positions = new TextPositions(valid.toString());
    int offset = valid.length();
    return new ConfigSyntaxException(
        path,
        positions.line(offset),
        positions.column(offset),
        String.format(
            "not UTF-8: invalid byte 0x%02X at byte offset %d; save the file as UTF-8",
            bad < content.length ? content[bad] & 0xff : 0, bad));
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
