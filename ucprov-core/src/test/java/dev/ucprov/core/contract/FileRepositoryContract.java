package dev.ucprov.core.contract;

import static dev.ucprov.core.contract.ContractFixtures.blobOf;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.runTogether;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.tenant.TenantRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FileRepository}. The repositories share one store, empty at the start of
 * every test; tenants {@code acme} and {@code globex} are created before each.
 */
public interface FileRepositoryContract {

  FilePath SITE = new FilePath("site.cfg");
  FileScope ACME = FileScope.of(id("acme"));
  FileScope GLOBEX = FileScope.of(id("globex"));
  FileScope SHARED = FileScope.shared();
  BlobRef ONE = blobOf("one");
  BlobRef TWO = blobOf("two");

  TenantRepository tenants();

  FileRepository files();

  @BeforeEach
  default void createTenants() {
    tenants().put(tenant("acme"));
    tenants().put(tenant("globex"));
  }

  @Test
  default void anUnknownPathHasNothing() {
    assertThat(files().find(ACME, SITE)).isEmpty();
    assertThat(files().versions(ACME, SITE)).isEmpty();
    assertThat(files().version(ACME, SITE, 1)).isEmpty();
    assertThat(files().list(ACME)).isEmpty();
    assertThat(files().delete(ACME, SITE)).isEmpty();
  }

  @Test
  default void theFirstPutIsVersionOneAndIsFound() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
    FileVersion first = files().put(ACME, SITE, ONE, true);
    Instant after = Instant.now().plusMillis(1);

