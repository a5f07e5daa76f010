package dev.ucprov.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.tftp.wire.Packet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TFTP carries no host name and no credentials: the core routes by the MAC in the name, else by the
 * source address in a tenant's networks. Clients send from several loopback addresses.
 */
class TftpTenancyIT {

  private static final String A_NETWORK = "127.0.0.1";
  private static final String B_NETWORK = "127.0.0.3";
  private static final String NO_NETWORK = "127.0.0.9";
  private static final String B_PHONE = "0004f2bbbbbb";
  private static final Duration WAIT = Duration.ofSeconds(5);

  private TftpWorld world;

  @BeforeEach
  void start() throws IOException {
    world = new TftpWorld();
    world.tenant("alpha", A_NETWORK + "/32");
    world.tenant("beta", B_NETWORK + "/32");
    world.securedTenant("locked", "user", "secret");
    world.device("alpha", "0004f2aaaaaa");
    world.device("beta", B_PHONE);
    world.device("locked", "0004f2cccccc");
    for (String tenant : new String[] {"alpha", "beta"}) {
      world.template(tenant, "[PHONE_MAC_ADDRESS]-lines.cfg", tenant + ":{{ device.mac }}");
      world.file(tenant, "site.cfg", "site of " + tenant);
    }
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  private String read(String from, String name) throws IOException {
    try (RawTftp raw = new RawTftp(from)) {
      return new String(raw.readAll(name, world.port(), Map.of(), 1), StandardCharsets.UTF_8);
    }
  }

  private Packet.Error refusedRead(String from, String name) {
    try (RawTftp raw = new RawTftp(from)) {
      raw.read(name, world.port(), Map.of());
      return (Packet.Error) raw.expect(WAIT).packet();
    }
  }

  private Packet.Error refusedWrite(String from, String name) {
    try (RawTftp raw = new RawTftp(from)) {
      raw.write(name, world.port(), Map.of());
      return (Packet.Error) raw.expect(WAIT).packet();
    }
  }

  @Test
  void aMacFileOfTenantBAskedFromTenantAsNetworkIsBsDevicesFile() throws IOException {
    assertThat(read(A_NETWORK, B_PHONE + "-lines.cfg")).isEqualTo("beta:" + B_PHONE);
    assertThat(read(NO_NETWORK, B_PHONE + "-lines.cfg")).isEqualTo("beta:" + B_PHONE);
    assertThat(world.access.awaitContaining(B_PHONE))
        .anySatisfy(
            l -> assertThat(l).contains(" 127.0.0.1 beta RRQ " + B_PHONE + "-lines.cfg 200"));
  }

  @Test
  void aSharedNameIsTheFileOfTheTenantWhoseNetworkAsks() throws IOException {
    assertThat(read(A_NETWORK, "site.cfg")).isEqualTo("site of alpha");
    assertThat(read(B_NETWORK, "/site.cfg")).isEqualTo("site of beta");
  }

  @Test
  void aNameWithoutMacFromNoTenantsNetworkIsFileNotFound() {
    Packet.Error error = refusedRead(NO_NETWORK, "site.cfg");

    assertThat(error).isEqualTo(new Packet.Error(1, "File not found"));
    assertThat(world.access.awaitContaining(" 404 "))
        .anySatisfy(l -> assertThat(l).contains(" 127.0.0.9 - RRQ site.cfg 404 0 "));
  }

  @Test
  void refusedWritesStoreNothing() {
    assertThat(refusedWrite(NO_NETWORK, "0004f2000099-phone.cfg").code())
        .as("no such device")
        .isEqualTo(1);
    assertThat(refusedWrite(A_NETWORK, "0004f2cccccc-phone.cfg"))
        .as("a tenant with credentials")
        .isEqualTo(new Packet.Error(2, "Access violation"));
    assertThat(refusedWrite(B_NETWORK, "site.cfg").code())
        .as("not a file phones write")
        .isEqualTo(2);

    assertThat(world.versions("locked", "0004f2cccccc-phone.cfg")).isEmpty();
    assertThat(
            world
                .store
                .uploads()
                .files(
                    new dev.ucprov.core.tenant.TenantId("beta"),
                    dev.ucprov.core.device.MacAddress.parse(B_PHONE)))
        .isEmpty();
  }
}
