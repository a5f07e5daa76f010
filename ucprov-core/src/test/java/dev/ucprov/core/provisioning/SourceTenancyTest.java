package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.access.PasswordProof;
import dev.ucprov.core.access.Proof;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Network;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that carry no tenant in their host or path (issue 5 point 2): TFTP by the file's MAC,
 * then by source network; FTP by the tenant its login settled. And the factory account.
 */
class SourceTenancyTest {

  private static final String ACME_PHONE = "10.20.0.7";
  private static final String GLOBEX_PHONE = "2001:db8:5::9";
  private static final String STRANGER = "192.0.2.99";

  private final Served served = new Served();

  @BeforeEach
  void twoTenantsWithNetworks() {
    put("acme", Optional.empty(), false, "10.20.0.0/16");
    put("globex", Optional.empty(), false, "2001:db8::/32");
    served.file("acme", "site.cfg", "acme site");
    served.file("acme", "acme/site.cfg", "acme's acme folder");
    served.file("globex", "site.cfg", "globex site");
    served.file("globex", "0004f2000002.cfg", "globex phone 2");
    served.device("globex", "0004f2000002", Map.of());
  }

  @Test
  void tftpPicksTheTenantWhoseNetworkHoldsTheSource() {
    assertThat(served.text(tftp(ACME_PHONE, "site.cfg"))).isEqualTo("acme site");
    assertThat(served.text(tftp(GLOBEX_PHONE, "site.cfg"))).isEqualTo("globex site");
    assertThat(served.text(tftp("::ffff:10.20.1.1", "site.cfg"))).isEqualTo("acme site");
  }

  @Test
  void overTftpTheWholePathIsTheFileNotATenantPrefix() {
    assertThat(served.text(tftp(ACME_PHONE, "acme/site.cfg"))).isEqualTo("acme's acme folder");
    assertThat(tftp(ACME_PHONE, "globex/site.cfg"))
        .isEqualTo(
            new FileReply.NotFound(
                new Routing(Optional.of(new TenantId("acme")), Optional.empty())));
  }

  @Test
  void aKnownMacInTheNameGoesToItsDevicesTenantFromAnyNetwork() {
    FileReply reply = tftp(ACME_PHONE, "0004f2000002.cfg");

    assertThat(served.text(reply)).isEqualTo("globex phone 2");
    assertThat(reply.routing())
        .isEqualTo(
            new Routing(
                Optional.of(new TenantId("globex")),
                Optional.of(MacAddress.parse("0004f2000002"))));
  }

  @Test
  void anUnknownMacFallsBackToTheSourceNetworkAndIsRecordedThere() {
    FileReply reply = tftp(ACME_PHONE, "0004f2000009.cfg");

    assertThat(reply)
        .isEqualTo(
            new FileReply.NotFound(
                new Routing(
                    Optional.of(new TenantId("acme")),
                    Optional.of(MacAddress.parse("0004f2000009")))));
  }

  @Test
  void aSourceInNoNetworkReachesNoTenant() {
    assertThat(tftp(STRANGER, "site.cfg")).isEqualTo(new FileReply.NotFound(Routing.nowhere()));
    assertThat(tftp(STRANGER, "../site.cfg")).isEqualTo(new FileReply.NotFound(Routing.nowhere()));
  }

  @Test
  void tftpCarriesNoCredentialsSoATenantThatNeedsThemAnswersAChallenge() {
    put("acme", Optional.of(new Credentials("acme", "s3cret")), false, "10.20.0.0/16");

    assertThat(tftp(ACME_PHONE, "site.cfg")).isInstanceOf(FileReply.Challenge.class);
  }

  @Test
  void aTenantHintWinsOverHostPathAndSource() {
    FileRequest request =
        new FileRequest(
            Protocol.FTP,
            Optional.of("unknown.example"),
            "site.cfg",
            ACME_PHONE,
            "",
            Proof.none(),
            Optional.of(new TenantId("globex")));

    assertThat(served.text(served.service.fetch(request))).isEqualTo("globex site");
  }

  @Test
  void aHintNamingNoTenantOrAnUnsafePathIsNotFound() {
    assertThat(hinted("nobody", "site.cfg")).isEqualTo(new FileReply.NotFound(Routing.nowhere()));
    assertThat(hinted("acme", "../globex/site.cfg"))
        .isEqualTo(new FileReply.NotFound(Routing.nowhere()));
  }

  @Test
  void theFactoryAccountActsAsTheTenantsCredentialsOnlyWhereEnabled() {
    Credentials own = new Credentials("acme", "s3cret");
    put("acme", Optional.of(own), false, "10.20.0.0/16");
    assertThat(withPassword("acme", Tenant.FACTORY_ACCOUNT))
        .isInstanceOf(FileReply.Challenge.class);

    put("acme", Optional.of(own), true, "10.20.0.0/16");
    assertThat(served.text(withPassword("acme", Tenant.FACTORY_ACCOUNT))).isEqualTo("acme site");
    assertThat(served.text(withPassword("acme", own))).isEqualTo("acme site");
    assertThat(withPassword("acme", new Credentials("PlcmSpIp", "wrong")))
        .isInstanceOf(FileReply.Challenge.class);
  }

  @Test
  void theFactoryAccountCountsOnlyFromInsideTheTenantsNetworks() {
    put("acme", Optional.of(new Credentials("acme", "s3cret")), true, "10.20.0.0/16");

    assertThat(served.text(withPassword("acme", Tenant.FACTORY_ACCOUNT))).isEqualTo("acme site");
    assertThat(withPassword("acme", Tenant.FACTORY_ACCOUNT, STRANGER))
        .isInstanceOf(FileReply.Challenge.class);
    assertThat(served.text(withPassword("acme", new Credentials("acme", "s3cret"), STRANGER)))
        .isEqualTo("acme site");
  }

  private FileReply tftp(String source, String path) {
    return served.service.fetch(
        new FileRequest(Protocol.TFTP, Optional.empty(), path, source, "", Proof.none()));
  }

  private FileReply hinted(String tenant, String path) {
    return served.service.fetch(
        new FileRequest(
            Protocol.FTP,
            Optional.empty(),
            path,
            ACME_PHONE,
            "",
            Proof.none(),
            Optional.of(new TenantId(tenant))));
  }

  private FileReply withPassword(String tenant, Credentials presented) {
    return withPassword(tenant, presented, ACME_PHONE);
  }

  private FileReply withPassword(String tenant, Credentials presented, String source) {
    Proof proof = Proof.of(new PasswordProof(presented.username(), presented.password()::equals));
    return served.service.fetch(
        new FileRequest(
            Protocol.FTP,
            Optional.empty(),
            "site.cfg",
            source,
            "",
            proof,
            Optional.of(new TenantId(tenant))));
  }

  private void put(
      String id, Optional<Credentials> credentials, boolean factory, String... networks) {
    List<Network> parsed =
        List.of(networks).stream()
            .map(n -> ((Network.Parsed.Valid) Network.parse(n)).network())
            .toList();
    served
        .store
        .tenants()
        .put(
            new Tenant(
                new TenantId(id),
                "Tenant " + id,
                List.of(),
                credentials,
                Map.of(),
                Optional.empty(),
                parsed,
                factory));
  }
}
