package dev.ucprov.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.device.MacAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NOTIFY over TCP and TLS, against a Java phone on loopback (sipp here lacks TLS). */
class StreamTransportIT {

  @TempDir Path dir;

  static NotifyTarget target(String host, int port, String transport) {
    return new NotifyTarget(
        MacAddress.parse("0004f2abcdef"),
        Optional.of(
            new NotifyTarget.SipRoute(
                "sip:1001@" + host + ":" + port,
                host,
                port,
                transport,
                Optional.of("1001"),
                Optional.of("secret"))),
        Optional.empty());
  }

  static SipNotifier notifier(TrustSettings trust) throws Exception {
    return SipNotifier.open(
        SipSettings.defaults()
            .withUdpBind(new InetSocketAddress(Sipp.LOOPBACK, 0))
            .withTimers(SippNotifyIT.FAST)
            .withTrust(trust));
  }

  static Delivery send(SipNotifier notifier, NotifyTarget target) throws Exception {
    return notifier.checkSync(target).toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  @Test
  void tcp_frames_keep_alives_decoys_provisional_and_final_from_one_write() throws Exception {
    try (StreamPhone phone =
            new StreamPhone(
                Optional.empty(),
                request ->
                    Optional.of(
                        List.of(
                            "\r\n\r\n",
                            request.forged(
                                "200 Decoy",
                                request.header("Via").replace(request.branch(), "z9hG4bKx"),
                                request.header("Call-ID"),
                                request.header("CSeq")),
                            request.reply("100 Trying"),
                            request.reply("202 Accepted"))));
        SipNotifier notifier = notifier(TrustSettings.jdkDefaults())) {
      assertThat(send(notifier, target("127.0.0.1", phone.port(), "tcp")))
          .isEqualTo(new Delivery(Delivery.Outcome.OK, 202, "Accepted", Delivery.Via.SIP));
      RawPhone.Request request = phone.received.getFirst();
      assertThat(request.header("Via"))
          .startsWith("SIP/2.0/TCP 127.0.0.1:")
          .doesNotContain("rport");
      assertThat(request.header("Contact")).endsWith(";transport=tcp>");
      assertThat(phone.received).hasSize(1);
    }
  }

  @Test
  void tcp_challenge_is_answered_on_the_same_connection() throws Exception {
    try (StreamPhone phone =
            new StreamPhone(
                Optional.empty(),
                request -> {
                  String authorization = request.header("Authorization");
                  if (authorization.isEmpty()) {
                    return Optional.of(
                        List.of(
                            request.reply(
                                "401 Unauthorized",
                                "WWW-Authenticate: Digest realm=\"PolycomSPIP\", nonce=\"t\","
                                    + " algorithm=SHA-256, qop=\"auth\"")));
                  }
                  boolean good =
                      PhoneDigest.valid(
                          authorization, "SHA-256", "PolycomSPIP", "t", "NOTIFY", "1001", "secret");
                  return Optional.of(List.of(request.reply(good ? "200 OK" : "403 Bad Digest")));
                });
        SipNotifier notifier = notifier(TrustSettings.jdkDefaults())) {
      assertThat(send(notifier, target("127.0.0.1", phone.port(), "tcp")).status()).isEqualTo(200);
      assertThat(phone.received).hasSize(2);
      assertThat(phone.received.get(1).from()).isEqualTo(phone.received.get(0).from());
    }
  }

  @Test
  void tcp_phone_hanging_up_without_an_answer_is_an_error() throws Exception {
    try (StreamPhone phone = new StreamPhone(Optional.empty(), request -> Optional.empty());
        SipNotifier notifier = notifier(TrustSettings.jdkDefaults())) {
      assertThat(send(notifier, target("127.0.0.1", phone.port(), "tcp")))
          .isEqualTo(
              new Delivery(
                  Delivery.Outcome.ERROR,
                  0,
                  "the phone closed the TCP connection",
                  Delivery.Via.SIP));
    }
  }

  @Test
  void tcp_connection_refused_is_an_error_naming_the_address() throws Exception {
    int closedPort = Sipp.freePort(true);
    try (SipNotifier notifier = notifier(TrustSettings.jdkDefaults())) {
      Delivery delivery = send(notifier, target("127.0.0.1", closedPort, "tcp"));
      assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ERROR);
      assertThat(delivery.reason())
          .startsWith("cannot connect to 127.0.0.1:" + closedPort + ": Connection refused");
    }
  }

  @Test
  void tls_with_the_phone_certificate_trusted() throws Exception {
    TestCertificates certificates = TestCertificates.create(dir);
    TrustSettings trust =
        new TrustSettings(
            Optional.of(certificates.trustStore()), Optional.of(TestCertificates.PASSWORD), true);
    try (StreamPhone phone =
            new StreamPhone(
                Optional.of(certificates.phoneContext()),
                request -> Optional.of(List.of(request.reply("200 OK"))));
        SipNotifier notifier = notifier(trust)) {
      assertThat(send(notifier, target("127.0.0.1", phone.port(), "tls")).outcome())
          .isEqualTo(Delivery.Outcome.OK);
      assertThat(phone.received.getFirst().header("Via")).startsWith("SIP/2.0/TLS 127.0.0.1:");

      // The certificate names 127.0.0.1 only: dialled as localhost it is refused, unless the
      // operator turned host name verification off.
      Delivery byName = send(notifier, target("localhost", phone.port(), "tls"));
      assertThat(byName.outcome()).isEqualTo(Delivery.Outcome.ERROR);
      assertThat(byName.reason()).startsWith("TLS handshake with localhost failed");
      try (SipNotifier lax =
          notifier(new TrustSettings(trust.trustStore(), trust.password(), false))) {
        assertThat(send(lax, target("localhost", phone.port(), "tls")).outcome())
            .isEqualTo(Delivery.Outcome.OK);
      }
    }
  }

  @Test
  void tls_with_an_untrusted_phone_certificate_is_an_error() throws Exception {
    TestCertificates certificates = TestCertificates.create(dir);
    try (StreamPhone phone =
            new StreamPhone(
                Optional.of(certificates.phoneContext()),
                request -> Optional.of(List.of(request.reply("200 OK"))));
        SipNotifier notifier = notifier(TrustSettings.jdkDefaults())) {
      Delivery delivery = send(notifier, target("127.0.0.1", phone.port(), "tls"));
      assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ERROR);
      assertThat(delivery.reason()).startsWith("TLS handshake with 127.0.0.1 failed");
      assertThat(phone.received).isEmpty();
    }
  }
}