    assertThat(first.version()).isEqualTo(1);
    assertThat(first.blob()).isEqualTo(ONE);
    assertThat(first.template()).isTrue();
    assertThat(first.deleted()).isFalse();
    assertThat(first.time()).isBetween(before, after);
    assertThat(files().find(ACME, SITE)).contains(new StoredFile(ACME, SITE, first));
    assertThat(files().version(ACME, SITE, 1)).contains(first);
  }

  @Test
  default void everyPutAppendsTheNextVersion() {
    FileVersion first = files().put(ACME, SITE, ONE, false);
    FileVersion second = files().put(ACME, SITE, TWO, true);
    FileVersion third = files().put(ACME, SITE, TWO, true);

    assertThat(List.of(first, second, third))
        .extracting(FileVersion::version)
        .containsExactly(1, 2, 3);
    assertThat(second.time()).isAfterOrEqualTo(first.time());
    assertThat(files().find(ACME, SITE).orElseThrow().latest()).isEqualTo(third);
    assertThat(files().versions(ACME, SITE)).containsExactly(third, second, first);
  }

  @Test
  default void aDeletionIsAVersionThatHidesTheFile() {
    files().put(ACME, SITE, ONE, false);
    FileVersion kept = files().put(ACME, SITE, TWO, true);

    FileVersion deletion = files().delete(ACME, SITE).orElseThrow();

    assertThat(deletion.version()).isEqualTo(3);
    assertThat(deletion.deleted()).isTrue();
    assertThat(deletion.blob()).isEqualTo(TWO);
    assertThat(deletion.template()).isTrue();
    assertThat(deletion.time()).isAfterOrEqualTo(kept.time());
    assertThat(files().find(ACME, SITE)).isEmpty();
    assertThat(files().list(ACME)).isEmpty();
    assertThat(files().versions(ACME, SITE))
        .extracting(FileVersion::version, FileVersion::deleted)
        .containsExactly(tuple(3, true), tuple(2, false), tuple(1, false));
    assertThat(files().version(ACME, SITE, 3)).contains(deletion);
    assertThat(files().version(ACME, SITE, 2)).contains(kept);
  }

  @Test
  default void deletingADeletedFileIsEmptyAndAddsNoVersion() {
    files().put(ACME, SITE, ONE, false);
    files().delete(ACME, SITE);

    assertThat(files().delete(ACME, SITE)).isEmpty();
    assertThat(files().versions(ACME, SITE)).hasSize(2);
  }

  @Test
  default void aPutAfterADeletionRestoresTheFile() {
    files().put(ACME, SITE, ONE, false);
    files().delete(ACME, SITE);

    FileVersion restored = files().put(ACME, SITE, ONE, false);

    assertThat(restored.version()).isEqualTo(3);
    assertThat(files().find(ACME, SITE)).contains(new StoredFile(ACME, SITE, restored));
    assertThat(files().list(ACME)).extracting(StoredFile::path).containsExactly(SITE);
  }

  @Test
  default void versionsAreNeverRewritten() {
    FileVersion first = files().put(ACME, SITE, ONE, false);
    files().put(ACME, SITE, TWO, true);
    files().delete(ACME, SITE);
    files().put(ACME, SITE, blobOf("three"), false);

    assertThat(files().version(ACME, SITE, 1)).contains(first);
    assertThat(files().version(ACME, SITE, 0)).isEmpty();
    assertThat(files().version(ACME, SITE, 5)).isEmpty();
    assertThat(files().version(ACME, SITE, -1)).isEmpty();
  }

  @Test
  default void scopesAreSeparateWithTheirOwnNumbers() {
    files().put(SHARED, SITE, ONE, false);
    files().put(SHARED, SITE, ONE, false);
    files().put(ACME, SITE, TWO, false);

    assertThat(files().find(SHARED, SITE).orElseThrow().latest().version()).isEqualTo(2);
    assertThat(files().find(ACME, SITE).orElseThrow().latest().blob()).isEqualTo(TWO);
    assertThat(files().find(ACME, SITE).orElseThrow().latest().version()).isEqualTo(1);
    assertThat(files().find(GLOBEX, SITE)).isEmpty();
    assertThat(files().list(SHARED)).extracting(StoredFile::scope).containsOnly(SHARED);

    files().delete(ACME, SITE);
    assertThat(files().find(SHARED, SITE)).isPresent();
  }

  @Test
  default void listShowsExistingFilesOrderedByPath() {
    List<String> paths =
        List.of("site.cfg", "B.cfg", "a.cfg", "a/b.cfg", "a-b.cfg", "é.cfg", "Z/z.cfg", "gone.cfg");
    for (String path : paths) {
      files().put(ACME, new FilePath(path), blobOf(path), path.endsWith(".cfg"));
    }
    files().delete(ACME, new FilePath("gone.cfg"));
    files().put(GLOBEX, new FilePath("other.cfg"), ONE, false);

    List<StoredFile> listed = files().list(ACME);

    assertThat(listed)
        .extracting(file -> file.path().value())
        .containsExactly("B.cfg", "Z/z.cfg", "a-b.cfg", "a.cfg", "a/b.cfg", "site.cfg", "é.cfg");
    assertThat(listed)
        .allSatisfy(file -> {
          assertThat(file.scope()).isEqualTo(ACME);
          assertThat(file.latest().blob()).isEqualTo(blobOf(file.path().value()));
        });
  }

  @Test
  default void unicodeBracketedAndLongestPathsAreKept() {
    FilePath brackets = new FilePath("[PHONE_MAC_ADDRESS]-lines.cfg");
    FilePath unicode = new FilePath("répertoire/東京/☎ 😀.cfg");
    String segment = "漢".repeat(FilePath.MAX_SEGMENT);
    FilePath longest =
        new FilePath(
            String.join("/", "x", segment, segment, segment, "漢".repeat(FilePath.MAX_SEGMENT - 1)));
    FilePath almost = new FilePath(longest.value().substring(0, FilePath.MAX_LENGTH - 1));

    for (FilePath path : List.of(brackets, unicode, longest, almost)) {
      files().put(ACME, path, blobOf(path.value()), false);
    }

    assertThat(longest.value()).hasSize(FilePath.MAX_LENGTH);
    for (FilePath path : List.of(brackets, unicode, longest, almost)) {
      assertThat(files().find(ACME, path).orElseThrow().latest().blob())
          .isEqualTo(blobOf(path.value()));
      assertThat(files().versions(ACME, path)).hasSize(1);
    }
    assertThat(files().list(ACME)).hasSize(4);
  }

  @Test
  default void concurrentPutsOfOnePathAllSucceedWithDistinctNumbers() throws Exception {
    files().put(ACME, SITE, ONE, false);
    assertConcurrentPutsNumberedFrom(2, ACME, SITE);
  }

  @Test
  default void concurrentFirstPutsOfANewPathAllSucceed() throws Exception {
    assertConcurrentPutsNumberedFrom(1, SHARED, new FilePath("firmware/sip.ld"));
  }

  @Test
  default void aTenantFileNeedsItsTenant() {
    assertThatThrownBy(() -> files().put(FileScope.of(id("nobody")), SITE, ONE, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody");
    assertThat(files().list(FileScope.of(id("nobody")))).isEmpty();
  }

  private void assertConcurrentPutsNumberedFrom(int first, FileScope scope, FilePath path)
      throws Exception {
    int threads = 8;
    int each = 10;
    List<Callable<List<Integer>>> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      BlobRef blob = blobOf("writer " + t);
      writers.add(() -> {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          numbers.add(files().put(scope, path, blob, false).version());
        }
        return numbers;
      });
    }

    List<Integer> numbers = runTogether(writers).stream().flatMap(List::stream).toList();

    int last = first + threads * each - 1;
    assertThat(numbers)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(first, last).boxed().toList());
    assertThat(files().versions(scope, path))
        .extracting(FileVersion::version)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, last).map(i -> last + 1 - i).boxed().toList());
    assertThat(files().find(scope, path).orElseThrow().latest().version()).isEqualTo(last);
  }
}
