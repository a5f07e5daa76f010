package dev.ucprov.tftp.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes TFTP packets as {@link PacketCodec} reads them. Stateless. */
public final class PacketWriter {

  /** Error messages are cut to this many bytes, so an error fits a 512-byte-block packet. */
  public static final int MAX_MESSAGE_BYTES = 500;

  private PacketWriter() {}

  /**
   * Writes {@code packet} into {@code out} from index 0 and returns its length. {@code out} must
   * hold the packet: 4 bytes plus a DATA packet's content, or up to 516 for the others (an OACK's
   * options are ours, short).
   */
  public static int encode(Packet packet, byte[] out) {
    return switch (packet) {
      case Packet.Data data -> {
        header(out, PacketCodec.DATA, data.block());
        System.arraycopy(data.bytes(), data.offset(), out, 4, data.length());
        yield 4 + data.length();
      }
      case Packet.Ack ack -> header(out, PacketCodec.ACK, ack.block());
      case Packet.Error error -> {
        int at = header(out, PacketCodec.ERROR, error.code());
        byte[] text = error.message().getBytes(StandardCharsets.UTF_8);
        int n = Math.min(text.length, Math.min(MAX_MESSAGE_BYTES, out.length - at - 1));
        System.arraycopy(text, 0, out, at, n);
        out[at + n] = 0;
        yield at + n + 1;
      }
      case Packet.OptionAck oack -> strings(out, PacketCodec.OACK, oack.options());
      case Packet.Request request -> {
        int at = strings(out, request.write() ? PacketCodec.WRQ : PacketCodec.RRQ, Map.of());
        at = string(out, at, request.fileName().getBytes(StandardCharsets.UTF_8));
        at = string(out, at, request.mode().getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, String> option : request.options().entrySet()) {
          at = string(out, at, option.getKey().getBytes(StandardCharsets.US_ASCII));
          at = string(out, at, option.getValue().getBytes(StandardCharsets.US_ASCII));
        }
        yield at;
      }
    };
  }

  private static int header(byte[] out, int opcode, int value) {
    out[0] = (byte) (opcode >>> 8);
    out[1] = (byte) opcode;
    out[2] = (byte) (value >>> 8);
    out[3] = (byte) value;
    return 4;
  }

  private static int strings(byte[] out, int opcode, Map<String, String> pairs) {
    out[0] = 0;
    out[1] = (byte) opcode;
    int at = 2;
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      at = string(out, at, pair.getKey().getBytes(StandardCharsets.US_ASCII));
      at = string(out, at, pair.getValue().getBytes(StandardCharsets.US_ASCII));
    }
    return at;
  }

  private static int string(byte[] out, int at, byte[] text) {
    System.arraycopy(text, 0, out, at, text.length);
    out[at + text.length] = 0;
    return at + text.length + 1;
  }
}
