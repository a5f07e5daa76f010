package dev.ucprov.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ucprov.app.server.RunningServer;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.checksync.CheckSyncListener;
import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.BootServerSetting;
import dev.ucprov.sim.phone.PhoneProfile;
import dev.ucprov.sim.phone.PhoneSetup;
import dev.ucprov.sim.phone.StepKind;
import dev.ucprov.sim.phone.StepResult;
import dev.ucprov.sim.phone.Trigger;
import dev.ucprov.sim.phone.VirtualPhone;
import dev.ucprov.sim.transport.Transports;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's real check-sync (ucprov-sip's NOTIFY over UDP) reaches the virtual phone's SIP
 * listener, which answers 200 and re-provisions: the changed file is read, the directory is not.
 */
class SimCheckSyncIT {

  @TempDir Path data;

  @Test
  void theServersNotifyMakesThePhoneReprovision() throws Exception {
    try (RunningServer server = RunningServer.start(data)) {
      BlockingQueue<BootResult> results = new LinkedBlockingQueue<>();
      VirtualPhone phone =
          new VirtualPhone(
              PhoneSetup.of(
                      PhoneProfile.of(MacAddress.parse(SimTenant.MAC)),
                      new BootServerSetting.Fixed(server.phoneUri().resolve("/acme/")),
                      Transports.standard(Duration.ofSeconds(10), Optional.empty()))
                  .withObserver(results::add));
      try (CheckSyncListener sip =
          CheckSyncListener.forOne(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), phone::checkSync)) {
        String target = "sip:127.0.0.1:" + sip.address().getPort();
        SimTenant tenant =
            new SimTenant(server.server())
                .create(
                    "{\"sip\": {\"target\": \""
                        + target
                        + "\", \"user\": \""
                        + SimTenant.MAC
                        + "\"}}");
        phone.boot();
        assertThat(results.poll(10, TimeUnit.SECONDS).trigger()).isEqualTo(Trigger.BOOT);
        tenant.file("site.cfg", "<polycomConfig tcpIpApp.sntp.address=\"ntp.example.net\"/>");

        JsonNode outcome =
            tenant.send(
                "POST", "/api/v1/tenants/acme/devices/" + SimTenant.MAC + "/check-sync", null);

        assertThat(outcome.get("outcome").asText()).isEqualTo("ok");
        assertThat(outcome.get("status").asInt()).isEqualTo(200);
        BootResult again = results.poll(20, TimeUnit.SECONDS);
        assertThat(again).as("the phone re-provisioned").isNotNull();
        assertThat(again.trigger()).isEqualTo(Trigger.CHECK_SYNC);
        assertThat(again.effective().parameter("tcpIpApp.sntp.address").orElseThrow().value())
            .isEqualTo("ntp.example.net");
        assertThat(again.steps())
            .filteredOn(s -> s.kind() == StepKind.DIRECTORY)
            .singleElement()
            .satisfies(s -> assertThat(s.result()).isEqualTo(StepResult.SKIPPED));
      }
    }
  }
}
