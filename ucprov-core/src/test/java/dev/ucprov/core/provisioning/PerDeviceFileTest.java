package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PerDeviceFileTest {

  private static final MacAddress PHONE = MacAddress.parse("0004f2aabbcc");

  private final Served served = new Served();

  @BeforeEach
  void acmeWithOnePhone() {
    served.tenant("acme");
    served.tenant("globex");
    served.device("acme", "0004f2aabbcc", Map.of("line", "201"));
    served.device("globex", "0004f2000999", Map.of());
    served.template("acme", "[PHONE_MAC_ADDRESS].cfg", "master for {{ device.mac }}");
    served.template("acme", "[PHONE_MAC_ADDRESS]-lines.cfg", "line {{ device.variables.line }}");
    served.file("acme", "logs/[PHONE_MAC_ADDRESS]-app.log", "previous log");
    served.file("acme", "000000000000.cfg", "default master");
  }

  @Test
  void aPerDeviceFileAnswersForADeviceOfTheTenant() {
    FileReply reply = served.get("acme/0004f2aabbcc.cfg");

    assertThat(served.text(reply)).isEqualTo("master for 0004f2aabbcc");
    assertThat(((FileReply.Served) reply).path()).isEqualTo("0004f2aabbcc.cfg");
    assertThat(reply.routing()).isEqualTo(acmeNaming(PHONE));
    assertThat(served.text(served.get("acme/0004f2aabbcc-lines.cfg"))).isEqualTo("line 201");
    assertThat(served.text(served.get("acme/logs/0004f2aabbcc-app.log"))).isEqualTo("previous log");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0004F2AABBCC.cfg", "0004f2AABBcc.cfg"})
  void anUpperCaseMacIsAccepted(String file) {
    FileReply reply = served.get("acme/" + file);

    assertThat(served.text(reply)).isEqualTo("master for 0004f2aabbcc");
    assertThat(((FileReply.Served) reply).path()).isEqualTo("0004f2aabbcc.cfg");
  }

  @Test
  void anUnknownMacIsNotFoundSoThePhoneFallsBackToTheDefaultMaster() {
    MacAddress stranger = MacAddress.parse("0004f2123456");

    assertThat(served.get("acme/0004f2123456.cfg"))
        .isEqualTo(new FileReply.NotFound(acmeNaming(stranger)));
    assertThat(served.text(served.get("acme/000000000000.cfg"))).isEqualTo("default master");
  }

  @Test
  void aDeviceOfAnotherTenantIsNotFoundHere() {
    assertThat(served.get("acme/0004f2000999.cfg"))
        .isEqualTo(new FileReply.NotFound(acmeNaming(MacAddress.parse("0004f2000999"))));
  }

  @Test
  void theAllZeroNameIsAnOrdinarySharedName() {
    FileReply reply = served.get("acme/000000000000.cfg");

    assertThat(reply.routing().mac()).isEmpty();
  }

  @Test
  void aFileStoredUnderTheMacAnswersBeforeThePerDeviceOneEvenForAnUnclaimedMac() {
    served.file("acme", "0004f2aabbcc.cfg", "imported master");
    served.file("acme", "0004f2123456.cfg", "imported, not claimed yet");

    assertThat(served.text(served.get("acme/0004f2aabbcc.cfg"))).isEqualTo("imported master");
    assertThat(served.text(served.get("acme/0004F2AABBCC.cfg"))).isEqualTo("imported master");
    assertThat(served.text(served.get("acme/0004f2123456.cfg")))
        .isEqualTo("imported, not claimed yet");
  }

  @Test
  void aStoredTemplateNamedByTheMacRendersForThatDevice() {
    served.template("acme", "0004f2aabbcc-extra.cfg", "extra {{ device.label }}");

    assertThat(served.text(served.get("acme/0004f2aabbcc-extra.cfg")))
        .isEqualTo("extra desk 0004f2aabbcc");
  }

  @Test
  void theTokenItselfIsNeverServedSoTemplateSourcesStayPrivate() {
    assertThat(served.get("acme/[PHONE_MAC_ADDRESS].cfg")).isInstanceOf(FileReply.NotFound.class);
  }

  @Test
  void aSharedPerDeviceFileAnswersForTheDevicesOfEveryTenant() {
    served.put(
        dev.ucprov.core.files.FileScope.shared(),
        "[PHONE_MAC_ADDRESS]-directory.xml",
        "<directory owner=\"{{ tenant.id }}\"/>",
        true);

    assertThat(served.text(served.get("acme/0004f2aabbcc-directory.xml")))
        .isEqualTo("<directory owner=\"acme\"/>");
    assertThat(served.text(served.get("globex/0004f2000999-directory.xml")))
        .isEqualTo("<directory owner=\"globex\"/>");
    assertThat(served.get("globex/0004f2aabbcc-directory.xml"))
        .isInstanceOf(FileReply.NotFound.class);
  }

  @Test
  void aMacNamedDirectoryOrLongerHexRunsAreReadAsWritten() {
    assertThat(MacName.in(new dev.ucprov.core.files.FilePath("phones/0004f2aabbcc/lines.cfg")))
        .map(MacName::template)
        .map(Object::toString)
        .contains("phones/[PHONE_MAC_ADDRESS]/lines.cfg");
    assertThat(MacName.in(new dev.ucprov.core.files.FilePath("0004f2aabbccdd.cfg"))).isEmpty();
    assertThat(MacName.in(new dev.ucprov.core.files.FilePath("3111-46162-001.sip.ld"))).isEmpty();
    assertThat(MacName.in(new dev.ucprov.core.files.FilePath("000000000000-directory.xml")))
        .isEmpty();
  }

  private static Routing acmeNaming(MacAddress mac) {
    return new Routing(Optional.of(new TenantId("acme")), Optional.of(mac));
  }
}
