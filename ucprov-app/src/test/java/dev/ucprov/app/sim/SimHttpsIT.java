package dev.ucprov.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.HttpsConfig;
import dev.ucprov.app.server.AdminToken;
import dev.ucprov.app.server.ProvisioningServer;
import dev.ucprov.app.server.RunningServer;
import dev.ucprov.app.tls.OpensslPki;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.http.tls.ClientAuth;
import dev.ucprov.sim.phone.BootOutcome;
import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.BootServerSetting;
import dev.ucprov.sim.phone.PhoneProfile;
import dev.ucprov.sim.phone.PhoneSetup;
import dev.ucprov.sim.phone.Step;
import dev.ucprov.sim.phone.VirtualPhone;
import dev.ucprov.sim.tls.ClientTls;
import dev.ucprov.sim.transport.Transports;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A virtual phone over HTTPS with its client certificate ({@code CN=0004f2aabbcc}, made by
 * openssl), against the real server requiring one; a phone without a certificate cannot connect.
 */
class SimHttpsIT {

  @TempDir static Path tls;
  private static OpensslPki pki;

  @TempDir Path data;

  @BeforeAll
  static void certificates() {
    pki = OpensslPki.create(tls);
  }

  private ProvisioningServer start() {
    HttpsConfig https =
        new HttpsConfig(
            Optional.of(new HostPort("127.0.0.1", 0)),
            Optional.of(pki.file("server.pem")),
            Optional.of(pki.file("server-key.pem")),
            Optional.empty(),
            Optional.empty(),
            Optional.of(pki.file("ca.pem")),
            Optional.of(ClientAuth.NEED));
    return ProvisioningServer.start(
        RunningServer.config(data).withHttps(https),
        new AdminToken(RunningServer.TOKEN, AdminToken.Origin.ENVIRONMENT),
        Clock.systemUTC());
  }

  private static BootResult boot(URI root, SSLContext context) {
    return new VirtualPhone(
            PhoneSetup.of(
                PhoneProfile.of(MacAddress.parse(SimTenant.MAC)),
                new BootServerSetting.Fixed(root),
                Transports.standard(Duration.ofSeconds(10), Optional.of(context))))
        .boot();
  }

  @Test
  void aPhoneWithItsCertificateBootsAndUploadsOverHttps() throws Exception {
    try (ProvisioningServer server = start()) {
      SimTenant tenant = new SimTenant(server).create("{}");
      URI root = server.httpsUri().orElseThrow().resolve("/acme/");
      SSLContext context =
          ClientTls.context(
              new ClientTls.Identity.Pem(pki.file("phone.pem"), pki.file("phone-key.pem")),
              Optional.of(pki.file("ca.pem")));

      BootResult result = boot(root, context);

      assertThat(result.outcome()).isInstanceOf(BootOutcome.Provisioned.class);
      assertThat(result.failed()).as("%s", result.steps()).isFalse();
      assertThat(result.steps())
          .filteredOn(Step::isRequest)
          .allSatisfy(s -> assertThat(s.url()).startsWith("https://"));
      assertThat(result.steps())
          .filteredOn(s -> s.method().equals("PUT"))
          .extracting(Step::status)
          .containsExactly(201, 201);
      assertThat(tenant.seen().get("lastProtocol").asText()).isEqualTo("https");
    }
  }

  @Test
  void aPkcs12KeystoreServesAsWell() throws Exception {
    pki.openssl(
        "pkcs12",
        "-export",
        "-inkey",
        pki.file("phone-key.pem").toString(),
        "-in",
        pki.file("phone.pem").toString(),
        "-passout",
        "pass:phone-secret",
        "-out",
        pki.file("phone.p12").toString());
    try (ProvisioningServer server = start()) {
      new SimTenant(server).create("{}");
      URI root = server.httpsUri().orElseThrow().resolve("/acme/");
      SSLContext context =
          ClientTls.context(
              new ClientTls.Identity.Pkcs12(pki.file("phone.p12"), "phone-secret".toCharArray()),
              Optional.of(pki.file("ca.pem")));

      BootResult result = boot(root, context);

      assertThat(result.outcome()).isInstanceOf(BootOutcome.Provisioned.class);
    }
  }

  @Test
  void aPhoneWithoutACertificateIsRefusedAndHasNothingToBootFrom() throws Exception {
    try (ProvisioningServer server = start()) {
      new SimTenant(server).create("{}");
      URI root = server.httpsUri().orElseThrow().resolve("/acme/");
      SSLContext trustOnly =
          ClientTls.context(new ClientTls.Identity.None(), Optional.of(pki.file("ca.pem")));

      BootResult result = boot(root, trustOnly);

      assertThat(result.outcome()).isInstanceOf(BootOutcome.Failed.class);
      assertThat(result.steps().get(1).status()).isZero();
      assertThat(result.steps().get(1).note()).startsWith("unreachable: ");
    }
  }
}
