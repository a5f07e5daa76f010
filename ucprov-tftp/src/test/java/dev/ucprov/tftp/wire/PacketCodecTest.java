package dev.ucprov.tftp.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Reading and writing packets, and what a malformed datagram turns into. */
class PacketCodecTest {

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof Integer n) {
        out.write(n >>> 8);
        out.write(n);
      } else {
        out.writeBytes(((String) part).getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
      }
    }
    return out.toByteArray();
  }

  private static Decoded decode(byte[] bytes) {
    return PacketCodec.decode(bytes, bytes.length);
  }

  private static Packet valid(byte[] bytes) {
    Decoded decoded = decode(bytes);
    assertThat(decoded).isInstanceOf(Decoded.Valid.class);
    return ((Decoded.Valid) decoded).packet();
  }

  @Test
  void aReadRequestWithOptionsInLowerCase() {
    Packet packet = valid(bytes(1, "acme/sip.ld", "OCTET", "BlkSize", "1428", "tsize", "0"));

    Map<String, String> options = new LinkedHashMap<>();
    options.put("blksize", "1428");
    options.put("tsize", "0");
    assertThat(packet).isEqualTo(new Packet.Request(false, "acme/sip.ld", "octet", options));
  }

  @Test
  void aWriteRequestKeepsTheFirstOfARepeatedOptionAndIgnoresADanglingName() {
    Packet packet = valid(bytes(2, "x.log", "netascii", "blksize", "8", "blksize", "9", "tsize"));

    assertThat(packet)
        .isEqualTo(new Packet.Request(true, "x.log", "netascii", Map.of("blksize", "8")));
  }

  @Test
  void dataAckErrorAndOackRoundTrip() {
    byte[] out = new byte[600];
    Packet[] packets = {
      new Packet.Ack(65535),
      new Packet.Error(1, "File not found"),
      new Packet.OptionAck(Map.of("blksize", "1428")),
      new Packet.Request(true, "a/b.cfg", "octet", Map.of("tsize", "12")),
    };
    for (Packet packet : packets) {
      int length = PacketWriter.encode(packet, out);
      assertThat(((Decoded.Valid) PacketCodec.decode(out, length)).packet()).isEqualTo(packet);
    }
    byte[] content = "hello".getBytes(StandardCharsets.US_ASCII);
    int length = PacketWriter.encode(new Packet.Data(7, content, 1, 3), out);
    Packet.Data data = (Packet.Data) ((Decoded.Valid) PacketCodec.decode(out, length)).packet();
    assertThat(data.block()).isEqualTo(7);
    assertThat(new String(data.bytes(), data.offset(), data.length(), StandardCharsets.US_ASCII))
        .isEqualTo("ell");
  }

  @Test
  void aLongErrorMessageIsCutToFitAPacket() {
    byte[] out = new byte[65_536];
    int length = PacketWriter.encode(new Packet.Error(0, "x".repeat(5000)), out);

    assertThat(length).isLessThanOrEqualTo(516);
  }

  @Test
  void malformedDatagramsAreNamedNotThrown() {
    assertThat(decode(new byte[0])).isInstanceOf(Decoded.Malformed.class);
    assertThat(decode(new byte[] {0})).isInstanceOf(Decoded.Malformed.class);
    assertThat(decode(new byte[] {0, 3, 1})).isInstanceOf(Decoded.Malformed.class);
    assertThat(decode(new byte[] {0, 4, 0})).isInstanceOf(Decoded.Malformed.class);
    assertThat(decode(new byte[] {0, 5, 0})).isInstanceOf(Decoded.Malformed.class);
    assertThat(decode(new byte[] {0, 1, 'a', 0, 'o'}))
        .as("missing NUL")
        .isEqualTo(new Decoded.Malformed(false, "request without its final NUL"));
    assertThat(decode(bytes(1, "", "octet"))).isInstanceOf(Decoded.Malformed.class);
    assertThat(decode(bytes(1, "name-without-mode"))).isInstanceOf(Decoded.Malformed.class);
    assertThat(decode(bytes(1, "x".repeat(PacketCodec.MAX_NAME_BYTES + 1), "octet")))
        .isInstanceOf(Decoded.Malformed.class);
    assertThat(decode(new byte[] {0, 9, 0, 0}))
        .isEqualTo(new Decoded.Malformed(true, "unknown opcode 9"));
    assertThat(decode(new byte[] {(byte) 0xff, (byte) 0xff}))
        .isEqualTo(new Decoded.Malformed(true, "unknown opcode 65535"));
  }

  @Test
  void tooManyOptionsAreRefused() {
    Object[] parts = new Object[3 + 2 * (PacketCodec.MAX_OPTIONS + 1)];
    parts[0] = 1;
    parts[1] = "f";
    parts[2] = "octet";
    for (int i = 3; i < parts.length; i++) {
      parts[i] = "o" + i;
    }
    assertThat(decode(bytes(parts))).isInstanceOf(Decoded.Malformed.class);
  }

  @Test
  void anErrorWithoutItsNulStillCounts() {
    assertThat(valid(new byte[] {0, 5, 0, 2, 'n', 'o'})).isEqualTo(new Packet.Error(2, "no"));
  }

  @Property(tries = 2000)
  void anyBytesDecodeWithoutThrowing(@ForAll @Size(max = 700) byte[] datagram) {
    assertThat(PacketCodec.decode(datagram, datagram.length)).isNotNull();
  }

  @Property(tries = 500)
  void requestsMadeOfAnyNamesDecode(
      @ForAll @Size(min = 1, max = 200) String name, @ForAll boolean write) {
    String clean = name.replace("\0", "");
    if (clean.isEmpty()) {
      return;
    }
    byte[] out = new byte[4096];
    int length = PacketWriter.encode(new Packet.Request(write, clean, "octet", Map.of()), out);
    Packet packet = ((Decoded.Valid) PacketCodec.decode(out, length)).packet();
    assertThat(((Packet.Request) packet).write()).isEqualTo(write);
    assertThat(((Packet.Request) packet).fileName())
        .isEqualTo(new String(clean.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }
}
