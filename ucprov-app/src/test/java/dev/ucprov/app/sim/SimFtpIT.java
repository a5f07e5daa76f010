package dev.ucprov.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.config.FtpConfig;
import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.server.AdminToken;
import dev.ucprov.app.server.ProvisioningServer;
import dev.ucprov.app.server.RunningServer;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.ftp.PassivePorts;
import dev.ucprov.sim.phone.BootOutcome;
import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.BootServerSetting;
import dev.ucprov.sim.phone.PhoneProfile;
import dev.ucprov.sim.phone.PhoneSetup;
import dev.ucprov.sim.phone.Step;
import dev.ucprov.sim.phone.StepKind;
import dev.ucprov.sim.phone.VirtualPhone;
import dev.ucprov.sim.transport.Transports;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A virtual phone against the real server's FTP listener (issue 7 point 1: "as its boot server URL
 * says"), logging in with the tenant's credentials: the whole boot, its log uploads, and the same
 * effective configuration the server reports.
 */
class SimFtpIT {

  @TempDir Path data;

  @Test
  void aPhoneBootsOverFtpWithTheTenantsCredentials() throws Exception {
    try (ProvisioningServer server =
        ProvisioningServer.start(
            RunningServer.config(data)
                .withFtp(
                    new FtpConfig(
                        Optional.of(new FtpConfig.Listen.At(new HostPort("127.0.0.1", 0))),
                        Optional.of(PassivePorts.any()))),
            new AdminToken(RunningServer.TOKEN, AdminToken.Origin.ENVIRONMENT),
            Clock.systemUTC())) {
      SimTenant tenant = new SimTenant(server).create("{}");
      tenant.send(
          "PUT",
          "/api/v1/tenants/acme",
          "{\"name\": \"Acme\", \"credentials\": {\"username\": \"boss\", \"password\": \"pw\"}}");
      URI root = URI.create("ftp://boss:pw@127.0.0.1:" + server.ftpPort().orElseThrow() + "/");
      VirtualPhone phone =
          new VirtualPhone(
              PhoneSetup.of(
                  PhoneProfile.of(MacAddress.parse(SimTenant.MAC)),
                  new BootServerSetting.Fixed(root),
                  Transports.standard(Duration.ofSeconds(10), Optional.empty())));

      BootResult result = phone.boot();

      assertThat(result.outcome()).isInstanceOf(BootOutcome.Provisioned.class);
      assertThat(result.failed()).as("%s", result.steps()).isFalse();
      assertThat(result.steps())
          .filteredOn(s -> s.isRequest() && s.kind() == StepKind.LOG_UPLOAD)
          .hasSize(2)
          .allSatisfy(s -> assertThat(s.status()).as(s.url()).isBetween(200, 299));
      assertThat(result.steps())
          .filteredOn(Step::isRequest)
          .extracting(Step::url)
          .allSatisfy(url -> assertThat(url).startsWith("ftp://"));
      Map<String, String> values =
          result.effective().parameters().values().stream()
              .collect(Collectors.toMap(p -> p.name(), p -> p.value()));
      assertThat(values).isEqualTo(tenant.effective());
      assertThat(
              tenant
                  .send("GET", "/api/v1/tenants/acme/devices/" + SimTenant.MAC + "/uploads", null)
                  .toString())
          .contains("0004f2aabbcc-boot.log", "0004f2aabbcc-app.log");
    }
  }
}
