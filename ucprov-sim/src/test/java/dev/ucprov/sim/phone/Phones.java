package dev.ucprov.sim.phone;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.flash.Flash;
import dev.ucprov.sim.flash.MemoryFlash;
import java.net.URI;
import java.util.List;

/** The fixture most life-cycle tests share: one tenant tree and a VVX 410 booting from it. */
final class Phones {

  static final MacAddress MAC = MacAddress.parse("0004f2aabbcc");

  static final String MASTER =
      """
      <APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg"
          OVERRIDES_DIRECTORY="overrides" CONTACTS_DIRECTORY="contacts" LOG_FILE_DIRECTORY="logs"
          LICENSE_DIRECTORY=""/>
      """;

  private Phones() {}

  /** A server with the master as 000000000000.cfg, two config files, and sip.ver 5.9.0.9373. */
  static FakeServer server() {
    return new FakeServer()
        .put("000000000000.cfg", MASTER)
        .put("0004f2aabbcc-lines.cfg", "<polycomConfig reg.1.address=\"1001\"/>")
        .put(
            "site.cfg",
            "<polycomConfig reg.1.address=\"9999\" tcpIpApp.sntp.address=\"pool.ntp.org\"/>")
        .put("sip.ver", "5.9.0.9373\n")
        .put("sip.ld", "firmware image");
  }

  static VirtualPhone phone(FakeServer server) {
    return phone(server, new MemoryFlash());
  }

  static VirtualPhone phone(FakeServer server, Flash flash) {
    return new VirtualPhone(setup(server).withFlash(flash));
  }

  static PhoneSetup setup(FakeServer server) {
    return PhoneSetup.of(
        PhoneProfile.of(MAC), new BootServerSetting.Fixed(URI.create(FakeServer.ROOT)), server);
  }

  static List<StepKind> kinds(BootResult result) {
    return result.steps().stream().map(Step::kind).toList();
  }

  static String value(BootResult result, String name) {
    return result.effective().parameter(name).orElseThrow().value();
  }
}
