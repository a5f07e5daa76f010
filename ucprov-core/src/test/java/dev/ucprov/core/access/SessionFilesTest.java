package dev.ucprov.core.access;

import static dev.ucprov.core.access.LoginWorld.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.Retention;
import dev.ucprov.core.upload.UploadName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an FTP session may list: no other device's files, whoever asks (issue 5 point 3). */
class SessionFilesTest {

  private final LoginWorld world = new LoginWorld();
  private final Tenant acme = world.tenant("acme", credentials("boss", "acme-pw"), false);
  private final MacAddress alice = world.device(acme, "0004f2000001", "alice", "a1");
  private final MacAddress bob = world.device(acme, "0004f2000002", "bob", "b2");
  private final SessionFiles files = new SessionFiles(world.store.files(), world.store.uploads());

  @BeforeEach
  void storeFiles() throws IOException {
    file(FileScope.of(acme.id()), "000000000000.cfg", false);
    file(FileScope.of(acme.id()), "site.cfg", false);
    file(FileScope.of(acme.id()), "[PHONE_MAC_ADDRESS]-lines.cfg", true);
    file(FileScope.of(acme.id()), "overrides/0004F2000001-phone.cfg", false);
    file(FileScope.of(acme.id()), "0004f2000002.cfg", false);
    file(FileScope.shared(), "sip.ld", false);
    file(FileScope.shared(), "site.cfg", false);
    file(FileScope.shared(), "0004f2000003-license.cfg", false);
    upload(bob, "0004f2000002-app.log");
    upload(alice, "0004f2000001-app.log");
  }

  @Test
  void aTenantLoginListsTheTenantsAndSharedFilesThatNameNoMac() {
    assertThat(names(new Login.AsTenant(acme, "boss", Proof.none())))
        .containsExactly("000000000000.cfg", "sip.ld", "site.cfg");
    assertThat(names(new Login.Anonymous(acme)))
        .containsExactly("000000000000.cfg", "sip.ld", "site.cfg");
  }

  @Test
  void aDeviceLoginAlsoListsItsOwnMacsFilesAndUploadsButNoOtherDevices() {
    assertThat(names(new Login.AsDevice(acme, List.of(alice), "alice", Proof.none())))
        .containsExactly(
            "000000000000.cfg",
            "0004f2000001-app.log",
            "0004f2000001-lines.cfg",
            "overrides/0004f2000001-phone.cfg",
            "sip.ld",
            "site.cfg");
    assertThat(names(new Login.AsDevice(acme, List.of(bob), "bob", Proof.none())))
        .containsExactly(
            "000000000000.cfg",
            "0004f2000002-app.log",
            "0004f2000002-lines.cfg",
            "0004f2000002.cfg",
            "sip.ld",
            "site.cfg");
  }

  private List<String> names(Login.Accepted login) {
    return files.listable(login).stream().map(FilePath::value).toList();
  }

  private void file(FileScope scope, String path, boolean template) throws IOException {
    world
        .store
        .files()
        .put(
            scope,
            new FilePath(path),
            world.store.blobs().put(path.getBytes(StandardCharsets.UTF_8)),
            template);
  }

  private void upload(MacAddress mac, String name) throws IOException {
    world
        .store
        .uploads()
        .append(
            acme.id(),
            UploadName.parse(name).orElseThrow(),
            NewUpload.received(
                "10.0.0.1",
                "test",
                world.store.blobs().put("log\n".getBytes(StandardCharsets.UTF_8))),
            new Retention(5, 100_000));
    assertThat(Optional.of(mac)).isPresent();
  }
}
