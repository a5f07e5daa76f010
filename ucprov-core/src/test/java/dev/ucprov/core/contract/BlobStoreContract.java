package dev.ucprov.core.contract;

import static dev.ucprov.core.contract.ContractFixtures.blobOf;
import static dev.ucprov.core.contract.ContractFixtures.runTogether;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The contract of {@link BlobStore}, on a store empty at the start of every test. */
public interface BlobStoreContract {

  BlobStore blobs();

  @Test
  default void bytesAreNamedByTheirSha256AndReadBack() throws IOException {
    byte[] content = "<polycomConfig reg.1.address=\"201\"/>".getBytes(StandardCharsets.UTF_8);

    BlobRef blob = blobs().put(content);

    assertThat(blob).isEqualTo(blobOf(content));
    assertThat(blobs().read(blob)).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
    try (InputStream in = blobs().open(blob).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  default void theKnownHashOfAKnownTextIsGiven() throws IOException {
    assertThat(blobs().put("abc".getBytes(StandardCharsets.US_ASCII)).sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  default void emptyContentIsABlobToo() throws IOException {
    BlobRef empty = blobs().put(new byte[0]);

    assertThat(empty)
        .isEqualTo(
            new BlobRef("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0));
    assertThat(blobs().read(empty)).hasValueSatisfying(read -> assertThat(read).isEmpty());
  }

  @Test
  default void theSameBytesGetTheSameNameAndStayReadable() throws IOException {
    byte[] content = "same".getBytes(StandardCharsets.UTF_8);

    BlobRef first = blobs().put(content);
    BlobRef second = blobs().put(new ByteArrayInputStream(content));

    assertThat(second).isEqualTo(first);
    assertThat(blobs().read(first)).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
  }

  @Test
  default void differentBytesGetDifferentNames() throws IOException {
    assertThat(blobs().put(new byte[] {1})).isNotEqualTo(blobs().put(new byte[] {2}));
  }

  @Test
  default void anUnknownBlobIsEmpty() throws IOException {
    BlobRef unknown = blobOf("never stored");

    assertThat(blobs().open(unknown)).isEmpty();
    assertThat(blobs().read(unknown)).isEmpty();
  }

  @Test
  default void aBlobOfAnotherSizeIsNotThisOne() throws IOException {
    BlobRef stored = blobs().put("sized".getBytes(StandardCharsets.UTF_8));

    assertThat(blobs().read(new BlobRef(stored.sha256(), stored.size() + 1))).isEmpty();
  }

  @Test
  default void aStreamIsReadToTheEndAndLeftOpen() throws IOException {
    byte[] content = new byte[100_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    TrackingStream in = new TrackingStream(new ByteArrayInputStream(content));

    BlobRef blob = blobs().put(in);

    assertThat(in.closed).isFalse();
    assertThat(in.read()).isEqualTo(-1);
    assertThat(blob).isEqualTo(blobOf(content));
  }

  @Test
  default void firmwareSizedStreamsAreStoredWhole() throws Exception {
    long size = 20L * 1024 * 1024 + 7;
    MessageDigest expected = MessageDigest.getInstance("SHA-256");

    BlobRef blob = blobs().put(new DigestInputStream(new PatternStream(size, -1), expected));

    assertThat(blob).isEqualTo(new BlobRef(HexFormat.of().formatHex(expected.digest()), size));
    MessageDigest read = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(blobs().open(blob).orElseThrow(), read)) {
      assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(size);
    }
    assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(blob.sha256());
  }

  @Test
  default void aStreamFailingMidwayLeavesNoBlob() throws Exception {
    long failAt = 3L * 1024 * 1024 + 5;
    MessageDigest delivered = MessageDigest.getInstance("SHA-256");

    assertThatThrownBy(() ->
            blobs()
                .put(
                    new DigestInputStream(new PatternStream(10L * 1024 * 1024, failAt), delivered)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("connection reset");

    BlobRef partial = new BlobRef(HexFormat.of().formatHex(delivered.digest()), failAt);
    assertThat(blobs().open(partial)).isEmpty();
    assertThat(blobs().read(partial)).isEmpty();
  }

  @Test
  default void concurrentPutsOfTheSameBytesAllSucceed() throws Exception {
    byte[] content = new byte[256 * 1024];
    Arrays.fill(content, (byte) 'x');
    List<Callable<BlobRef>> puts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      puts.add(() -> blobs().put(content));
    }

    assertThat(runTogether(puts)).containsOnly(blobOf(content));
    assertThat(blobs().read(blobOf(content)))
        .hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
  }

  /** Generated bytes, never held in memory, optionally failing after {@code failAt} of them. */
  final class PatternStream extends InputStream {
    private final long size;
    private final long failAt;
    private long position;

    /**
     * @param failAt where to throw, or -1 to end normally at {@code size}
     */
    public PatternStream(long size, long failAt) {
      this.size = size;
      this.failAt = failAt;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (failAt >= 0 && position >= failAt) {
        throw new IOException("connection reset by peer at byte " + position);
      }
      long end = failAt >= 0 ? Math.min(size, failAt) : size;
      if (position >= end) {
        return -1;
      }
      int count = (int) Math.min(length, end - position);
      for (int i = 0; i < count; i++) {
        buffer[offset + i] = (byte) ((position + i) * 131 % 251);
      }
      position += count;
      return count;
    }
  }

  /** Remembers whether it was closed. */
  final class TrackingStream extends FilterInputStream {
    boolean closed;

    TrackingStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
