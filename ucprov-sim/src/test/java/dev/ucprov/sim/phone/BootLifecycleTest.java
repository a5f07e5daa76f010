package dev.ucprov.sim.phone;

import static dev.ucprov.sim.phone.Phones.phone;
import static dev.ucprov.sim.phone.Phones.server;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The order of a boot and the master lookup (polycom-facts.md §1), against a fake server. */
class BootLifecycleTest {

  @Test
  void aBootAsksForEveryFileInTheOrderOfTheFacts() {
    FakeServer server = server();

    BootResult result = phone(server).boot();

    assertThat(result.outcome()).isInstanceOf(BootOutcome.Provisioned.class);
    assertThat(result.failed()).isFalse();
    assertThat(server.paths())
        .containsExactly(
            "GET 0004f2aabbcc.cfg",
            "GET 000000000000.cfg",
            "GET sip.ver",
            "GET 0004f2aabbcc-lines.cfg",
            "GET site.cfg",
            "GET overrides/0004f2aabbcc-phone.cfg",
            "GET overrides/0004f2aabbcc-web.cfg",
            "GET contacts/0004f2aabbcc-directory.xml",
            "GET contacts/000000000000-directory.xml",
            "GET 000000000000-license.cfg",
            "GET 0004f2aabbcc-license.cfg",
            "PUT logs/0004f2aabbcc-boot.log",
            "PUT logs/0004f2aabbcc-app.log");
    assertThat(server.requests())
        .allSatisfy(r ->
            assertThat(r.userAgent())
                .isEqualTo("FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application"));
  }

  @Test
  void aPhoneSetUpWithoutItsBootLogUploadsTheApplicationLogOnly() {
    FakeServer server = server();

    BootResult result = new VirtualPhone(Phones.setup(server).withBootLog(false)).boot();

    assertThat(result.failed()).isFalse();
    assertThat(server.paths())
        .filteredOn(path -> path.startsWith("PUT "))
        .containsExactly("PUT logs/0004f2aabbcc-app.log");
  }

  @Test
  void theMacMasterIsAskedFirstAndTheDefaultOnlyOn404() {
    FakeServer server = server().put("0004f2aabbcc.cfg", Phones.MASTER.replace("site.cfg", ""));

    BootResult result = phone(server).boot();

    assertThat(server.paths())
        .contains("GET 0004f2aabbcc.cfg")
        .doesNotContain("GET 000000000000.cfg");
    assertThat(result.effective().masterFile()).contains("0004f2aabbcc.cfg");
    assertThat(result.effective().configFiles()).containsExactly("0004f2aabbcc-lines.cfg");
  }

  @Test
  void theMissMacMasterIsAbsentNotAFailureAndTheDefaultIsRead() {
    BootResult result = phone(server()).boot();

    assertThat(result.steps().get(1).kind()).isEqualTo(StepKind.MASTER);
    assertThat(result.steps().get(1).status()).isEqualTo(404);
    assertThat(result.steps().get(1).result()).isEqualTo(StepResult.ABSENT);
    assertThat(result.steps().get(2).result()).isEqualTo(StepResult.OK);
    assertThat(result.effective().masterFile()).contains("000000000000.cfg");
  }

  @Test
  void theEffectiveConfigurationIsTheCoresWithTheLeftmostFileWinning() {
    BootResult result = phone(server()).boot();

    assertThat(result.effective().parameter("reg.1.address").orElseThrow().source())
        .isEqualTo("0004f2aabbcc-lines.cfg");
    assertThat(Phones.value(result, "reg.1.address")).isEqualTo("1001");
    assertThat(Phones.value(result, "tcpIpApp.sntp.address")).isEqualTo("pool.ntp.org");
  }

  @Test
  void aBootServerUrlNamingAFileNamesTheMaster() {
    FakeServer server = server().put("phones/special.cfg", Phones.MASTER);
    PhoneSetup setup =
        Phones.setup(server)
            .withBootServer(
                new BootServerSetting.Fixed(URI.create(FakeServer.ROOT + "phones/special.cfg")));

    BootResult result = new VirtualPhone(setup).boot();

    assertThat(server.paths().getFirst()).isEqualTo("GET phones/special.cfg");
    assertThat(server.paths()).doesNotContain("GET phones/0004f2aabbcc.cfg");
    assertThat(result.outcome()).isInstanceOf(BootOutcome.Provisioned.class);
  }

  @Test
  void noMasterAtAllIsAFailedBootWithoutCache() {
    FakeServer server = server().remove("000000000000.cfg");

    BootResult result = phone(server).boot();

    assertThat(result.outcome()).isInstanceOf(BootOutcome.Failed.class);
    assertThat(result.failed()).isTrue();
    assertThat(result.steps())
        .anySatisfy(s -> assertThat(s.result()).isEqualTo(StepResult.MISSING));
  }

  @Test
  void aMissingConfigFileFailsTheBootButTheRestIsStillRead() {
    FakeServer server = server().remove("site.cfg");

    BootResult result = phone(server).boot();

    assertThat(result.failed()).isTrue();
    assertThat(result.outcome()).isInstanceOf(BootOutcome.Provisioned.class);
    assertThat(Phones.value(result, "reg.1.address")).isEqualTo("1001");
    assertThat(result.steps())
        .filteredOn(s -> s.url().endsWith("site.cfg"))
        .singleElement()
        .satisfies(s -> assertThat(s.result()).isEqualTo(StepResult.MISSING));
  }

  @Test
  void aConfigFileUrlThatIsNoUrlFailsItsStepNotTheCycle() {
    FakeServer server =
        server()
            .put("000000000000.cfg", Phones.MASTER.replace("site.cfg", "http://bad host/x.cfg"));

    var httpOnly =
        new dev.ucprov.sim.transport.Transports(
            java.util.Optional.of(server),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty());
    PhoneSetup setup =
        PhoneSetup.of(
            PhoneProfile.of(Phones.MAC),
            new BootServerSetting.Fixed(URI.create(FakeServer.ROOT)),
            httpOnly);

    BootResult result = new VirtualPhone(setup).boot();

    assertThat(result.outcome()).isInstanceOf(BootOutcome.Provisioned.class);
    assertThat(result.steps())
        .filteredOn(s -> s.url().startsWith("invalid:"))
        .singleElement()
        .satisfies(s -> {
          assertThat(s.result()).isEqualTo(StepResult.ERROR);
          assertThat(s.note())
              .startsWith("unreachable: no client for invalid:http%3A%2F%2Fbad+host");
        });
  }

  @Test
  void logsAreUploadedInThePolycomLineFormat() {
    FakeServer server = server();

    phone(server).boot();

    assertThat(server.file("logs/0004f2aabbcc-boot.log").orElseThrow())
        .matches(
            "(?s)\\d{10}\\|prov \\|4\\|00\\|discovery - http://prov.example/acme/ 0 ok static\n.*");
    assertThat(server.file("logs/0004f2aabbcc-app.log").orElseThrow())
        .contains("|app1 |4|00|UC Software 5.9.0.9373 started");
  }
}
