package dev.ucprov.store.cache;

import static dev.ucprov.core.contract.ContractFixtures.blobOf;
import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.provisioning.MemoryOnly;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.Retention;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.store.JdbcUploadRepository;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 0023: over a database this process alone writes, a path or upload name never stored is
 * answered inside {@link MemoryOnly#call} without the database, and one stored, before this process
 * started or since, is still found there.
 */
class FingerprintedReadsTest extends SpiedH2Store {

  static final TenantId ACME = id("acme");
  static final FileScope ACME_FILES = FileScope.of(ACME);
  static final MacAddress PHONE = mac(1);
  static final FilePath MASTER = new FilePath("000000000000.cfg");
  static final FilePath FIRMWARE = new FilePath("firmware/sip.ld");
  static final FilePath PHONE_OVERRIDE = new FilePath("overrides/" + PHONE.value() + "-phone.cfg");
  static final UploadName WEB = UploadName.parse(PHONE.value() + "-web.cfg").orElseThrow();
  static final UploadName DIRECTORY =
      UploadName.parse(PHONE.value() + "-directory.xml").orElseThrow();
  static final UploadName PHONE_CFG = UploadName.parse(PHONE.value() + "-phone.cfg").orElseThrow();
  static final UploadName APP_LOG = UploadName.parse(PHONE.value() + "-app.log").orElseThrow();
  static final Retention KEEP = new Retention(10, Long.MAX_VALUE);

  final JdbcUploadRepository jdbcUploads = new JdbcUploadRepository(database, Clock.systemUTC());
  CachingFileRepository soleFiles;
  FingerprintedUploads soleUploads;

  @BeforeEach
  void storedBeforeThisProcessStarted() {
    jdbcTenants.put(tenant("acme"));
    jdbcDevices.put(device("acme", PHONE, "VVX_410"));
    jdbcFiles.put(ACME_FILES, MASTER, blob("master"), false);
    jdbcFiles.put(FileScope.shared(), FIRMWARE, blob("firmware"), false);
    jdbcUploads.append(ACME, WEB, upload("web"), KEEP);
    jdbcUploads.append(ACME, APP_LOG, upload("log"), KEEP);

    soleFiles =
        CachingFileRepository.soleWriter(fileCalls.repository(), cache, jdbcFiles::forEachPath);
    soleUploads =
        FingerprintedUploads.soleWriter(
            jdbcUploads, add -> jdbcUploads.forEachName(FingerprintedUploads.READ_BACK, add));
  }

  @Test
  void aPathNeverStoredIsAnsweredFromMemoryWithoutTheDatabase() {
    assertThat(MemoryOnly.call(() -> soleFiles.find(ACME_FILES, PHONE_OVERRIDE))).isEmpty();
    assertThat(MemoryOnly.call(() -> soleFiles.find(FileScope.shared(), MASTER))).isEmpty();
    assertThat(MemoryOnly.call(() -> soleFiles.find(ACME_FILES, FIRMWARE))).isEmpty();

    assertThat(fileCalls.calls("find")).isZero();
    assertThat(soleFiles.fingerprints()).isEqualTo(2);
  }

  @Test
  void pathsStoredBeforeTheStartOrSinceAreFound() {
    soleFiles.put(ACME_FILES, PHONE_OVERRIDE, blob("override"), false);

    assertThat(soleFiles.find(ACME_FILES, MASTER)).isPresent();
    assertThat(soleFiles.find(FileScope.shared(), FIRMWARE)).isPresent();
    assertThat(soleFiles.find(ACME_FILES, PHONE_OVERRIDE)).isPresent();
    // A path that may be stored is never answered "absent" from memory: it takes the database.
    assertThat(MemoryOnly.call(() -> soleFiles.find(ACME_FILES, PHONE_OVERRIDE))).isPresent();
    soleFiles.delete(ACME_FILES, PHONE_OVERRIDE);
    assertThat(soleFiles.find(ACME_FILES, PHONE_OVERRIDE)).isEmpty();
  }

  @Test
  void aStoredPathNotCachedYetStillGoesToTheDatabase() {
    assertThatThrownBy(() -> MemoryOnly.call(() -> soleFiles.find(ACME_FILES, MASTER)))
        .isInstanceOf(MemoryOnly.WouldBlock.class);
  }

  @Test
  void anUploadNameNeverWrittenIsAnsweredFromMemory() {
    assertThat(MemoryOnly.call(() -> soleUploads.latest(ACME, PHONE_CFG))).isEmpty();
    assertThat(MemoryOnly.call(() -> soleUploads.latest(ACME, DIRECTORY))).isEmpty();
    assertThat(MemoryOnly.call(() -> soleUploads.versions(ACME, DIRECTORY))).isEmpty();
    assertThat(MemoryOnly.call(() -> soleUploads.latest(id("globex"), WEB))).isEmpty();
    assertThat(soleUploads.fingerprints()).isEqualTo(1);
  }

  @Test
  void uploadNamesWrittenBeforeTheStartOrSinceGoToTheDatabase() {
    soleUploads.append(ACME, DIRECTORY, upload("contacts"), KEEP);

    assertThatThrownBy(() -> MemoryOnly.call(() -> soleUploads.latest(ACME, WEB)))
        .isInstanceOf(MemoryOnly.WouldBlock.class);
    assertThatThrownBy(() -> MemoryOnly.call(() -> soleUploads.latest(ACME, DIRECTORY)))
        .isInstanceOf(MemoryOnly.WouldBlock.class);
    assertThat(soleUploads.latest(ACME, WEB).orElseThrow().version()).isEqualTo(1);
    assertThat(soleUploads.latest(ACME, DIRECTORY).orElseThrow().blob())
        .isEqualTo(blobOf("contacts"));
  }

  /** Phones never fetch logs, so log names are not fingerprinted and always read. */
  @Test
  void logsAreAlwaysRead() {
    UploadName neverWritten = UploadName.parse(PHONE.value() + "-boot.log").orElseThrow();

    assertThatThrownBy(() -> MemoryOnly.call(() -> soleUploads.latest(ACME, neverWritten)))
        .isInstanceOf(MemoryOnly.WouldBlock.class);
    assertThat(soleUploads.latest(ACME, APP_LOG)).isPresent();
  }

  private static BlobRef blob(String content) {
    return blobOf(content);
  }

  private static NewUpload upload(String content) {
    return NewUpload.received("192.0.2.1", "", blobOf(content));
  }
}
