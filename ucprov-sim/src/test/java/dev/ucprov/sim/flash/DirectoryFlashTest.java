package dev.ucprov.sim.flash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flash in a directory keeps files, ETags and settings across instances. */
class DirectoryFlashTest {

  @TempDir Path dir;

  @Test
  void whatIsStoredIsThereForTheNextRun() {
    DirectoryFlash flash = DirectoryFlash.open(dir);
    flash.store(
        "server:overrides/0004f2aabbcc-phone.cfg",
        new CachedFile(new byte[] {1, 2}, Optional.of("\"e1\"")));
    flash.store("local:directory.xml", CachedFile.of(new byte[] {3}));
    flash.setting("app.version", "6.0.0.1");

    DirectoryFlash again = DirectoryFlash.open(dir);

    assertThat(again.file("server:overrides/0004f2aabbcc-phone.cfg").orElseThrow().content())
        .containsExactly(1, 2);
    assertThat(again.file("server:overrides/0004f2aabbcc-phone.cfg").orElseThrow().etag())
        .contains("\"e1\"");
    assertThat(again.file("local:directory.xml").orElseThrow().etag()).isEmpty();
    assertThat(again.setting("app.version")).contains("6.0.0.1");
    assertThat(again.names())
        .containsExactly("local:directory.xml", "server:overrides/0004f2aabbcc-phone.cfg");
  }

  @Test
  void formatAndEraseRemove() {
    DirectoryFlash flash = DirectoryFlash.open(dir);
    flash.store("a", CachedFile.of(new byte[] {1}));
    flash.store("b", CachedFile.of(new byte[] {2}));
    flash.setting("k", "v");

    flash.erase("a");
    assertThat(flash.file("a")).isEmpty();
    assertThat(flash.file("b")).isPresent();

    flash.format();
    assertThat(flash.file("b")).isEmpty();
    assertThat(flash.setting("k")).isEmpty();
  }
}
