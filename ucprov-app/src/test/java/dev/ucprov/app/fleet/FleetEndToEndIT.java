package dev.ucprov.app.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ucprov.app.fleet.FleetPhones.Member;
import dev.ucprov.app.fleet.FleetPhones.Protocol;
import dev.ucprov.app.server.ProvisioningServer;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.sim.phone.BootOutcome;
import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.Step;
import dev.ucprov.sim.phone.StepResult;
import dev.ucprov.sim.phone.Trigger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end (issue 7 point 5): the real server in-process, two tenants, 300 virtual phones booting
 * (50 at a time) over HTTP, HTTPS with a client certificate each, and TFTP; then a template changed
 * through the admin API and a check-sync job per tenant, which the phones take over SIP and
 * re-provision on. Checked: the inventory, the upload versions, and every phone's effective
 * configuration, which it computes with the core from what it fetched, against the server's. The
 * steps run in order and share the fleet.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetEndToEndIT {

  private static final List<String> TENANTS = List.of("alpha", "beta");

  /**
   * Phones by tenant and protocol. TFTP phones are all alpha's: a TFTP request without a MAC in its
   * file name ({@code 000000000000.cfg}) finds its tenant by source network, and every phone here
   * sends from 127.0.0.1, which is alpha's.
   */
  private static final Map<String, Map<Protocol, Integer>> PLAN =
      Map.of(
          "alpha", Map.of(Protocol.HTTP, 80, Protocol.HTTPS, 40, Protocol.TFTP, 30),
          "beta", Map.of(Protocol.HTTP, 100, Protocol.HTTPS, 50, Protocol.TFTP, 0));

  private static final int PER_TENANT = 150;
  private static final int PHONES = TENANTS.size() * PER_TENANT;
  private static final int BOOTING_AT_ONCE = 50;
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final EnumSet<StepResult> FINE =
      EnumSet.of(StepResult.OK, StepResult.ABSENT, StepResult.SKIPPED);

  @TempDir static Path temp;
  private static ProvisioningServer server;
  private static FleetAdmin admin;
  private static FleetPhones phones;
  private static Instant started;

  @BeforeAll
  static void start() throws Exception {
    started = Instant.now();
    FleetPki pki = new FleetPki();
    server = FleetServer.start(temp, pki);
    admin = new FleetAdmin(server.adminUri());
    phones = new FleetPhones();
    Map<Protocol, URI> servers = FleetServer.roots(server);
    for (int t = 0; t < TENANTS.size(); t++) {
      String tenant = TENANTS.get(t);
      FleetTenants.create(admin, tenant, t == 0 ? List.of("127.0.0.0/8") : List.of());
      int number = 0;
      for (Protocol protocol : Protocol.values()) {
        for (int i = 0; i < PLAN.get(tenant).get(protocol); i++) {
          MacAddress mac = MacAddress.parse(String.format("0004f2%02x%04x", 0xa0 + t, ++number));
          URI root = servers.get(protocol);
          URI bootServer = protocol == Protocol.TFTP ? root : root.resolve(tenant + "/");
          phones.add(tenant, mac, protocol, bootServer, pki);
        }
      }
    }
    eachMember(member -> {
      int number = Integer.parseInt(member.mac().value().substring(8), 16);
      FleetTenants.device(admin, member.tenant(), member.mac().value(), number, phones.sipTarget());
    });
  }

  /** Runs {@code check} for every phone, a few at once (admin requests are the slow part). */
  private static void eachMember(java.util.function.Consumer<Member> check) {
    FleetParallel.each(phones.members(), check, 8, Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() throws Exception {
    if (phones != null) {
      phones.close();
    }
    if (admin != null) {
      admin.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void everyPhoneBootsFromItsOwnTenant() throws Exception {
    List<BootResult> boots = phones.bootAll(BOOTING_AT_ONCE, Duration.ofSeconds(90));

    assertThat(boots).hasSize(PHONES);
    for (int i = 0; i < PHONES; i++) {
      Member member = phones.members().get(i);
      BootResult boot = boots.get(i);
      assertThat(boot.outcome())
          .as(member + "\n" + boot.steps())
          .isInstanceOf(BootOutcome.Provisioned.class);
      assertThat(boot.steps())
          .as(member.toString())
          .extracting(Step::result)
          .allMatch(FINE::contains);
      assertThat(boot.effective().parameter("reg.1.displayName").map(EffectiveParameter::value))
          .contains("Tenant " + member.tenant());
    }
  }

  @Test
  @Order(2)
  void theInventoryHasSeenEveryPhoneOnItsProtocol() {
    eachMember(member -> {
      // TFTP has no path prefix for the tenant: the path the phone asked, as it asked it.
      String prefix = member.protocol() == Protocol.TFTP ? "" : member.tenant() + "/";
      String log = prefix + "logs/" + member.mac().value() + "-app.log";
      JsonNode device =
          admin.await(
              member.adminPath(),
              d -> d.path("recentRequests").findValuesAsText("path").contains(log),
              LIMIT);

      assertThat(Instant.parse(device.path("lastSeen").asText())).isAfter(started);
      // TFTP carries no User-Agent: no model to report.
      assertThat(device.path("reportedModel").asText())
          .isEqualTo(member.protocol() == Protocol.TFTP ? "null" : "VVX_410");
      assertThat(device.path("lastProtocol").asText()).isEqualTo(member.protocol().label());
      assertThat(device.path("recentRequests").findValuesAsText("path"))
          .as(member.toString())
          .contains(
              prefix + member.mac().value() + ".cfg",
              prefix + member.mac().value() + "-lines.cfg",
              prefix + "overrides/" + member.mac().value() + "-phone.cfg",
              log);
    });
  }

  @Test
  @Order(3)
  void everyUploadIsAVersionOfItsPhonesFile() {
    eachMember(member -> {
      Step step = member.phone().changeSetting("up.backlight.idleIntensity", "2");
      assertThat(step.result()).as(member + " " + step).isEqualTo(StepResult.OK);
    });
    eachMember(member -> {
      Map<String, JsonNode> uploads = admin.uploads(member.adminPath());
      String mac = member.mac().value();
      assertThat(uploads.keySet())
          .containsExactly(mac + "-app.log", mac + "-boot.log", mac + "-phone.cfg");
      assertThat(uploads.get(mac + "-phone.cfg").path("kind").asText()).isEqualTo("override-phone");
      assertThat(uploads.values())
          .allSatisfy(u -> {
            assertThat(u.path("version").asInt()).isEqualTo(1);
            assertThat(u.path("credential").asText())
                .startsWith(member.protocol() == Protocol.HTTPS ? "certificate" : "anonymous");
          });
    });
  }

  @Test
  @Order(4)
  void aChangedTemplateReachesEveryPhoneThroughCheckSync() throws Exception {
    for (String tenant : TENANTS) {
      admin.putFile(
          "/api/v1/tenants/" + tenant + "/files/%5BPHONE_MAC_ADDRESS%5D-lines.cfg?template=true",
          FleetTenants.LINES_CHANGED);
    }
    for (String tenant : TENANTS) {
      JsonNode job =
          admin.post(
              "/api/v1/tenants/" + tenant + "/check-sync",
              "{\"all\": true, \"rate\": 500, \"concurrency\": 100}");
      JsonNode done =
          admin.await(
              "/api/v1/jobs/" + job.path("id").asText(),
              j -> j.path("state").asText().equals("finished"),
              LIMIT);
      assertThat(done.path("counts").path("ok").asInt()).as(done.toString()).isEqualTo(PER_TENANT);
    }

    List<BootResult> syncs = phones.await(Trigger.CHECK_SYNC, PHONES, LIMIT);

    assertThat(syncs).hasSize(PHONES);
    assertThat(syncs)
        .allSatisfy(sync -> {
          assertThat(sync.outcome()).isInstanceOf(BootOutcome.Provisioned.class);
          assertThat(sync.steps()).extracting(Step::result).allMatch(FINE::contains);
          assertThat(sync.effective().parameter("reg.1.lineKeys").map(EffectiveParameter::value))
              .contains("2");
        });
    for (Member member : phones.members()) {
      String versions =
          member.adminPath() + "/uploads/" + member.mac().value() + "-app.log/versions";
      assertThat(admin.await(versions, v -> v.size() == 2, LIMIT)).as(member.toString()).hasSize(2);
    }
  }

  @Test
  @Order(5)
  void everyPhoneComputesWhatTheServerSaysItHas() {
    eachMember(member -> {
      EffectiveConfig own = member.phone().effective();
      JsonNode server = admin.get(member.adminPath() + "/effective-config").path("parameters");

      Map<String, String> phoneSide = new TreeMap<>();
      own.parameters().forEach((name, p) -> phoneSide.put(name, p.value() + " from " + p.source()));
      Map<String, String> serverSide = new TreeMap<>();
      server
          .properties()
          .forEach(e ->
              serverSide.put(
                  e.getKey(),
                  e.getValue().path("value").asText()
                      + " from "
                      + e.getValue().path("source").asText()));

      String mac = member.mac().value();
      assertThat(phoneSide)
          .as(member.toString())
          .isEqualTo(serverSide)
          .containsEntry("reg.1.lineKeys", "2 from " + mac + "-lines.cfg")
          .containsEntry("up.backlight.idleIntensity", "2 from overrides/" + mac + "-phone.cfg")
          .containsEntry(
              "tcpIpApp.sntp.address", "ntp." + member.tenant() + ".example from site.cfg");
    });
  }
}
