package dev.ucprov.core.contract;

import static dev.ucprov.core.contract.ContractFixtures.blobOf;
import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.runTogether;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.core.upload.Append;
import dev.ucprov.core.upload.Appended;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.Retention;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.core.upload.UploadedFile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link UploadRepository}. The repositories share one store, empty at the start of
 * every test; tenants {@code acme} and {@code globex} are created before each, with devices {@link
 * #PHONE} and {@link #OTHER} in acme and {@link #GLOBEX_PHONE} in globex.
 */
public interface UploadRepositoryContract {

  TenantId ACME = id("acme");
  TenantId GLOBEX = id("globex");
  MacAddress PHONE = mac(1);
  MacAddress OTHER = mac(2);
  MacAddress GLOBEX_PHONE = mac(3);
  Retention KEEP_ALL = new Retention(1000, Long.MAX_VALUE);

  TenantRepository tenants();

  DeviceRepository devices();

  UploadRepository uploads();

  @BeforeEach
  default void createTenantsAndDevices() {
    tenants().put(tenant("acme"));
    tenants().put(tenant("globex"));
    devices().put(device("acme", PHONE));
    devices().put(device("acme", OTHER));
    devices().put(device("globex", GLOBEX_PHONE));
  }

  private static UploadName name(MacAddress mac, String suffix) {
    return UploadName.parse(mac.value() + suffix).orElseThrow();
  }

  private static NewUpload upload(BlobRef blob) {
    return NewUpload.received("192.0.2.10", "none", blob);
  }

  private UploadVersion append(UploadName name, String content, Retention retention) {
    return uploads().append(ACME, name, upload(blobOf(content)), retention);
  }

  @Test
  default void anUnknownFileHasNothing() {
    UploadName phoneCfg = name(PHONE, "-phone.cfg");

    assertThat(uploads().latest(ACME, phoneCfg)).isEmpty();
    assertThat(uploads().versions(ACME, phoneCfg)).isEmpty();
    assertThat(uploads().version(ACME, phoneCfg, 1)).isEmpty();
    assertThat(uploads().files(ACME, PHONE)).isEmpty();
  }

  @Test
  default void theFirstAppendIsVersionOneWithEverythingItWasGiven() {
    UploadName phoneCfg = name(PHONE, "-phone.cfg");
    String credential = "device 0004f2000001 (Digest \"jürgen\")";
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);

    UploadVersion first =
        uploads()
            .append(
                ACME,
                phoneCfg,
                new NewUpload("2001:db8::7", credential, blobOf("<PHONE_CONFIG/>"), Optional.of(7)),
                KEEP_ALL);

    assertThat(first.version()).isEqualTo(1);
    assertThat(first.time()).isBetween(before, Instant.now().plusMillis(1));
    assertThat(first.source()).isEqualTo("2001:db8::7");
    assertThat(first.credential()).isEqualTo(credential);
    assertThat(first.blob()).isEqualTo(blobOf("<PHONE_CONFIG/>"));
    assertThat(first.restoredFrom()).contains(7);
    assertThat(uploads().latest(ACME, phoneCfg)).contains(first);
    assertThat(uploads().version(ACME, phoneCfg, 1)).contains(first);
    assertThat(uploads().versions(ACME, phoneCfg)).containsExactly(first);
  }

  @Test
  default void appendsAreNumberedInOrderAndListedNewestFirst() {
    UploadName directory = name(PHONE, "-directory.xml");

    UploadVersion one = append(directory, "one", KEEP_ALL);
    UploadVersion two = append(directory, "two", KEEP_ALL);
    UploadVersion three = append(directory, "one", KEEP_ALL);

    assertThat(List.of(one, two, three))
        .extracting(UploadVersion::version)
        .containsExactly(1, 2, 3);
    assertThat(three.time()).isAfterOrEqualTo(one.time());
    assertThat(three.restoredFrom()).isEmpty();
    assertThat(uploads().versions(ACME, directory)).containsExactly(three, two, one);
    assertThat(uploads().latest(ACME, directory)).contains(three);
    assertThat(uploads().version(ACME, directory, 2)).contains(two);
    assertThat(uploads().version(ACME, directory, 0)).isEmpty();
    assertThat(uploads().version(ACME, directory, 4)).isEmpty();
  }

  @Test
  default void versionsPastTheRetentionAreDroppedAndNumbersAreNotReused() {
    UploadName phoneCfg = name(PHONE, "-phone.cfg");
    Retention three = new Retention(3, Long.MAX_VALUE);

    for (int i = 1; i <= 5; i++) {
      append(phoneCfg, "content " + i, three);
    }
    UploadVersion sixth = append(phoneCfg, "content 6", three);

    assertThat(sixth.version()).isEqualTo(6);
    assertThat(uploads().versions(ACME, phoneCfg))
        .extracting(UploadVersion::version)
        .containsExactly(6, 5, 4);
    assertThat(uploads().version(ACME, phoneCfg, 3)).isEmpty();
    assertThat(uploads().version(ACME, phoneCfg, 4).orElseThrow().blob())
        .isEqualTo(blobOf("content 4"));
  }

  @Test
  default void theKindCapDropsTheOldestVersionsAcrossTheDevicesFilesOfThatKind() {
    UploadName boot = name(PHONE, "-boot.log");
    UploadName app = name(PHONE, "-app.log");
    UploadName otherBoot = name(OTHER, "-boot.log");
    UploadName phoneCfg = name(PHONE, "-phone.cfg");
    Retention tenBytes = new Retention(50, 10);

    append(boot, "b1__", tenBytes);
    append(otherBoot, "o1__", tenBytes);
    append(phoneCfg, "a much longer override", KEEP_ALL);
    append(app, "a1__", tenBytes);
    append(boot, "b2__", tenBytes);
    append(otherBoot, "o2__", tenBytes);

    assertThat(uploads().versions(ACME, boot))
        .extracting(UploadVersion::version)
        .containsExactly(2);
    assertThat(uploads().versions(ACME, app)).extracting(UploadVersion::version).containsExactly(1);
    assertThat(uploads().versions(ACME, otherBoot))
        .extracting(UploadVersion::version)
        .containsExactly(2, 1);
    assertThat(uploads().versions(ACME, phoneCfg)).hasSize(1);

    append(app, "a2__", tenBytes);

    assertThat(uploads().versions(ACME, boot))
        .extracting(UploadVersion::version)
        .containsExactly(2);
    assertThat(uploads().versions(ACME, app)).extracting(UploadVersion::version).containsExactly(2);
    assertThat(uploads().versions(ACME, otherBoot)).hasSize(2);
  }

  @Test
  default void theNewestVersionIsKeptEvenWhenItAloneExceedsTheKindCap() {
    UploadName boot = name(PHONE, "-boot.log");
    Retention threeBytes = new Retention(50, 3);
    append(boot, "ab", threeBytes);

    UploadVersion large = append(boot, "larger than three", threeBytes);

    assertThat(uploads().versions(ACME, boot)).containsExactly(large);
  }

  @Test
  default void aFileWhoseVersionsWereAllDroppedIsNotListedAndKeepsCounting() {
    UploadName boot = name(PHONE, "-boot.log");
    UploadName app = name(PHONE, "-app.log");
    Retention fourBytes = new Retention(50, 4);
    append(boot, "b1__", fourBytes);

    append(app, "a1__", fourBytes);

    assertThat(uploads().latest(ACME, boot)).isEmpty();
    assertThat(uploads().files(ACME, PHONE))
        .extracting(file -> file.name().name())
        .containsExactly(app.name());
    assertThat(append(boot, "b2__", fourBytes).version()).isEqualTo(2);
  }

  @Test
  default void filesListsTheDevicesFilesByNameWithTheirNewestVersion() {
    UploadVersion web = append(name(PHONE, "-web.cfg"), "web", KEEP_ALL);
    append(name(PHONE, "-app.log"), "old", KEEP_ALL);
    UploadVersion log = append(name(PHONE, "-app.log"), "new", KEEP_ALL);
    append(name(OTHER, "-web.cfg"), "other", KEEP_ALL);
    uploads().append(GLOBEX, name(GLOBEX_PHONE, "-web.cfg"), upload(blobOf("globex")), KEEP_ALL);

    List<UploadedFile> files = uploads().files(ACME, PHONE);

    assertThat(files)
        .containsExactly(
            new UploadedFile(name(PHONE, "-app.log"), log),
            new UploadedFile(name(PHONE, "-web.cfg"), web));
    assertThat(uploads().files(GLOBEX, PHONE)).isEmpty();
    assertThat(uploads().files(ACME, GLOBEX_PHONE)).isEmpty();
    assertThat(uploads().files(GLOBEX, GLOBEX_PHONE)).hasSize(1);
  }

  @Test
  default void anUploadNeedsADeviceOfItsTenant() {
    UploadName unknown = name(mac(99), "-phone.cfg");
    UploadName elsewhere = name(GLOBEX_PHONE, "-phone.cfg");

    assertThatThrownBy(() -> append(unknown, "x", KEEP_ALL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(mac(99).value());
    assertThatThrownBy(() -> append(elsewhere, "x", KEEP_ALL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(GLOBEX_PHONE.value());
    assertThat(uploads().latest(ACME, elsewhere)).isEmpty();
    assertThat(uploads().latest(GLOBEX, elsewhere)).isEmpty();
  }

  @Test
  default void deletingTheDeviceDeletesItsUploadsForGood() {
    UploadName phoneCfg = name(PHONE, "-phone.cfg");
    append(phoneCfg, "mine", KEEP_ALL);
    append(name(OTHER, "-phone.cfg"), "kept", KEEP_ALL);

    devices().delete(ACME, PHONE);
    devices().put(device("acme", PHONE));

    assertThat(uploads().latest(ACME, phoneCfg)).isEmpty();
    assertThat(uploads().files(ACME, PHONE)).isEmpty();
    assertThat(uploads().files(ACME, OTHER)).hasSize(1);
    assertThat(append(phoneCfg, "new", KEEP_ALL).version()).isEqualTo(1);
  }

  @Test
  default void deletingTheTenantDeletesItsUploads() {
    append(name(PHONE, "-phone.cfg"), "mine", KEEP_ALL);
    uploads().append(GLOBEX, name(GLOBEX_PHONE, "-web.cfg"), upload(blobOf("globex")), KEEP_ALL);

    tenants().delete(ACME);

    assertThat(uploads().files(ACME, PHONE)).isEmpty();
    assertThat(uploads().files(GLOBEX, GLOBEX_PHONE)).hasSize(1);
  }

  @Test
  default void concurrentAppendsToOneFileAllSucceedWithDistinctNumbers() throws Exception {
    UploadName directory = name(PHONE, "-directory.xml");
    int threads = 8;
    int each = 10;
    List<Callable<List<Integer>>> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      BlobRef blob = blobOf("writer " + t);
      writers.add(() -> {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          numbers.add(uploads().append(ACME, directory, upload(blob), KEEP_ALL).version());
        }
        return numbers;
      });
    }

    List<Integer> numbers = runTogether(writers).stream().flatMap(List::stream).toList();

    int last = threads * each;
    assertThat(numbers)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, last).boxed().toList());
    assertThat(uploads().versions(ACME, directory)).hasSize(last);
    assertThat(uploads().latest(ACME, directory).orElseThrow().version()).isEqualTo(last);
  }

  @Test
  default void appendAllStoresInOrderAsAppendsOneAfterTheOtherWould() {
    UploadName directory = name(PHONE, "-directory.xml");
    UploadName web = name(OTHER, "-web.cfg");
    append(directory, "before", KEEP_ALL);

    List<Appended> results =
        uploads()
            .appendAll(
                List.of(
                    new Append(ACME, directory, upload(blobOf("one")), KEEP_ALL),
                    new Append(ACME, web, upload(blobOf("web")), KEEP_ALL),
                    new Append(ACME, directory, upload(blobOf("two")), KEEP_ALL)));

    assertThat(results)
        .extracting(result -> result.versionOrThrow().version())
        .containsExactly(2, 1, 3);
    assertThat(uploads().versions(ACME, directory))
        .extracting(version -> version.blob())
        .containsExactly(blobOf("two"), blobOf("one"), blobOf("before"));
    assertThat(uploads().latest(ACME, web).orElseThrow())
        .isEqualTo(results.get(1).versionOrThrow());
    assertThat(uploads().appendAll(List.of())).isEmpty();
  }

  @Test
  default void anAppendOfAnotherTenantsDeviceFailsAloneInItsBatch() {
    UploadName phoneCfg = name(PHONE, "-phone.cfg");
    UploadName elsewhere = name(GLOBEX_PHONE, "-phone.cfg");
    UploadName unknown = name(mac(99), "-phone.cfg");

    List<Appended> results =
        uploads()
            .appendAll(
                List.of(
                    new Append(ACME, elsewhere, upload(blobOf("x")), KEEP_ALL),
                    new Append(ACME, phoneCfg, upload(blobOf("mine")), KEEP_ALL),
                    new Append(ACME, unknown, upload(blobOf("y")), KEEP_ALL)));

    assertThat(results.get(0)).isInstanceOf(Appended.NotADevice.class);
    assertThat(((Appended.NotADevice) results.get(0)).message()).contains(GLOBEX_PHONE.value());
    assertThat(results.get(1).versionOrThrow().version()).isEqualTo(1);
    assertThat(((Appended.NotADevice) results.get(2)).message()).contains(mac(99).value());
    assertThatThrownBy(() -> results.get(2).versionOrThrow())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(uploads().latest(ACME, elsewhere)).isEmpty();
    assertThat(uploads().latest(GLOBEX, elsewhere)).isEmpty();
    assertThat(uploads().latest(ACME, phoneCfg)).isPresent();
  }

  @Test
  default void aBatchKeepsWhatTheRetentionAfterEachAppendWouldKeep() {
    UploadName boot = name(PHONE, "-boot.log");
    UploadName app = name(PHONE, "-app.log");
    UploadName phoneCfg = name(PHONE, "-phone.cfg");
    Retention tenBytes = new Retention(2, 10);
    Retention two = new Retention(2, Long.MAX_VALUE);
    append(boot, "b1__", tenBytes);
    append(app, "a1__", tenBytes);

    uploads()
        .appendAll(
            List.of(
                new Append(ACME, boot, upload(blobOf("b2__")), tenBytes),
                new Append(ACME, phoneCfg, upload(blobOf("p1")), two),
                new Append(ACME, phoneCfg, upload(blobOf("p2")), two),
                new Append(ACME, app, upload(blobOf("a2__")), tenBytes),
                new Append(ACME, phoneCfg, upload(blobOf("p3")), two)));

    assertThat(uploads().versions(ACME, boot))
        .extracting(UploadVersion::version)
        .containsExactly(2);
    assertThat(uploads().versions(ACME, app)).extracting(UploadVersion::version).containsExactly(2);
    assertThat(uploads().versions(ACME, phoneCfg))
        .extracting(UploadVersion::version)
        .containsExactly(3, 2);
  }

  @Test
  default void aBatchOfNewLogFilesPastTheCapKeepsTheNewest() {
    UploadName boot = name(PHONE, "-boot.log");
    UploadName app = name(PHONE, "-app.log");
    Retention sixBytes = new Retention(50, 6);

    uploads()
        .appendAll(
            List.of(
                new Append(ACME, boot, upload(blobOf("b1__")), sixBytes),
                new Append(ACME, app, upload(blobOf("a1__")), sixBytes),
                new Append(ACME, boot, upload(blobOf("b2")), sixBytes)));

    assertThat(uploads().versions(ACME, boot))
        .extracting(UploadVersion::version)
        .containsExactly(2);
    assertThat(uploads().versions(ACME, app)).extracting(UploadVersion::version).containsExactly(1);
  }
}
