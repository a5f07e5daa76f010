package dev.ucprov.sim.phone;

import static dev.ucprov.sim.phone.Phones.phone;
import static dev.ucprov.sim.phone.Phones.server;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a user does on the phone ends in an upload (polycom-facts.md §1.7, §4). */
class UserActionsTest {

  @Test
  void changingASettingUploadsTheOverrideFileAndTakesEffect() {
    FakeServer server = server();
    VirtualPhone phone = phone(server);
    phone.boot();

    Step step = phone.changeSetting("reg.1.address", "3003");

    assertThat(step.kind()).isEqualTo(StepKind.OVERRIDE_UPLOAD);
    assertThat(step.method()).isEqualTo("PUT");
    assertThat(step.status()).isEqualTo(201);
    assertThat(server.file("overrides/0004f2aabbcc-phone.cfg").orElseThrow())
        .contains("<PHONE_CONFIG>")
        .contains("<OVERRIDES")
        .contains("reg.1.address=\"3003\"");
    assertThat(phone.effective().parameter("reg.1.address").orElseThrow().value())
        .isEqualTo("3003");
    assertThat(phone.effective().parameter("reg.1.address").orElseThrow().source())
        .isEqualTo("overrides/0004f2aabbcc-phone.cfg");
  }

  @Test
  void settingsAccumulateAndAnotherBootReadsThemBackFromTheServer() {
    FakeServer server = server();
    VirtualPhone phone = phone(server);
    phone.boot();
    phone.changeSetting("up.backlight.idleIntensity", "1");
    phone.changeSetting("reg.1.label", "A & B");

    BootResult result = phone(server).boot();

    assertThat(Phones.value(result, "up.backlight.idleIntensity")).isEqualTo("1");
    assertThat(Phones.value(result, "reg.1.label")).isEqualTo("A & B");
  }

  @Test
  void resetLocalConfigUploadsTheEmptyOverride() {
    FakeServer server = server();
    VirtualPhone phone = phone(server);
    phone.boot();
    phone.changeSetting("reg.1.address", "3003");

    Step step = phone.resetLocalConfig();

    assertThat(step.status()).isEqualTo(204);
    assertThat(server.file("overrides/0004f2aabbcc-phone.cfg").orElseThrow())
        .contains("<OVERRIDES/>")
        .doesNotContain("3003");
    assertThat(phone.effective().parameter("reg.1.address").orElseThrow().value())
        .isEqualTo("1001");
  }

  @Test
  void addingAContactUploadsTheWholeDirectory() {
    FakeServer server = server();
    VirtualPhone phone = phone(server);
    phone.boot();

    phone.addContact(Contact.of("Ada", "Lovelace", "1002"));
    Step step = phone.addContact(Contact.of("Alan", "Turing", "sip:1003@example.net"));

    assertThat(step.kind()).isEqualTo(StepKind.DIRECTORY_UPLOAD);
    assertThat(server.file("contacts/0004f2aabbcc-directory.xml").orElseThrow())
        .contains("<ct>1002</ct>")
        .contains("<ct>sip:1003@example.net</ct>")
        .startsWith("<?xml");
    assertThat(phone.localDirectory()).hasSize(2);
  }

  @Test
  void aUserActionBeforeAnyBootIsAnErrorStep() {
    Step step = phone(server()).resetLocalConfig();

    assertThat(step.result()).isEqualTo(StepResult.ERROR);
    assertThat(step.isRequest()).isFalse();
  }
}
