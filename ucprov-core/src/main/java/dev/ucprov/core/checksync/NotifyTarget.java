package dev.ucprov.core.checksync;

import dev.ucprov.core.device.MacAddress;
import java.util.Optional;

/**
 * Everything a {@link Notifier} needs to reach one phone, resolved by the core from the device, its
 * tenant's defaults and its last seen address.
 *
 * @param mac the phone, for logs and the job record
 * @param sip where and how to send a SIP NOTIFY, when SIP is the way
 * @param push where and how to POST to the phone's Push API, when Push is the way
 */
public record NotifyTarget(MacAddress mac, Optional<SipRoute> sip, Optional<PushRoute> push) {

  /**
   * A SIP NOTIFY's route.
   *
   * @param requestUri the Request-URI ({@code sip:user@domain} through a proxy, else the target)
   * @param host where the request is sent: the outbound proxy, the target, or the last seen address
   * @param port the port there (5060 when unspecified, 5061 for TLS)
   * @param transport {@code udp}, {@code tcp} or {@code tls}
   * @param username for a digest challenge, when the device has SIP credentials
   * @param password for a digest challenge
   */
  public record SipRoute(
      String requestUri,
      String host,
      int port,
      String transport,
      Optional<String> username,
      Optional<String> password) {

    @Override
    public String toString() {
      return "SipRoute[" + requestUri + " via " + transport + ":" + host + ":" + port + "]";
    }
  }

  /**
   * A Push API request's route.
   *
   * @param url the phone's push URL ({@code http://10.0.0.5/push} or https)
   * @param username digest user ({@code apps.push.username})
   * @param password digest password ({@code apps.push.password})
   */
  public record PushRoute(String url, String username, String password) {

    @Override
    public String toString() {
      return "PushRoute[" + url + " as " + username + "]";
    }
  }
}
