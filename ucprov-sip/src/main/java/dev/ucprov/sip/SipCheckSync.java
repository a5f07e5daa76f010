package dev.ucprov.sip;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.NotifyTarget.SipRoute;
import dev.ucprov.sip.digest.DigestAnswer;
import dev.ucprov.sip.digest.DigestChallenge;
import dev.ucprov.sip.digest.DigestCredentials;
import dev.ucprov.sip.message.NotifyRequest;
import dev.ucprov.sip.message.SipResponse;
import dev.ucprov.sip.transaction.ClientTransaction;
import dev.ucprov.sip.transaction.Leg;
import dev.ucprov.sip.transaction.TransactionEnd;
import dev.ucprov.sip.transport.StreamConnector;
import dev.ucprov.sip.transport.StreamLeg;
import dev.ucprov.sip.transport.UdpEndpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * One check-sync over SIP, start to end, on the calling (virtual) thread: the NOTIFY transaction,
 * and when the phone challenges it, one more transaction answering the challenge (RFC 3261 §22.2:
 * same Call-ID and From tag, next CSeq, new branch). Stateless; thread-safe.
 */
final class SipCheckSync {

  private final SipSettings settings;
  private final UdpEndpoint udp;
  private final StreamConnector streams;
  private final ClientTransaction transaction;
  private final SipIds ids = new SipIds();

  SipCheckSync(SipSettings settings, UdpEndpoint udp, StreamConnector streams) {
    this.settings = settings;
    this.udp = udp;
    this.streams = streams;
    this.transaction = new ClientTransaction(settings.timers());
  }

  Delivery deliver(SipRoute route) {
    Optional<String> problem = SipRouteCheck.problem(route);
    if (problem.isPresent()) {
      return SipDeliveries.error(problem.get());
    }
    String host = route.host().replaceAll("^\\[|]$", "");
    try {
      InetSocketAddress phone = new InetSocketAddress(InetAddress.getByName(host), route.port());
      return switch (route.transport().toLowerCase(Locale.ROOT)) {
        case "tcp" -> overStream(streams.tcp(phone), route);
        case "tls" -> overStream(streams.tls(phone, host), route);
        default -> converse(udp.towards(phone), route);
      };
    } catch (UnknownHostException e) {
      return SipDeliveries.error("cannot resolve SIP host '" + route.host() + "'");
    } catch (IOException e) {
      return SipDeliveries.error(e.getMessage());
    }
  }

  private Delivery overStream(StreamLeg leg, SipRoute route) {
    try (leg) {
      return converse(leg, route);
    }
  }

  private Delivery converse(Leg leg, SipRoute route) {
    NotifyRequest first = firstRequest(leg, route);
    TransactionEnd end = transaction.run(leg, first);
    if (!(end instanceof TransactionEnd.Answered answered) || !challenge(answered.response())) {
      return SipDeliveries.of(end, "");
    }
    if (route.username().isEmpty()) {
      return SipDeliveries.of(end, "the device has no SIP credentials to answer it");
    }
    Optional<NotifyRequest> retry = answering(first, answered.response(), route);
    if (retry.isEmpty()) {
      return SipDeliveries.of(end, "no Digest challenge with an algorithm and qop we support");
    }
    return SipDeliveries.of(transaction.run(leg, retry.get()), "the phone refused the credentials");
  }

  private NotifyRequest firstRequest(Leg leg, SipRoute route) {
    String sentBy = leg.sentBy();
    String host = sentBy.substring(0, sentBy.lastIndexOf(':'));
    String transportParam =
        leg.transport().equals("UDP")
            ? ""
            : ";transport=" + leg.transport().toLowerCase(Locale.ROOT);
    return new NotifyRequest(
        route.requestUri(),
        leg.transport(),
        sentBy,
        ids.branch(),
        "sip:" + settings.fromUser() + "@" + host,
        ids.tag(),
        ids.callId(),
        1,
        "sip:" + settings.fromUser() + "@" + sentBy + transportParam,
        settings.userAgent(),
        Optional.empty());
  }

  /**
   * RFC 3261 §22.3: a 401 names WWW-Authenticate and wants Authorization, a 407 the Proxy- pair.
   */
  private Optional<NotifyRequest> answering(
      NotifyRequest first, SipResponse challenge, SipRoute route) {
    boolean proxy = challenge.status() == 407;
    DigestCredentials credentials =
        new DigestCredentials(route.username().orElseThrow(), route.password().orElse(""));
    return DigestChallenge.first(
            challenge.headers().all(proxy ? "proxy-authenticate" : "www-authenticate"))
        .map(digest ->
            DigestAnswer.header(
                digest,
                credentials,
                NotifyRequest.METHOD,
                first.requestUri(),
                new byte[0],
                ids.cnonce()))
        .map(header ->
            first.answering(
                ids.branch(),
                new NotifyRequest.Credentials(
                    proxy ? "Proxy-Authorization" : "Authorization", header)));
  }

  static boolean challenge(SipResponse response) {
    return response.status() == 401 || response.status() == 407;
  }
}
