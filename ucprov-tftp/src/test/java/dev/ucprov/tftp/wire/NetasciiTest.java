package dev.ucprov.tftp.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Netascii both ways: LF as CR LF, CR as CR NUL. */
class NetasciiTest {

  private static byte[] encode(byte[] plain) throws IOException {
    try (InputStream in = new NetasciiEncoding(new ByteArrayInputStream(plain))) {
      return in.readAllBytes();
    }
  }

  private static byte[] decode(byte[] wire, int chunk) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NetasciiDecoding decoding = new NetasciiDecoding(out);
    for (int i = 0; i < wire.length; i += chunk) {
      decoding.write(wire, i, Math.min(chunk, wire.length - i));
    }
    decoding.finish();
    return out.toByteArray();
  }

  @Test
  void lineEndsAndCarriageReturnsAreEncoded() throws IOException {
    assertThat(encode(new byte[] {'a', '\n', 'b', '\r', 'c', '\r', '\n'}))
        .isEqualTo(new byte[] {'a', '\r', '\n', 'b', '\r', 0, 'c', '\r', 0, '\r', '\n'});
  }

  @Test
  void aBareCrFromALenientClientIsKept() throws IOException {
    assertThat(decode(new byte[] {'a', '\r', 'b', '\r'}, 1))
        .isEqualTo(new byte[] {'a', '\r', 'b', '\r'});
  }

  @Test
  void theEncodedSizeIsCountedWithoutEncoding() throws IOException {
    byte[] plain = "line one\nline two\r\n\r".getBytes();

    assertThat(NetasciiEncoding.encodedSize(new ByteArrayInputStream(plain)))
        .isEqualTo(encode(plain).length);
  }

  @Property(tries = 300)
  void decodingUndoesEncodingWhateverTheBlockBoundaries(
      @ForAll @Size(max = 3000) byte[] plain, @ForAll @IntRange(min = 1, max = 600) int chunk)
      throws IOException {
    byte[] wire = encode(plain);

    assertThat(decode(wire, chunk)).isEqualTo(plain);
    assertThat(NetasciiEncoding.encodedSize(new ByteArrayInputStream(plain)))
        .isEqualTo(wire.length);
  }
}
