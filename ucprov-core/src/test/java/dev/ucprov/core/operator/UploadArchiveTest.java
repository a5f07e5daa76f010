package dev.ucprov.core.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.UploadLimits;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.core.upload.UploadedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UploadArchiveTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final MacAddress MAC = MacAddress.parse("0004f2aabbcc");
  private static final UploadName PHONE_CFG =
      UploadName.parse("0004f2aabbcc-phone.cfg").orElseThrow();

  private final InMemoryStore store = new InMemoryStore();
  private final UploadArchive archive =
      new UploadArchive(
          new DeviceCatalog(store.tenants(), store.devices(), store.inventory()),
          store.uploads(),
          new UploadLimits(100, 100, 100, 100, 100, 3));

  @BeforeEach
  void acme() {
    for (String id : List.of("acme", "globex")) {
      store.tenants().put(new Tenant(new TenantId(id), id, List.of(), Optional.empty(), Map.of()));
    }
    store
        .devices()
        .put(new Device(ACME, MAC, Optional.empty(), Optional.empty(), Map.of(), Optional.empty()));
  }

  private UploadVersion upload(UploadName name, String content) throws IOException {
    BlobRef blob = store.blobs().put(content.getBytes(StandardCharsets.UTF_8));
    return store
        .uploads()
        .append(
            ACME,
            name,
            NewUpload.received("192.0.2.10", "none", blob),
            new UploadLimits(100, 100, 100, 100, 100, 3).retention(name.kind()));
  }

  @Test
  void aResetLocalConfigIsAVersionWhatCameBeforeItCanBeRestored() throws IOException {
    UploadVersion settings = upload(PHONE_CFG, "<PHONE_CONFIG><OVERRIDES a=\"1\"/></PHONE_CONFIG>");
    upload(PHONE_CFG, "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>");

    Outcome<UploadVersion> restored =
        archive.restore("acme", "00:04:F2:AA:BB:CC", PHONE_CFG.name(), 1);

    assertThat(restored)
        .isInstanceOfSatisfying(
            Outcome.Ok.class,
            ok -> {
              UploadVersion version = (UploadVersion) ok.value();
              assertThat(version.version()).isEqualTo(3);
              assertThat(version.blob()).isEqualTo(settings.blob());
              assertThat(version.source()).isEqualTo("admin API");
              assertThat(version.credential()).isEqualTo("admin token");
              assertThat(version.restoredFrom()).contains(1);
            });
    assertThat(store.uploads().latest(ACME, PHONE_CFG).orElseThrow().blob())
        .isEqualTo(settings.blob());
  }

  @Test
  void filesVersionsAndOneVersionAreListed() throws IOException {
    upload(PHONE_CFG, "one");
    UploadVersion two = upload(PHONE_CFG, "two");
    UploadName log = UploadName.parse("0004f2aabbcc-app.log").orElseThrow();
    UploadVersion logged = upload(log, "log");

    assertThat(archive.files("acme", "0004f2aabbcc"))
        .isEqualTo(
            new Outcome.Ok<>(
                List.of(new UploadedFile(log, logged), new UploadedFile(PHONE_CFG, two))));
    assertThat(archive.versions("acme", "0004f2aabbcc", "0004F2AABBCC-phone.cfg"))
        .isInstanceOfSatisfying(
            Outcome.Ok.class,
            ok -> assertThat((List<?>) ok.value()).hasSize(2).first().isEqualTo(two));
    assertThat(archive.version("acme", "0004f2aabbcc", PHONE_CFG.name(), 2))
        .isEqualTo(new Outcome.Ok<>(two));
  }

  @Test
  void refusalsNameWhatIsMissingOrWrong() throws IOException {
    upload(PHONE_CFG, "one");

    assertThat(archive.files("acme", "0004f2ffffff")).isInstanceOf(Outcome.NotFound.class);
    assertThat(archive.files("globex", "0004f2aabbcc")).isInstanceOf(Outcome.NotFound.class);
    assertThat(archive.files("nobody", "0004f2aabbcc")).isInstanceOf(Outcome.NotFound.class);
    assertThat(archive.files("acme", "not-a-mac")).isInstanceOf(Outcome.Invalid.class);
    assertThat(archive.versions("acme", "0004f2aabbcc", "0004f2aabbcc-web.cfg"))
        .isEqualTo(
            new Outcome.NotFound<>("device 0004f2aabbcc has uploaded no 0004f2aabbcc-web.cfg"));
    assertThat(archive.version("acme", "0004f2aabbcc", PHONE_CFG.name(), 2))
        .isEqualTo(
            new Outcome.NotFound<>(
                "no version 2 of 0004f2aabbcc-phone.cfg (kept: see its versions)"));
    assertThat(archive.restore("acme", "0004f2aabbcc", PHONE_CFG.name(), 9))
        .isInstanceOf(Outcome.NotFound.class);
    for (String name :
        List.of("site.cfg", "0004f2000001-phone.cfg", "overrides/0004f2aabbcc-phone.cfg")) {
      assertThat(archive.versions("acme", "0004f2aabbcc", name))
          .isInstanceOfSatisfying(
              Outcome.Invalid.class,
              invalid ->
                  assertThat(invalid.message())
                      .startsWith(
                          "name: \"" + name + "\" is not a file device 0004f2aabbcc writes"));
    }
    assertThat(store.uploads().versions(ACME, PHONE_CFG)).hasSize(1);
  }

  @Test
  void aRestoreCountsAgainstTheVersionsKept() throws IOException {
    upload(PHONE_CFG, "one");
    upload(PHONE_CFG, "two");
    upload(PHONE_CFG, "three");

    archive.restore("acme", "0004f2aabbcc", PHONE_CFG.name(), 1);

    assertThat(store.uploads().versions(ACME, PHONE_CFG))
        .extracting(UploadVersion::version)
        .containsExactly(4, 3, 2);
  }
}
