package dev.ucprov.core.operator;

import static dev.ucprov.core.operator.TenantCatalogTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.PlaceholderRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FileLibraryTest {

  private static final Optional<String> ACME = Optional.of("acme");
  private static final Optional<String> SHARED = Optional.empty();

  private final InMemoryStore store = new InMemoryStore();
  private final FileLibrary library =
      new FileLibrary(store.tenants(), store.files(), store.blobs(), new PlaceholderRenderer());

  @BeforeEach
  void acme() {
    new TenantCatalog(store.tenants()).put("acme", new TenantForm("Acme", null, null, null));
  }

  @Test
  void theFirstPutCreatesVersionOneAndTheNextIsOk() throws IOException {
    Outcome<FileVersion> first = library.put(ACME, "site.cfg", body("one"), false);
    Outcome<FileVersion> second = library.put(ACME, "site.cfg", body("two"), false);

    assertThat(first)
        .isInstanceOfSatisfying(
            Outcome.Created.class,
            c -> assertThat(((FileVersion) c.value()).version()).isEqualTo(1));
    assertThat(second)
        .isInstanceOfSatisfying(
            Outcome.Ok.class, c -> assertThat(((FileVersion) c.value()).version()).isEqualTo(2));
    assertThat(text(library.get(ACME, "site.cfg"))).isEqualTo("two");
  }

  @Test
  void sharedFilesHaveTheirOwnPlace() throws IOException {
    library.put(SHARED, "sip.ld", body("firmware"), false);

    assertThat(text(library.get(SHARED, "sip.ld"))).isEqualTo("firmware");
    assertThat(library.get(ACME, "sip.ld")).isInstanceOf(Outcome.NotFound.class);
    assertThat(library.list(SHARED))
        .isInstanceOfSatisfying(
            Outcome.Ok.class, ok -> assertThat((List<?>) ok.value()).hasSize(1));
  }

  @Test
  void aTemplateThatDoesNotCompileIsRefusedWithItsLineAndNothingIsStored() throws IOException {
    library.put(ACME, "[PHONE_MAC_ADDRESS].cfg", body("good {{ device.mac }}"), true);

    Outcome<FileVersion> refused =
        library.put(ACME, "[PHONE_MAC_ADDRESS].cfg", body("line one\nbroken {{ device.mac"), true);

    assertThat(refused)
        .isInstanceOfSatisfying(
            Outcome.Invalid.class,
            invalid -> {
              assertThat(invalid.field()).isEqualTo("body");
              assertThat(invalid.message()).contains("line 2", "unclosed");
            });
    assertThat(text(library.get(ACME, "[PHONE_MAC_ADDRESS].cfg")))
        .isEqualTo("good {{ device.mac }}");
    assertThat(versions(ACME, "[PHONE_MAC_ADDRESS].cfg")).hasSize(1);
  }

  @Test
  void aTemplateMustBeUtf8AndNotHuge() throws IOException {
    byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(field(library.put(ACME, "t.cfg", new ByteArrayInputStream(latin1), true)))
        .isEqualTo("body");
    byte[] huge = new byte[FileLibrary.MAX_TEMPLATE_BYTES + 1];
    assertThat(field(library.put(ACME, "t.cfg", new ByteArrayInputStream(huge), true)))
        .isEqualTo("body");
    assertThat(library.get(ACME, "t.cfg")).isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void aNonTemplateMayBeAnyBytes() throws IOException {
    byte[] latin1 = "caf\u00e9 {{".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(library.put(ACME, "t.cfg", new ByteArrayInputStream(latin1), false))
        .isInstanceOf(Outcome.Created.class);
  }

  @Test
  void anUnsafePathIsInvalidAndAnUnknownTenantNotFound() throws IOException {
    for (String path : List.of("../x.cfg", "/x.cfg", "a//b.cfg", "a\\b.cfg", "")) {
      assertThat(field(library.put(ACME, path, body("x"), false))).as(path).isEqualTo("path");
    }
    assertThat(library.put(Optional.of("nobody"), "x.cfg", body("x"), false))
        .isInstanceOf(Outcome.NotFound.class);
    assertThat(library.list(Optional.of("Not Valid"))).isInstanceOf(Outcome.NotFound.class);
    assertThat(
            store
                .files()
                .list(
                    dev.ucprov.core.files.FileScope.of(
                        new dev.ucprov.core.tenant.TenantId("acme"))))
        .isEmpty();
  }

  @Test
  void deleteIsAVersionAndRestoringItBringsTheContentBack() throws IOException {
    library.put(ACME, "site.cfg", body("one"), false);
    library.put(ACME, "site.cfg", body("two"), true);

    Outcome<FileVersion> deleted = library.delete(ACME, "site.cfg");
    assertThat(deleted)
        .isInstanceOfSatisfying(
            Outcome.Ok.class,
            ok -> {
              FileVersion v = (FileVersion) ok.value();
              assertThat(v.version()).isEqualTo(3);
              assertThat(v.deleted()).isTrue();
            });
    assertThat(library.get(ACME, "site.cfg")).isInstanceOf(Outcome.NotFound.class);
    assertThat(library.delete(ACME, "site.cfg")).isInstanceOf(Outcome.NotFound.class);

    assertThat(library.restore(ACME, "site.cfg", 3)).isInstanceOf(Outcome.Created.class);
    assertThat(text(library.get(ACME, "site.cfg"))).isEqualTo("two");
    assertThat(stored(library.get(ACME, "site.cfg")).latest().template()).isTrue();
  }

  @Test
  void restoringAnEarlierVersionMakesANewVersionWithItsContent() throws IOException {
    library.put(ACME, "site.cfg", body("one"), false);
    library.put(ACME, "site.cfg", body("two"), true);

    Outcome<FileVersion> restored = library.restore(ACME, "site.cfg", 1);

    assertThat(restored)
        .isInstanceOfSatisfying(
            Outcome.Ok.class, ok -> assertThat(((FileVersion) ok.value()).version()).isEqualTo(3));
    assertThat(text(library.get(ACME, "site.cfg"))).isEqualTo("one");
    assertThat(stored(library.get(ACME, "site.cfg")).latest().template()).isFalse();
    assertThat(versions(ACME, "site.cfg"))
        .extracting(FileVersion::version)
        .containsExactly(3, 2, 1);
    assertThat(library.restore(ACME, "site.cfg", 9)).isInstanceOf(Outcome.NotFound.class);
    assertThat(library.versions(ACME, "other.cfg")).isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void aBodyThatFailsMidwayStoresNothing() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };

    assertThatThrownBy(() -> library.put(ACME, "sip.ld", broken, false))
        .isInstanceOf(IOException.class);
    assertThat(library.get(ACME, "sip.ld")).isInstanceOf(Outcome.NotFound.class);
  }

  private static InputStream body(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private List<FileVersion> versions(Optional<String> tenant, String path) {
    return ((Outcome.Ok<List<FileVersion>>) library.versions(tenant, path)).value();
  }

  private static StoredFile stored(Outcome<StoredFile> outcome) {
    return ((Outcome.Ok<StoredFile>) outcome).value();
  }

  private String text(Outcome<StoredFile> outcome) throws IOException {
    byte[] bytes = store.blobs().read(stored(outcome).latest().blob()).orElseThrow();
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
