package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShadowingTest {

  private final Served served = new Served();

  @BeforeEach
  void tenantsAndSharedFiles() {
    served.tenant("acme");
    served.tenant("globex");
    served.shared("sip.ld", "shared firmware");
    served.shared("site.cfg", "shared site");
  }

  @Test
  void aSharedFileAnswersInEveryTenant() {
    assertThat(served.text(served.get("acme/sip.ld"))).isEqualTo("shared firmware");
    assertThat(served.text(served.get("globex/sip.ld"))).isEqualTo("shared firmware");
  }

  @Test
  void aTenantFileShadowsTheSharedOneInThatTenantOnly() {
    served.file("acme", "site.cfg", "acme site");

    assertThat(served.text(served.get("acme/site.cfg"))).isEqualTo("acme site");
    assertThat(served.text(served.get("globex/site.cfg"))).isEqualTo("shared site");
  }

  @Test
  void deletingTheTenantFileUncoversTheSharedOne() {
    served.file("acme", "site.cfg", "acme site");
    served
        .store
        .files()
        .delete(
            dev.ucprov.core.files.FileScope.of(new dev.ucprov.core.tenant.TenantId("acme")),
            new dev.ucprov.core.files.FilePath("site.cfg"));

    assertThat(served.text(served.get("acme/site.cfg"))).isEqualTo("shared site");
  }

  @Test
  void oneTenantNeverSeesAnothersFiles() {
    served.file("acme", "secret.cfg", "acme only");

    assertThat(served.get("globex/secret.cfg")).isInstanceOf(FileReply.NotFound.class);
  }

  @Test
  void aStoredFileIsServedFromTheBlobStoreWithItsHashAndVersionTime() {
    var version = served.shared("3111-46162-001.sip.ld", "image bytes");

    FileReply.Served reply = (FileReply.Served) served.get("acme/3111-46162-001.sip.ld");

    assertThat(reply.body()).isEqualTo(new FileReply.Body.Stored(version.blob()));
    assertThat(reply.etag()).isEqualTo(version.blob().sha256());
    assertThat(reply.lastModified()).isEqualTo(version.time());
    assertThat(reply.contentType()).isEqualTo("application/octet-stream");
  }

  @Test
  void contentTypesFollowTheExtension() {
    assertThat(ContentTypes.of("a.cfg")).isEqualTo("application/xml");
    assertThat(ContentTypes.of("dir/A.XML")).isEqualTo("application/xml");
    assertThat(ContentTypes.of("sip.ld")).isEqualTo("application/octet-stream");
    assertThat(ContentTypes.of("logs/x-app.log")).isEqualTo("text/plain; charset=utf-8");
    assertThat(ContentTypes.of("notes.txt")).isEqualTo("text/plain; charset=utf-8");
    assertThat(ContentTypes.of("cfg")).isEqualTo("application/octet-stream");
    assertThat(ContentTypes.of("a.cfg/readme")).isEqualTo("application/octet-stream");
  }
}
