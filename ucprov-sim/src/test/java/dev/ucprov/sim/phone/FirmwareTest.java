package dev.ucprov.sim.phone;

import static dev.ucprov.sim.phone.Phones.phone;
import static dev.ucprov.sim.phone.Phones.server;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.flash.MemoryFlash;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The firmware is fetched only when its version differs (issue 7 point 1; FirmwareStep). */
class FirmwareTest {

  @Test
  void theSameVersionInSipVerSkipsTheImage() {
    FakeServer server = server();

    BootResult result = phone(server).boot();

    assertThat(server.paths()).contains("GET sip.ver").doesNotContain("GET sip.ld");
    assertThat(result.steps())
        .filteredOn(s -> s.kind() == StepKind.FIRMWARE)
        .singleElement()
        .satisfies(s -> {
          assertThat(s.result()).isEqualTo(StepResult.SKIPPED);
          assertThat(s.note()).isEqualTo("already running 5.9.0.9373");
        });
  }

  @Test
  void anotherVersionIsFetchedSplitImageFirstAndThenRuns() {
    FakeServer server = server().put("sip.ver", "6.0.0.1234");
    MemoryFlash flash = new MemoryFlash();

    BootResult first = phone(server, flash).boot();

    assertThat(server.paths())
        .containsSubsequence("GET sip.ver", "GET 3111-46162-001.sip.ld", "GET sip.ld");
    assertThat(first.firmwareVersion()).isEqualTo("6.0.0.1234");
    assertThat(first.steps())
        .filteredOn(s -> s.kind() == StepKind.FIRMWARE && s.status() == 200)
        .singleElement()
        .satisfies(s -> assertThat(s.bytes()).isEqualTo("firmware image".length()));

    server.forget();
    BootResult second = phone(server, flash).boot();

    assertThat(server.paths()).doesNotContain("GET sip.ld");
    assertThat(server.requests().getFirst().userAgent()).contains("-UA/6.0.0.1234 ");
    assertThat(second.firmwareVersion()).isEqualTo("6.0.0.1234");
  }

  @Test
  void withoutSipVerTheImageIsComparedWithTheLastOne() {
    FakeServer server = server().remove("sip.ver");
    MemoryFlash flash = new MemoryFlash();

    phone(server, flash).boot();
    BootResult second = phone(server, flash).boot();

    assertThat(second.steps())
        .filteredOn(s -> s.kind() == StepKind.FIRMWARE && s.status() == 200)
        .singleElement()
        .satisfies(s -> assertThat(s.note()).isEqualTo("same image, not installed"));
  }

  @Test
  void withConditionalGetTheLastImagesEtagMakesIt304() {
    FakeServer server = server().remove("sip.ver");
    MemoryFlash flash = new MemoryFlash();
    PhoneSetup setup = Phones.setup(server).withFlash(flash).withConditionalGet(true);

    new VirtualPhone(setup).boot();
    BootResult second = new VirtualPhone(setup).boot();

    assertThat(second.steps())
        .filteredOn(s -> s.kind() == StepKind.FIRMWARE)
        .last()
        .satisfies(s -> {
          assertThat(s.status()).isEqualTo(304);
          assertThat(s.cache()).isEqualTo(CacheUse.NOT_MODIFIED);
        });
  }

  @Test
  void noImageOnTheServerKeepsTheRunningVersionWithoutFailingTheBoot() {
    FakeServer server = server().remove("sip.ld").put("sip.ver", "6.0.0.1");

    BootResult result = phone(server).boot();

    assertThat(result.firmwareVersion()).isEqualTo("5.9.0.9373");
    assertThat(result.failed()).isFalse();
  }

  @Test
  void aModelWithoutPartNumberAsksOnlyForTheNamedImage() {
    FakeServer server = server().put("sip.ver", "6.0.0.1");
    PhoneProfile profile =
        new PhoneProfile(MacAddress.parse("0004f2aabbcc"), "SSIP_6000", "5.9.0.1");

    new VirtualPhone(
            PhoneSetup.of(
                profile, new BootServerSetting.Fixed(URI.create(FakeServer.ROOT)), server))
        .boot();

    assertThat(server.paths()).contains("GET sip.ld").noneMatch(p -> p.endsWith(".sip.ld"));
  }
}
