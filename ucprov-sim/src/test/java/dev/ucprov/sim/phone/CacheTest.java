package dev.ucprov.sim.phone;

import static dev.ucprov.sim.phone.Phones.phone;
import static dev.ucprov.sim.phone.Phones.server;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.sim.flash.MemoryFlash;
import org.junit.jupiter.api.Test;

/** A missing file or a dead server: the phone boots from its flash (white paper, stage 4). */
class CacheTest {

  @Test
  void aDeadServerBootsFromTheFlashWithTheSameConfiguration() {
    FakeServer server = server();
    MemoryFlash flash = new MemoryFlash();
    BootResult first = phone(server, flash).boot();
    server.down(true);

    BootResult second = phone(server, flash).boot();

    assertThat(second.outcome())
        .isEqualTo(
            new BootOutcome.FromCache(
                "the boot server did not give 0004f2aabbcc.cfg: unreachable: ConnectException: Connection refused"));
    assertThat(second.failed()).isTrue();
    assertThat(second.effective().parameters()).isEqualTo(first.effective().parameters());
    assertThat(second.steps().getLast().note())
        .isEqualTo("could not contact boot server using existing configuration");
  }

  @Test
  void aDeadServerAndAnEmptyFlashIsAFailedBoot() {
    FakeServer server = server();
    server.down(true);

    BootResult result = phone(server).boot();

    assertThat(result.outcome()).isInstanceOf(BootOutcome.Failed.class);
    assertThat(result.effective().parameters()).isEmpty();
  }

  @Test
  void oneUnreadableConfigFileMakesThePhoneUseItsCachedCopiesOfAll() {
    FakeServer server = server();
    MemoryFlash flash = new MemoryFlash();
    phone(server, flash).boot();
    server
        .put("0004f2aabbcc-lines.cfg", "<polycomConfig reg.1.address=\"2002\"/>")
        .remove("site.cfg");

    BootResult second = phone(server, flash).boot();

    assertThat(Phones.value(second, "reg.1.address"))
        .as("the cached lines file, not the new one")
        .isEqualTo("1001");
    assertThat(Phones.value(second, "tcpIpApp.sntp.address")).isEqualTo("pool.ntp.org");
    assertThat(second.steps())
        .anySatisfy(s -> {
          assertThat(s.kind()).isEqualTo(StepKind.CONFIG);
          assertThat(s.cache()).isEqualTo(CacheUse.FALLBACK);
        });

    server.put("site.cfg", "<polycomConfig tcpIpApp.sntp.address=\"ntp.example\"/>");
    BootResult third = phone(server, flash).boot();

    assertThat(Phones.value(third, "reg.1.address")).isEqualTo("2002");
    assertThat(Phones.value(third, "tcpIpApp.sntp.address")).isEqualTo("ntp.example");
  }

  @Test
  void anOverrideTheServerDoesNotHaveIsTakenFromThePhonesOwnCopy() {
    FakeServer server = server();
    MemoryFlash flash = new MemoryFlash();
    VirtualPhone phone = phone(server, flash);
    phone.boot();
    phone.changeSetting("reg.1.label", "Desk");
    server.remove("overrides/0004f2aabbcc-phone.cfg");

    BootResult result = phone.boot();

    assertThat(Phones.value(result, "reg.1.label")).isEqualTo("Desk");
    assertThat(result.steps())
        .filteredOn(s -> s.url().endsWith("-phone.cfg"))
        .singleElement()
        .satisfies(s -> {
          assertThat(s.status()).isEqualTo(404);
          assertThat(s.cache()).isEqualTo(CacheUse.FALLBACK);
        });
  }

  @Test
  void conditionalRequestsUseTheFlashCopyOn304() {
    FakeServer server = server();
    MemoryFlash flash = new MemoryFlash();
    PhoneSetup setup = Phones.setup(server).withFlash(flash).withConditionalGet(true);
    new VirtualPhone(setup).boot();

    BootResult second = new VirtualPhone(setup).boot();

    assertThat(second.steps())
        .filteredOn(s -> s.url().endsWith("site.cfg"))
        .singleElement()
        .satisfies(s -> {
          assertThat(s.status()).isEqualTo(304);
          assertThat(s.cache()).isEqualTo(CacheUse.NOT_MODIFIED);
        });
    assertThat(Phones.value(second, "tcpIpApp.sntp.address")).isEqualTo("pool.ntp.org");
  }
}
