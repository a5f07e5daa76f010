package dev.ucprov.sim.transport;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * TFTP packets (RFC 1350 §5, RFC 2347 §2): what the client sends, and what it reads back. Block
 * numbers are unsigned 16-bit and wrap to 0 after 65535, as large images need.
 */
sealed interface TftpPacket {

  int RRQ = 1;
  int WRQ = 2;
  int DATA = 3;
  int ACK = 4;
  int ERROR = 5;
  int OACK = 6;

  record Data(int block, byte[] bytes, int offset, int length) implements TftpPacket {}

  record Ack(int block) implements TftpPacket {}

  record Error(int code, String message) implements TftpPacket {}

  /** Option acknowledgement: names in lower case. */
  record OptionAck(Map<String, String> options) implements TftpPacket {}

  /** Anything a client does not expect (a request, garbage). */
  record Other(int opcode) implements TftpPacket {}

  /** RRQ or WRQ in octet mode with options, names and values NUL-terminated. */
  static byte[] request(int opcode, String file, Map<String, String> options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + file.length());
    out.write(0);
    out.write(opcode);
    text(out, file);
    text(out, "octet");
    options.forEach((name, value) -> {
      text(out, name);
      text(out, value);
    });
    return out.toByteArray();
  }

  static byte[] ack(int block) {
    return new byte[] {0, ACK, (byte) (block >> 8), (byte) block};
  }

  static byte[] data(int block, byte[] content, int offset, int length) {
    byte[] packet = new byte[4 + length];
    packet[1] = DATA;
    packet[2] = (byte) (block >> 8);
    packet[3] = (byte) block;
    System.arraycopy(content, offset, packet, 4, length);
    return packet;
  }

  static TftpPacket read(byte[] packet, int length) {
    if (length < 4) {
      return new Other(-1);
    }
    ByteBuffer in = ByteBuffer.wrap(packet, 0, length);
    int opcode = in.getShort() & 0xffff;
    return switch (opcode) {
      case DATA -> new Data(in.getShort() & 0xffff, packet, 4, length - 4);
      case ACK -> new Ack(in.getShort() & 0xffff);
      case ERROR -> new Error(in.getShort() & 0xffff, string(packet, 4, length));
      case OACK -> new OptionAck(options(packet, 2, length));
      default -> new Other(opcode);
    };
  }

  private static Map<String, String> options(byte[] packet, int from, int length) {
    Map<String, String> options = new LinkedHashMap<>();
    int at = from;
    while (at < length) {
      String name = string(packet, at, length);
      at += name.getBytes(StandardCharsets.US_ASCII).length + 1;
      String value = string(packet, Math.min(at, length), length);
      at += value.getBytes(StandardCharsets.US_ASCII).length + 1;
      options.put(name.toLowerCase(Locale.ROOT), value);
    }
    return options;
  }

  private static String string(byte[] packet, int from, int length) {
    int end = from;
    while (end < length && packet[end] != 0) {
      end++;
    }
    return new String(packet, from, end - from, StandardCharsets.US_ASCII);
  }

  private static void text(ByteArrayOutputStream out, String value) {
    out.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
    out.write(0);
  }
}
