package dev.ucprov.store.cache;

import static dev.ucprov.core.contract.ContractFixtures.blobOf;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.StoredFile;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachingFileRepositoryTest extends SpiedH2Store {

  static final FileScope ACME = FileScope.of(id("acme"));
  static final FileScope GLOBEX = FileScope.of(id("globex"));
  static final FileScope SHARED = FileScope.shared();
  static final FilePath LINES = new FilePath("[PHONE_MAC_ADDRESS]-lines.cfg");
  static final BlobRef ONE = blobOf("one");
  static final BlobRef TWO = blobOf("two");

  @BeforeEach
  void createTenants() {
    jdbcTenants.put(tenant("acme"));
    jdbcTenants.put(tenant("globex"));
  }

  @Test
  void aSecondFindIsAnsweredWithoutTheDatabase() {
    jdbcFiles.put(ACME, LINES, ONE, true);

    assertThat(blob(files.find(ACME, LINES))).contains(ONE);
    assertThat(blob(files.find(ACME, LINES))).contains(ONE);

    assertThat(fileCalls.calls("find")).isEqualTo(1);
  }

  @Test
  void absentFilesAreCachedPerScope() {
    assertThat(files.find(ACME, LINES)).isEmpty();
    assertThat(files.find(ACME, LINES)).isEmpty();
    assertThat(files.find(SHARED, LINES)).isEmpty();
    assertThat(files.find(SHARED, LINES)).isEmpty();

    assertThat(fileCalls.calls("find")).isEqualTo(2);
  }

  @Test
  void aPutIsSeenAtOnceInItsScopeOnly() {
    assertThat(files.find(ACME, LINES)).isEmpty();
    assertThat(files.find(GLOBEX, LINES)).isEmpty();

    files.put(ACME, LINES, ONE, true);
    assertThat(blob(files.find(ACME, LINES))).contains(ONE);
    files.put(ACME, LINES, TWO, true);
    assertThat(blob(files.find(ACME, LINES))).contains(TWO);
    assertThat(files.find(ACME, LINES).orElseThrow().latest().version()).isEqualTo(2);

    assertThat(files.find(GLOBEX, LINES)).isEmpty();
    assertThat(fileCalls.calls("find")).isEqualTo(4);
  }

  @Test
  void aDeleteIsSeenAtOnce() {
    files.put(SHARED, LINES, ONE, false);
    assertThat(files.find(SHARED, LINES)).isPresent();

    assertThat(files.delete(SHARED, LINES)).isPresent();

    assertThat(files.find(SHARED, LINES)).isEmpty();
  }

  @Test
  void aChangeMadeBehindTheCacheIsSeenOnceTheTimeToLiveHasPassed() {
    assertThat(files.find(SHARED, LINES)).isEmpty();
    jdbcFiles.put(SHARED, LINES, ONE, false);

    clock.advance(TTL.minus(Duration.ofMillis(1)));
    assertThat(files.find(SHARED, LINES)).isEmpty();

    clock.advance(Duration.ofMillis(1));
    assertThat(blob(files.find(SHARED, LINES))).contains(ONE);
    assertThat(fileCalls.calls("find")).isEqualTo(2);
  }

  @Test
  void deletingATenantForgetsItsFiles() {
    files.put(ACME, LINES, ONE, true);
    files.put(GLOBEX, LINES, TWO, true);
    files.put(SHARED, LINES, TWO, false);
    assertThat(files.find(ACME, LINES)).isPresent();
    assertThat(files.find(GLOBEX, LINES)).isPresent();

    tenants.delete(id("acme"));

    assertThat(files.find(ACME, LINES)).isEmpty();
    assertThat(blob(files.find(GLOBEX, LINES))).contains(TWO);
    assertThat(blob(files.find(SHARED, LINES))).contains(TWO);
  }

  @Test
  void historyAndListingsAlwaysAskTheDatabase() {
    files.put(ACME, LINES, ONE, true);
    assertThat(files.list(ACME)).hasSize(1);
    assertThat(files.versions(ACME, LINES)).hasSize(1);

    jdbcFiles.put(ACME, LINES, TWO, true);

    assertThat(files.versions(ACME, LINES)).hasSize(2);
    assertThat(files.version(ACME, LINES, 2).map(v -> v.blob())).contains(TWO);
    assertThat(files.list(ACME).get(0).latest().blob()).isEqualTo(TWO);
  }

  private static Optional<BlobRef> blob(Optional<StoredFile> file) {
    return file.map(found -> found.latest().blob());
  }
}
