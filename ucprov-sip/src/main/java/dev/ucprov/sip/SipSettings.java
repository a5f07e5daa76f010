package dev.ucprov.sip;

import dev.ucprov.sip.transaction.SipTimers;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * How the SIP NOTIFY user agent runs.
 *
 * @param udpBind the shared UDP socket's address ({@code 0.0.0.0:0}: any address, a free port)
 * @param advertisedHost the host written in Via, From and Contact; empty: the local address the
 *     route to each phone leaves from (set it behind NAT)
 * @param timers T1 and T2 (timer F is 64*T1)
 * @param maxInFlight check-syncs at once; more are refused as {@code ERROR}, so memory stays
 *     bounded whatever the caller does (the job engine's own limit sits below it)
 * @param userAgent the User-Agent header
 * @param fromUser the user part of our From and Contact URIs
 * @param trust which phone certificates to accept over TLS
 */
public record SipSettings(
    InetSocketAddress udpBind,
    Optional<String> advertisedHost,
    SipTimers timers,
    int maxInFlight,
    String userAgent,
    String fromUser,
    TrustSettings trust) {

  public static final int DEFAULT_MAX_IN_FLIGHT = 10_000;

  public SipSettings {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
    }
  }

  /** Any address, a free UDP port, RFC 3261 timers, JDK trust. */
  public static SipSettings defaults() {
    return new SipSettings(
        new InetSocketAddress(0),
        Optional.empty(),
        SipTimers.RFC_3261,
        DEFAULT_MAX_IN_FLIGHT,
        "ucprov",
        "ucprov",
        TrustSettings.jdkDefaults());
  }

  public SipSettings withUdpBind(InetSocketAddress bind) {
    return new SipSettings(bind, advertisedHost, timers, maxInFlight, userAgent, fromUser, trust);
  }

  public SipSettings withTimers(SipTimers newTimers) {
    return new SipSettings(
        udpBind, advertisedHost, newTimers, maxInFlight, userAgent, fromUser, trust);
  }

  public SipSettings withMaxInFlight(int limit) {
    return new SipSettings(udpBind, advertisedHost, timers, limit, userAgent, fromUser, trust);
  }

  public SipSettings withTrust(TrustSettings newTrust) {
    return new SipSettings(
        udpBind, advertisedHost, timers, maxInFlight, userAgent, fromUser, newTrust);
  }
}
