package dev.ucprov.core.checksync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.NotifyTarget.PushRoute;
import dev.ucprov.core.checksync.NotifyTarget.SipRoute;
import dev.ucprov.core.checksync.TargetResolver.Resolution;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.PushSettings;
import dev.ucprov.core.inventory.SipSettings;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.SipProxy;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

  static final MacAddress MAC = MacAddress.parse("0004f2aabbcc");
  static final TenantId ACME = new TenantId("acme");
  static final Credentials LINE = new Credentials("201", "line-secret");

  final TargetResolver resolver = new TargetResolver();

  @Test
  void aTargetWithoutProxyGetsTheNotifyStraightWithTheLineCredentials() {
    SipRoute route =
        sip(resolver.resolve(tenant(), device(sip("sip:10.0.0.5:5062", null, LINE, null)), seen()));

    assertThat(route)
        .isEqualTo(
            new SipRoute(
                "sip:10.0.0.5:5062",
                "10.0.0.5",
                5062,
                "udp",
                Optional.of("201"),
                Optional.of("line-secret")));
  }

  @Test
  void aTargetWithoutPortTakesTheTransportsDefaultPort() {
    assertThat(
            sip(
                resolver.resolve(
                    tenant(), device(sip("sip:phone.lan", "tls", null, null)), seen())))
        .satisfies(r -> {
          assertThat(r.port()).isEqualTo(5061);
          assertThat(r.transport()).isEqualTo("tls");
          assertThat(r.requestUri()).isEqualTo("sip:phone.lan:5061");
          assertThat(r.username()).isEmpty();
        });
    assertThat(
            sip(
                resolver.resolve(
                    tenant(), device(sip("sips:phone.lan", null, null, null)), seen())))
        .satisfies(r -> assertThat(r.transport() + ":" + r.port()).isEqualTo("tls:5061"));
    assertThat(
            sip(
                resolver.resolve(
                    tenant(),
                    device(sip("sip:phone.lan;transport=tcp", null, null, null)),
                    seen())))
        .satisfies(r -> assertThat(r.transport() + ":" + r.port()).isEqualTo("tcp:5060"));
  }

  @Test
  void aUserGoesInTheRequestUriOfADirectNotify() {
    SipRoute route =
        sip(resolver.resolve(tenant(), device(sip("sip:10.0.0.5", null, null, "201")), seen()));

    assertThat(route.requestUri()).isEqualTo("sip:201@10.0.0.5:5060");
  }

  @Test
  void withoutTargetNorProxyTheNotifyGoesToTheLastSeenAddressOnPort5060() {
    SipRoute route = sip(resolver.resolve(tenant(), device(null), seen("192.0.2.10")));

    assertThat(route)
        .isEqualTo(
            new SipRoute(
                "sip:192.0.2.10:5060",
                "192.0.2.10",
                5060,
                "udp",
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void theLastSeenIpv6AddressIsBracketedInTheRequestUriOnly() {
    SipRoute route =
        sip(resolver.resolve(tenant(), device(sip(null, "tcp", LINE, null)), seen("2001:db8::5")));

    assertThat(route.requestUri()).isEqualTo("sip:[2001:db8::5]:5060");
    assertThat(route.host()).isEqualTo("2001:db8::5");
    assertThat(route.transport()).isEqualTo("tcp");
    assertThat(route.username()).contains("201");
  }

  @Test
  void neverSeenWithoutTargetNorProxyIsUnreachableAndSaysWhatToSet() {
    Resolution resolution = resolver.resolve(tenant(), device(null), Optional.empty());

    assertThat(resolution).isInstanceOf(Resolution.Unreachable.class);
    Delivery delivery = ((Resolution.Unreachable) resolution).delivery();
    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ERROR);
    assertThat(delivery.via()).isEqualTo(Delivery.Via.SIP);
    assertThat(delivery.reason()).contains("sip.target", "sip.proxy", "never seen");
  }

  @Test
  void throughAProxyTheRequestUriIsUserAtDomain() {
    Tenant tenant =
        tenant(
            new SipProxy(
                "sip:pbx.acme.example:5070", Optional.of("tcp"), Optional.of("acme.example")));

    SipRoute route = sip(resolver.resolve(tenant, device(sip(null, null, LINE, "301")), seen()));

    assertThat(route)
        .isEqualTo(
            new SipRoute(
                "sip:301@acme.example",
                "pbx.acme.example",
                5070,
                "tcp",
                Optional.of("201"),
                Optional.of("line-secret")));
  }

  @Test
  void throughAProxyTheDomainDefaultsToTheProxyHostAndTheUserToTheSipUserName() {
    Tenant tenant =
        tenant(new SipProxy("sips:pbx.acme.example", Optional.empty(), Optional.empty()));

    SipRoute route =
        sip(resolver.resolve(tenant, device(sip(null, "udp", LINE, null)), Optional.empty()));

    assertThat(route.requestUri()).isEqualTo("sip:201@pbx.acme.example");
    assertThat(route.transport()).as("the proxy's transport, not the device's").isEqualTo("tls");
    assertThat(route.port()).isEqualTo(5061);
  }

  @Test
  void throughAProxyADeviceWithoutAnyUserIsUnreachable() {
    Tenant tenant =
        tenant(new SipProxy("sip:pbx.acme.example", Optional.empty(), Optional.empty()));

    Resolution resolution = resolver.resolve(tenant, device(null), seen());

    assertThat(resolution)
        .isInstanceOfSatisfying(
            Resolution.Unreachable.class, u -> assertThat(u.reason()).contains("sip.user"));
  }

  @Test
  void aDeviceTargetWinsOverTheTenantsProxy() {
    Tenant tenant =
        tenant(new SipProxy("sip:pbx.acme.example", Optional.empty(), Optional.empty()));

    SipRoute route =
        sip(resolver.resolve(tenant, device(sip("sip:10.0.0.5", null, LINE, null)), seen()));

    assertThat(route.host()).isEqualTo("10.0.0.5");
    assertThat(route.requestUri()).isEqualTo("sip:10.0.0.5:5060");
  }

  @Test
  void pushSettingsMakeThePushApiTheWayEvenWithSipSettings() {
    Device device =
        device(
            sip("sip:10.0.0.5", null, LINE, null),
            new PushSettings(Optional.of("https://10.0.0.5/push"), new Credentials("push", "pw")));

    NotifyTarget target = reachable(resolver.resolve(tenant(), device, seen()));

    assertThat(target.sip()).isEmpty();
    assertThat(target.push()).contains(new PushRoute("https://10.0.0.5/push", "push", "pw"));
    assertThat(target.mac()).isEqualTo(MAC);
  }

  @Test
  void pushWithoutUrlGoesToTheLastSeenAddress() {
    Device device = device(null, new PushSettings(Optional.empty(), new Credentials("push", "pw")));

    assertThat(reachable(resolver.resolve(tenant(), device, seen("192.0.2.10"))).push())
        .contains(new PushRoute("http://192.0.2.10/push", "push", "pw"));
    assertThat(reachable(resolver.resolve(tenant(), device, seen("2001:db8::5"))).push())
        .contains(new PushRoute("http://[2001:db8::5]/push", "push", "pw"));
    assertThat(resolver.resolve(tenant(), device, Optional.empty()))
        .isInstanceOfSatisfying(
            Resolution.Unreachable.class,
            u -> {
              assertThat(u.via()).isEqualTo(Delivery.Via.PUSH);
              assertThat(u.reason()).contains("push.url");
            });
  }

  static SipSettings sip(String target, String transport, Credentials credentials, String user) {
    return new SipSettings(
        Optional.ofNullable(target),
        Optional.ofNullable(transport),
        Optional.ofNullable(credentials),
        Optional.ofNullable(user));
  }

  static Device device(SipSettings sip) {
    return device(sip, null);
  }

  static Device device(SipSettings sip, PushSettings push) {
    return new Device(
        ACME,
        MAC,
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        Optional.ofNullable(sip),
        Optional.ofNullable(push));
  }

  static Tenant tenant() {
    return new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of());
  }

  static Tenant tenant(SipProxy proxy) {
    return new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of(), Optional.of(proxy));
  }

  static Optional<DeviceStatus> seen() {
    return seen("192.0.2.10");
  }

  static Optional<DeviceStatus> seen(String address) {
    return Optional.of(
        new DeviceStatus(
            Instant.parse("2026-11-25T10:00:00Z"),
            address,
            Protocol.HTTP,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of()));
  }

  static NotifyTarget reachable(Resolution resolution) {
    assertThat(resolution).isInstanceOf(Resolution.Reachable.class);
    return ((Resolution.Reachable) resolution).target();
  }

  static SipRoute sip(Resolution resolution) {
    NotifyTarget target = reachable(resolution);
    assertThat(target.push()).isEmpty();
    return target.sip().orElseThrow();
  }
}
