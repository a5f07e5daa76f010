package dev.ucprov.sim.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the boot server (white paper, "Discovering the Provisioning Server"). */
class DiscoveryTest {

  private static final Optional<URI> STATIC = Optional.of(URI.create("https://static.example/"));

  @Test
  void option160IsPreferredOver66() {
    var setting =
        new BootServerSetting.FromDhcp(
            new DhcpAnswer(Optional.of("tftp://t.example/"), Optional.of("http://p.example/acme/")),
            STATIC,
            "http");

    assertThat(setting.find())
        .contains(
            new BootServerSetting.Found(URI.create("http://p.example/acme/"), "DHCP option 160"));
  }

  @Test
  void option66WithoutSchemeTakesTheServerType() {
    var setting =
        new BootServerSetting.FromDhcp(DhcpAnswer.option66("192.0.2.10/acme"), STATIC, "ftp");

    assertThat(setting.find())
        .contains(
            new BootServerSetting.Found(URI.create("ftp://192.0.2.10/acme"), "DHCP option 66"));
  }

  @Test
  void withoutOptionsTheStaticAddressThenNothing() {
    assertThat(new BootServerSetting.FromDhcp(DhcpAnswer.none(), STATIC, "http").find())
        .contains(new BootServerSetting.Found(STATIC.get(), "static fallback"));
    assertThat(
            new BootServerSetting.FromDhcp(DhcpAnswer.option160("  "), Optional.empty(), "http")
                .find())
        .isEmpty();
  }

  @Test
  void noServerAtAllIsAFailedBootWithADiscoveryError() {
    FakeServer server = Phones.server();
    PhoneSetup setup =
        Phones.setup(server)
            .withBootServer(
                new BootServerSetting.FromDhcp(DhcpAnswer.none(), Optional.empty(), "http"));

    BootResult result = new VirtualPhone(setup).boot();

    assertThat(result.outcome()).isInstanceOf(BootOutcome.Failed.class);
    assertThat(result.steps().getFirst().kind()).isEqualTo(StepKind.DISCOVERY);
    assertThat(result.steps().getFirst().result()).isEqualTo(StepResult.ERROR);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void bootServerUrlsAreDirectoriesUnlessTheyNameAMaster() {
    assertThat(BootServer.of(URI.create("http://h:8080/acme")))
        .isEqualTo(new BootServer(URI.create("http://h:8080/acme/"), Optional.empty()));
    assertThat(BootServer.of(URI.create("ftp://u:p@h/dir/phone1.cfg")))
        .isEqualTo(new BootServer(URI.create("ftp://u:p@h/dir/"), Optional.of("phone1.cfg")));
    assertThat(BootServer.of(URI.create("tftp://h")).root()).isEqualTo(URI.create("tftp://h/"));
    assertThat(BootServer.of(URI.create("http://u:p@h/a/")).file("logs/x y.log"))
        .isEqualTo(URI.create("http://u:p@h/a/logs/x%20y.log"));
    assertThat(BootServer.shown(URI.create("ftp://PlcmSpIp:secret@h/x.cfg")))
        .isEqualTo("ftp://PlcmSpIp:***@h/x.cfg");
  }

  @Test
  void theUserAgentFollowsTheFactsFormat() {
    var mac = dev.ucprov.core.device.MacAddress.parse("0004f2aabbcc");
    assertThat(new PhoneProfile(mac, "VVX410", "5.9.0.9373").userAgent("5.9.0.9373"))
        .isEqualTo("FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application");
    assertThat(new PhoneProfile(mac, "SPIP650", "4.0.1").userAgent("4.0.1"))
        .isEqualTo("FileTransport PolycomSoundPointIP-SPIP_650-UA/4.0.1 Type/Application");
    assertThat(new PhoneProfile(mac, "Edge_E450", "8.0").model()).isEqualTo("Edge_E450");
  }
}
