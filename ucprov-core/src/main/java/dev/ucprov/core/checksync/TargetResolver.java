package dev.ucprov.core.checksync;

import dev.ucprov.core.checksync.NotifyTarget.PushRoute;
import dev.ucprov.core.checksync.NotifyTarget.SipRoute;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.PushSettings;
import dev.ucprov.core.inventory.SipSettings;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.SipProxy;
import dev.ucprov.core.tenant.Tenant;
import java.util.Optional;

/**
 * Where a check-sync for one device goes (ADR 0016). In order:
 *
 * <ol>
 *   <li>a device with {@code push} settings is reached through its Push API, at its push URL or
 *       else {@code http://<last seen address>/push};
 *   <li>a device with a {@code sip.target} gets the NOTIFY straight there: its own setting wins
 *       over the tenant's proxy;
 *   <li>a device whose tenant has a {@code sip.proxy} gets it through the proxy, with Request-URI
 *       {@code sip:user@domain}, which reaches a phone behind NAT through its registration;
 *   <li>otherwise straight to the address the phone was last seen at, port 5060 (5061 for TLS).
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class TargetResolver {

  /** Where the check-sync goes, or why it cannot go anywhere. */
  public sealed interface Resolution {
    record Reachable(NotifyTarget target) implements Resolution {}

    /**
     * @param via the mechanism the device would have used
     * @param reason what the operator must set, for people
     */
    record Unreachable(Delivery.Via via, String reason) implements Resolution {

      /** How the attempt is reported: an error that names what is missing. */
      public Delivery delivery() {
        return new Delivery(Delivery.Outcome.ERROR, 0, reason, via);
      }
    }
  }

  public Resolution resolve(Tenant tenant, Device device, Optional<DeviceStatus> status) {
    Optional<String> lastAddress = status.map(DeviceStatus::lastAddress);
    if (device.push().isPresent()) {
      return push(device, device.push().get(), lastAddress);
    }
    SipSettings sip = device.sip().orElseGet(SipSettings::none);
    if (sip.target().isPresent()) {
      return direct(device, sip, SipUri.parse(sip.target().get()));
    }
    if (tenant.sip().isPresent()) {
      return throughProxy(device, sip, tenant.sip().get());
    }
    if (lastAddress.isEmpty()) {
      return new Resolution.Unreachable(
          Delivery.Via.SIP,
          "device "
              + device.mac()
              + " has no sip.target, tenant "
              + tenant.id()
              + " has no sip.proxy, and the phone was never seen: set one of them");
    }
    String transport = sip.transport().orElse("udp");
    SipUri seen =
        new SipUri(
            false,
            Optional.empty(),
            lastAddress.get(),
            java.util.OptionalInt.empty(),
            Optional.of(transport));
    return direct(device, sip, seen);
  }

  private static Resolution push(Device device, PushSettings push, Optional<String> lastAddress) {
    Optional<String> url =
        push.url().or(() -> lastAddress.map(a -> "http://" + SipUri.uriHost(a) + "/push"));
    if (url.isEmpty()) {
      return new Resolution.Unreachable(
          Delivery.Via.PUSH,
          "device " + device.mac() + " has no push.url and the phone was never seen: set push.url");
    }
    Credentials c = push.credentials();
    return reachable(
        device,
        Optional.empty(),
        Optional.of(new PushRoute(url.get(), c.username(), c.password())));
  }

  /** To the device's own target, or its last seen address, with the device's transport. */
  private static Resolution direct(Device device, SipSettings sip, SipUri target) {
    String transport =
        sip.transport().or(target::transport).orElse(target.secure() ? "tls" : "udp");
    int port = target.port().orElse(SipUri.defaultPort(transport));
    Optional<String> user = sip.user().or(target::user);
    String requestUri =
        "sip:" + user.map(u -> u + "@").orElse("") + SipUri.uriHost(target.host()) + ":" + port;
    return sip(device, sip, new Hop(requestUri, target.host(), port, transport));
  }

  /** To the tenant's proxy, with the proxy's transport: that is the hop the request takes. */
  private static Resolution throughProxy(Device device, SipSettings sip, SipProxy proxy) {
    Optional<String> user = sip.user().or(() -> sip.credentials().map(Credentials::username));
    if (user.isEmpty()) {
      return new Resolution.Unreachable(
          Delivery.Via.SIP,
          "device "
              + device.mac()
              + " has no sip.user (nor sip.username) to address it through the tenant's proxy"
              + " as sip:user@domain: set sip.user, or sip.target to bypass the proxy");
    }
    SipUri uri = SipUri.parse(proxy.proxy());
    String transport = proxy.transport().or(uri::transport).orElse(uri.secure() ? "tls" : "udp");
    int port = uri.port().orElse(SipUri.defaultPort(transport));
    String domain = proxy.domain().orElse(SipUri.uriHost(uri.host()));
    return sip(
        device, sip, new Hop("sip:" + user.get() + "@" + domain, uri.host(), port, transport));
  }

  private record Hop(String requestUri, String host, int port, String transport) {}

  private static Resolution sip(Device device, SipSettings sip, Hop hop) {
    SipRoute route =
        new SipRoute(
            hop.requestUri(),
            hop.host(),
            hop.port(),
            hop.transport(),
            sip.credentials().map(Credentials::username),
            sip.credentials().map(Credentials::password));
    return reachable(device, Optional.of(route), Optional.empty());
  }

  private static Resolution reachable(
      Device device, Optional<SipRoute> sip, Optional<PushRoute> push) {
    return new Resolution.Reachable(new NotifyTarget(device.mac(), sip, push));
  }
}
