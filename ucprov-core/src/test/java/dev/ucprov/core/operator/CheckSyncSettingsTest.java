package dev.ucprov.core.operator;

import static dev.ucprov.core.operator.TenantCatalogTest.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.PushSettings;
import dev.ucprov.core.inventory.SipSettings;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.SipProxy;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code sip} and {@code push} settings of devices and the {@code sip} proxy of tenants. */
class CheckSyncSettingsTest {

  static final String MAC = "0004f2aabbcc";

  final InMemoryStore store = new InMemoryStore();
  final TenantCatalog tenants = new TenantCatalog(store.tenants());
  final DeviceCatalog devices =
      new DeviceCatalog(store.tenants(), store.devices(), store.inventory());

  @BeforeEach
  void acme() {
    tenants.put("acme", new TenantForm("Acme", null, null, null));
  }

  @Test
  void aDevicesSipAndPushSettingsAreStoredChecked() {
    Outcome<Device> outcome =
        put(
            new SipForm("sip:10.0.0.5:5062", "TCP", "201", "line-pw", "201"),
            new PushForm("https://10.0.0.5/push", "push", "push-pw"));

    assertThat(outcome).isInstanceOf(Outcome.Created.class);
    Device stored = stored();
    assertThat(stored.sip())
        .contains(
            new SipSettings(
                Optional.of("sip:10.0.0.5:5062"),
                Optional.of("tcp"),
                Optional.of(new Credentials("201", "line-pw")),
                Optional.of("201")));
    assertThat(stored.push())
        .contains(
            new PushSettings(
                Optional.of("https://10.0.0.5/push"), new Credentials("push", "push-pw")));
  }

  @Test
  void emptySipSettingsAreNoSettings() {
    put(new SipForm(null, " ", null, null, ""), null);

    assertThat(stored().sip()).isEmpty();
  }

  @Test
  void maskedPasswordsKeepTheStoredOnes() {
    put(new SipForm(null, null, "201", "line-pw", null), new PushForm(null, "push", "push-pw"));

    Outcome<Device> again =
        put(
            new SipForm("sip:10.0.0.9", null, "202", CredentialsForm.MASKED, null),
            new PushForm(null, "push2", CredentialsForm.MASKED));

    assertThat(again).isInstanceOf(Outcome.Ok.class);
    assertThat(stored().sip().orElseThrow().credentials())
        .contains(new Credentials("202", "line-pw"));
    assertThat(stored().push().orElseThrow().credentials())
        .isEqualTo(new Credentials("push2", "push-pw"));
  }

  @Test
  void aMaskedPasswordWithNothingStoredIsRefused() {
    assertThat(field(put(new SipForm(null, null, "201", CredentialsForm.MASKED, null), null)))
        .isEqualTo("sip.password");
    assertThat(field(put(null, new PushForm(null, "push", CredentialsForm.MASKED))))
        .isEqualTo("push.password");
    assertThat(store.devices().find(MacAddress.parse(MAC))).isEmpty();
  }

  @Test
  void badSipSettingsAreRefusedNamingTheField() {
    assertThat(field(put(new SipForm("10.0.0.5", null, null, null, null), null)))
        .isEqualTo("sip.target");
    assertThat(field(put(new SipForm(null, "sctp", null, null, null), null)))
        .isEqualTo("sip.transport");
    assertThat(field(put(new SipForm(null, null, null, "pw", null), null)))
        .isEqualTo("sip.username");
    assertThat(field(put(new SipForm(null, null, "201", null, null), null)))
        .isEqualTo("sip.password");
    assertThat(field(put(new SipForm(null, null, null, null, "a@b"), null))).isEqualTo("sip.user");
    assertThat(store.devices().find(MacAddress.parse(MAC))).isEmpty();
  }

  @Test
  void badPushSettingsAreRefusedNamingTheField() {
    assertThat(field(put(null, new PushForm("ftp://10.0.0.5/push", "u", "p"))))
        .isEqualTo("push.url");
    assertThat(field(put(null, new PushForm(null, null, "p")))).isEqualTo("push.username");
    assertThat(field(put(null, new PushForm(null, "u", null)))).isEqualTo("push.password");
  }

  @Test
  void aTenantsProxyIsStoredChecked() {
    Outcome<Tenant> outcome =
        tenants.put(
            "acme", tenant(new SipProxyForm(" sip:pbx.acme.example ", "TLS", "acme.example")));

    assertThat(outcome).isInstanceOf(Outcome.Ok.class);
    assertThat(store.tenants().find(new TenantId("acme")).orElseThrow().sip())
        .contains(
            new SipProxy("sip:pbx.acme.example", Optional.of("tls"), Optional.of("acme.example")));
  }

  @Test
  void aBadProxyIsRefusedNamingTheField() {
    assertThat(field(tenants.put("acme", tenant(new SipProxyForm(null, null, "d")))))
        .isEqualTo("sip.proxy");
    assertThat(field(tenants.put("acme", tenant(new SipProxyForm("pbx", null, null)))))
        .isEqualTo("sip.proxy");
    assertThat(field(tenants.put("acme", tenant(new SipProxyForm("sip:pbx", "x", null)))))
        .isEqualTo("sip.transport");
    assertThat(field(tenants.put("acme", tenant(new SipProxyForm("sip:pbx", null, "a b")))))
        .isEqualTo("sip.domain");
    assertThat(store.tenants().find(new TenantId("acme")).orElseThrow().sip()).isEmpty();
  }

  private static TenantForm tenant(SipProxyForm sip) {
    return new TenantForm("Acme", null, null, null, Optional.of(sip));
  }

  private Outcome<Device> put(SipForm sip, PushForm push) {
    return devices.put(
        "acme",
        MAC,
        new DeviceForm(
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Optional.empty(),
            Optional.ofNullable(sip),
            Optional.ofNullable(push)));
  }

  private Device stored() {
    return store.devices().find(MacAddress.parse(MAC)).orElseThrow();
  }
}
