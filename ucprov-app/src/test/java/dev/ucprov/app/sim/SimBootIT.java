package dev.ucprov.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.server.RunningServer;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.phone.BootOutcome;
import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.BootServerSetting;
import dev.ucprov.sim.phone.Contact;
import dev.ucprov.sim.phone.PhoneProfile;
import dev.ucprov.sim.phone.PhoneSetup;
import dev.ucprov.sim.phone.Step;
import dev.ucprov.sim.phone.StepKind;
import dev.ucprov.sim.phone.StepResult;
import dev.ucprov.sim.phone.VirtualPhone;
import dev.ucprov.sim.transport.Transports;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A virtual phone against the real server over HTTP: the whole boot, uploads, user actions. */
class SimBootIT {

  @TempDir Path data;

  private static VirtualPhone phone(RunningServer server) {
    URI root = server.phoneUri().resolve("/acme/");
    return new VirtualPhone(
        PhoneSetup.of(
            PhoneProfile.of(MacAddress.parse(SimTenant.MAC)),
            new BootServerSetting.Fixed(root),
            Transports.standard(Duration.ofSeconds(10), Optional.empty())));
  }

  private static Map<String, String> values(BootResult result) {
    return result.effective().parameters().values().stream()
        .collect(Collectors.toMap(p -> p.name(), p -> p.value()));
  }

  @Test
  void aBootReadsEveryFileUploadsItsLogsAndEndsWithTheServersEffectiveConfiguration()
      throws Exception {
    try (RunningServer server = RunningServer.start(data)) {
      SimTenant tenant = new SimTenant(server.server()).create("{\"label\": \"desk\"}");

      BootResult result = phone(server).boot();

      assertThat(result.outcome()).isInstanceOf(BootOutcome.Provisioned.class);
      assertThat(result.failed()).as("%s", result.steps()).isFalse();
      assertThat(result.steps())
          .filteredOn(Step::isRequest)
          .extracting(s ->
              s.kind().label()
                  + " "
                  + s.url().substring(s.url().indexOf("/acme/"))
                  + " "
                  + s.status())
          .containsExactly(
              "master /acme/0004f2aabbcc.cfg 404",
              "master /acme/000000000000.cfg 200",
              "firmware-version /acme/sip.ver 200",
              "config /acme/0004f2aabbcc-lines.cfg 200",
              "config /acme/site.cfg 200",
              "override /acme/overrides/0004f2aabbcc-phone.cfg 404",
              "override /acme/overrides/0004f2aabbcc-web.cfg 404",
              "directory /acme/contacts/0004f2aabbcc-directory.xml 404",
              "directory /acme/contacts/000000000000-directory.xml 200",
              "licence /acme/000000000000-license.cfg 200",
              "licence /acme/0004f2aabbcc-license.cfg 404",
              "log-upload /acme/logs/0004f2aabbcc-boot.log 201",
              "log-upload /acme/logs/0004f2aabbcc-app.log 201");
      assertThat(values(result)).isEqualTo(tenant.effective());
      assertThat(
              tenant
                  .send("GET", "/api/v1/tenants/acme/devices/" + SimTenant.MAC + "/uploads", null)
                  .toString())
          .contains("0004f2aabbcc-boot.log", "0004f2aabbcc-app.log");
      assertThat(tenant.seen().get("applicationVersion").asText()).isEqualTo("5.9.0.9373");
      assertThat(tenant.seen().get("reportedModel").asText()).isEqualTo("VVX_410");
    }
  }

  @Test
  void whatTheUserChangesIsUploadedAndTheServerSeesTheSameConfiguration() throws Exception {
    try (RunningServer server = RunningServer.start(data)) {
      SimTenant tenant = new SimTenant(server.server()).create("{}");
      VirtualPhone phone = phone(server);
      phone.boot();

      Step change = phone.changeSetting("reg.1.label", "Front desk");
      Step contact = phone.addContact(Contact.of("Ada", "Lovelace", "1002"));

      assertThat(change.status()).isEqualTo(201);
      assertThat(contact.status()).isEqualTo(201);
      assertThat(tenant.effective()).containsEntry("reg.1.label", "Front desk");
      assertThat(values(phone.boot())).isEqualTo(tenant.effective());
      assertThat(phone.localDirectory())
          .extracting(Contact::number)
          .containsExactly("1500", "1002");

      Step reset = phone.resetLocalConfig();

      assertThat(reset.status()).isEqualTo(204);
      assertThat(tenant.effective()).containsEntry("reg.1.label", "Reception");
    }
  }

  @Test
  void aStoppedServerMakesTheNextBootComeFromTheFlash() throws Exception {
    VirtualPhone phone;
    try (RunningServer server = RunningServer.start(data)) {
      new SimTenant(server.server()).create("{}");
      phone = phone(server);
      phone.boot();
    }

    BootResult result = phone.boot();

    assertThat(result.outcome()).isInstanceOf(BootOutcome.FromCache.class);
    assertThat(result.steps())
        .filteredOn(s -> s.kind() == StepKind.MASTER && s.isRequest())
        .singleElement()
        .satisfies(s -> assertThat(s.result()).isEqualTo(StepResult.ERROR));
    assertThat(values(result)).containsEntry("reg.1.address", "1001");
  }
}
