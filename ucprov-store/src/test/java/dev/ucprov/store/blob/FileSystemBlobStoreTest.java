package dev.ucprov.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.contract.BlobStoreContract;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest implements BlobStoreContract {

  @TempDir Path root;

  private FileSystemBlobStore store;

  @Override
  public synchronized BlobStore blobs() {
    if (store == null) {
      try {
        store = new FileSystemBlobStore(root.resolve("blobs"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return store;
  }

  /** Issue 4 point 7: a link planted where a blob should be is never followed. */
  @Test
  void aSymbolicLinkInPlaceOfABlobIsNotFollowed() throws IOException {
    byte[] secret = "outside the store".getBytes(StandardCharsets.UTF_8);
    Path outside = Files.write(root.resolve("outside.txt"), secret);
    BlobRef blob = blobs().put(secret);
    Path stored = store.path(blob);
    Files.delete(stored);
    Files.createSymbolicLink(stored, outside);

    assertThat(blobs().open(blob)).isEmpty();
    assertThat(blobs().read(blob)).isEmpty();
  }

  @Test
  void aSymbolicLinkInPlaceOfAFanOutDirectoryIsNotFollowed() throws IOException {
    byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);
    BlobRef blob = blobs().put(content);
    Path directory = store.path(blob).getParent();
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Files.move(store.path(blob), elsewhere.resolve(store.path(blob).getFileName()));
    Files.delete(directory);
    Files.createSymbolicLink(directory, elsewhere);

    assertThat(blobs().open(blob)).isEmpty();
  }

  @Test
  void storingBytesWhoseNameIsALinkReplacesTheLinkWithTheBlob() throws IOException {
    byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);
    BlobRef blob = blobs().put(content);
    Path stored = store.path(blob);
    Path outside =
        Files.write(root.resolve("outside.txt"), "other".getBytes(StandardCharsets.UTF_8));
    Files.delete(stored);
    Files.createSymbolicLink(stored, outside);

    blobs().put(content);

    assertThat(Files.isSymbolicLink(stored)).isFalse();
    assertThat(blobs().read(blob)).hasValue(content);
    assertThat(Files.readString(outside)).isEqualTo("other");
  }

  @Test
  void blobsLiveUnderTwoHexDigitDirectories() throws IOException {
    BlobRef blob = blobs().put("abc".getBytes(StandardCharsets.US_ASCII));

    assertThat(files())
        .containsExactly(
            root.resolve(
                "blobs/ba/7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    assertThat(store.path(blob)).isEqualTo(files().get(0));
  }

  @Test
  void theSameBytesAreStoredOnce() throws IOException {
    byte[] content = "twice".getBytes(StandardCharsets.UTF_8);
    blobs().put(content);
    Path stored = files().get(0);
    FileTime written = Files.getLastModifiedTime(stored);

    blobs().put(content);

    assertThat(files()).containsExactly(stored);
    assertThat(Files.getLastModifiedTime(stored)).isEqualTo(written);
  }

  @Test
  void aStreamFailingMidwayLeavesNoFileAtAll() {
    blobs();

    assertThatThrownBy(() -> store.put(new PatternStream(8L * 1024 * 1024, 5L * 1024 * 1024)))
        .isInstanceOf(IOException.class);

    assertThat(files()).isEmpty();
  }

  @Test
  void aRuntimeFailureOfTheStreamLeavesNoFileEither() {
    blobs();
    InputStream broken =
        new InputStream() {
          private int left = 100_000;

          @Override
          public int read() {
            if (left-- == 0) {
              throw new IllegalStateException("decoder bug");
            }
            return 'x';
          }
        };

    assertThatThrownBy(() -> store.put(broken)).isInstanceOf(IllegalStateException.class);

    assertThat(files()).isEmpty();
  }

  @Test
  void openingRemovesTemporaryFilesLeftByACrashButNotFreshOnes() throws IOException {
    Path blobs = Files.createDirectories(root.resolve("blobs"));
    Path stale = Files.writeString(blobs.resolve(FileSystemBlobStore.TEMP_PREFIX + "1"), "partial");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path fresh = Files.writeString(blobs.resolve(FileSystemBlobStore.TEMP_PREFIX + "2"), "writing");

    new FileSystemBlobStore(blobs);

    assertThat(stale).doesNotExist();
    assertThat(fresh).exists();
  }

  @Test
  void aBlobDirectoryThatIsAFileIsAnError() throws IOException {
    Path file = Files.writeString(root.resolve("not-a-directory"), "x");

    assertThatThrownBy(() -> new FileSystemBlobStore(file)).isInstanceOf(IOException.class);
  }

  /** Every regular file under the store, temporary ones included. */
  private List<Path> files() {
    try (Stream<Path> walk = Files.walk(root.resolve("blobs"))) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
