package dev.ucprov.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.device.MacAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Phones and impostors that sipp cannot play: decoy responses, garbage, SHA-256 challenges, a phone
 * that never accepts, and the notifier's own limits. Raw UDP sockets on loopback.
 */
class MisbehavingPhoneIT {

  static NotifyTarget target(int port, Optional<String> user, Optional<String> password) {
    return new NotifyTarget(
        MacAddress.parse("0004f2abcdef"),
        Optional.of(
            new NotifyTarget.SipRoute(
                "sip:1001@127.0.0.1:" + port, "127.0.0.1", port, "udp", user, password)),
        Optional.empty());
  }

  static NotifyTarget target(int port) {
    return target(port, Optional.of("1001"), Optional.of("secret"));
  }

  static Delivery send(SipNotifier notifier, NotifyTarget target) throws Exception {
    return notifier.checkSync(target).toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  @Test
  void garbage_requests_and_responses_of_other_transactions_are_ignored() throws Exception {
    try (RawPhone phone =
            new RawPhone(request ->
                List.of(
                    "garbage \u0000\u00ff not SIP at all",
                    "",
                    "SIP/2.0 200 OK\r\nno colon\r\n\r\n",
                    "OPTIONS sip:ucprov@127.0.0.1 SIP/2.0\r\nVia: "
                        + request.header("Via")
                        + "\r\nCall-ID: "
                        + request.header("Call-ID")
                        + "\r\n\r\n",
                    request.forged(
                        "200 Wrong Branch",
                        request.header("Via").replace(request.branch(), "z9hG4bKforged"),
                        request.header("Call-ID"),
                        request.header("CSeq")),
                    request.forged(
                        "200 Wrong Call-ID",
                        request.header("Via"),
                        "forged-call",
                        request.header("CSeq")),
                    request.forged(
                        "200 Wrong Method",
                        request.header("Via"),
                        request.header("Call-ID"),
                        "1 INVITE"),
                    request.forged(
                        "200 Wrong Sender",
                        request.header("Via").replaceFirst("UDP [^;]+", "UDP 192.0.2.66:5060"),
                        request.header("Call-ID"),
                        request.header("CSeq")),
                    request.reply("486 Busy Here")));
        SipNotifier notifier = SippNotifyIT.notifier()) {
      assertThat(send(notifier, target(phone.port())))
          .isEqualTo(new Delivery(Delivery.Outcome.REJECTED, 486, "Busy Here", Delivery.Via.SIP));
      assertThat(phone.received).hasSize(1);
    }
  }

  @Test
  void retransmitted_final_responses_after_the_end_disturb_nothing() throws Exception {
    try (RawPhone phone =
            new RawPhone(request -> List.of(request.reply("200 OK"), request.reply("200 OK")));
        SipNotifier notifier = SippNotifyIT.notifier()) {
      for (int i = 0; i < 3; i++) {
        assertThat(send(notifier, target(phone.port())).outcome()).isEqualTo(Delivery.Outcome.OK);
      }
      assertThat(phone.received).hasSize(3);
      assertThat(phone.received.stream().map(r -> r.header("Call-ID")).distinct()).hasSize(3);
    }
  }

  @Test
  void sha256_challenge_is_answered_once_with_new_branch_next_cseq_same_call() throws Exception {
    String nonce = "c2hhMjU2bm9uY2U";
    try (RawPhone phone =
            new RawPhone(request -> {
              String authorization = request.header("Authorization");
              if (authorization.isEmpty()) {
                return List.of(
                    request.reply(
                        "401 Unauthorized",
                        "WWW-Authenticate: Digest realm=\"PolycomSPIP\", nonce=\""
                            + nonce
                            + "\", algorithm=SHA-256, qop=\"auth\"",
                        "WWW-Authenticate: Digest realm=\"PolycomSPIP\", nonce=\""
                            + nonce
                            + "\", algorithm=MD5, qop=\"auth\""));
              }
              boolean good =
                  PhoneDigest.valid(
                      authorization, "SHA-256", "PolycomSPIP", nonce, "NOTIFY", "1001", "secret");
              return List.of(request.reply(good ? "200 OK" : "403 Bad Digest"));
            });
        SipNotifier notifier = SippNotifyIT.notifier()) {
      assertThat(send(notifier, target(phone.port())))
          .isEqualTo(new Delivery(Delivery.Outcome.OK, 200, "OK", Delivery.Via.SIP));

      assertThat(phone.received).hasSize(2);
      RawPhone.Request first = phone.received.get(0);
      RawPhone.Request second = phone.received.get(1);
      assertThat(second.header("Authorization")).contains("algorithm=SHA-256", "qop=auth");
      assertThat(second.header("Call-ID")).isEqualTo(first.header("Call-ID"));
      assertThat(second.fromTag()).isEqualTo(first.fromTag()).isNotEmpty();
      assertThat(first.header("CSeq")).isEqualTo("1 NOTIFY");
      assertThat(second.header("CSeq")).isEqualTo("2 NOTIFY");
      assertThat(second.branch()).startsWith("z9hG4bK").isNotEqualTo(first.branch());
    }
  }

  @Test
  void a_phone_that_challenges_again_is_answered_only_once() throws Exception {
    try (RawPhone phone =
            new RawPhone(request ->
                List.of(
                    request.reply(
                        "401 Unauthorized",
                        "WWW-Authenticate: Digest realm=\"PolycomSPIP\", nonce=\"n\"")));
        SipNotifier notifier = SippNotifyIT.notifier()) {
      assertThat(send(notifier, target(phone.port())))
          .isEqualTo(
              new Delivery(
                  Delivery.Outcome.REJECTED,
                  401,
                  "Unauthorized (the phone refused the credentials)",
                  Delivery.Via.SIP));
      Thread.sleep(200); // a third request would arrive now
      assertThat(phone.received).hasSize(2);
    }
  }

  @Test
  void a_challenge_without_credentials_or_without_a_usable_scheme_is_rejected() throws Exception {
    try (RawPhone phone =
            new RawPhone(request ->
                List.of(
                    request.reply(
                        "407 Proxy Authentication Required",
                        "Proxy-Authenticate: Basic realm=\"old\"")));
        SipNotifier notifier = SippNotifyIT.notifier()) {
      assertThat(send(notifier, target(phone.port(), Optional.empty(), Optional.empty())).reason())
          .isEqualTo(
              "Proxy Authentication Required (the device has no SIP credentials to answer it)");
      assertThat(send(notifier, target(phone.port())).reason())
          .isEqualTo(
              "Proxy Authentication Required (no Digest challenge with an algorithm and qop we"
                  + " support)");
      assertThat(phone.received).hasSize(2);
    }
  }

  @Test
  void a_provisional_response_slows_retransmissions_to_t2() throws Exception {
    try (RawPhone phone = new RawPhone(request -> List.of(request.reply("100 Trying")));
        SipNotifier notifier = SippNotifyIT.notifier()) {
      assertThat(send(notifier, target(phone.port())).outcome())
          .isEqualTo(Delivery.Outcome.TIMEOUT);
      List<Long> times = phone.received.stream().map(RawPhone.Request::nanos).toList();
      // T1 = 50 ms, T2 = 400 ms, F = 3.2 s: the first retransmission after 50 ms, then T2 apart.
      // Without the 1xx the gaps would double (100, 200 ms) before reaching T2; the bound leaves
      // room for a timer that fires late on a loaded machine, which shortens the next gap.
      assertThat(times).hasSizeBetween(4, 9);
      for (int i = 2; i < times.size(); i++) {
        assertThat((times.get(i) - times.get(i - 1)) / 1e6).isGreaterThan(250);
      }
    }
  }

  @Test
  void close_ends_check_syncs_in_flight_and_refuses_later_ones() throws Exception {
    try (RawPhone silent = new RawPhone(request -> List.of())) {
      SipNotifier notifier = SippNotifyIT.notifier();
      CompletableFuture<Delivery> inFlight =
          notifier.checkSync(target(silent.port())).toCompletableFuture();
      Thread.sleep(100);
      long start = System.nanoTime();
      notifier.close();

      // The stage may complete on another thread a moment after close returns: wait for it,
      // within the same bound.
      Delivery delivery = inFlight.get(2, java.util.concurrent.TimeUnit.SECONDS);
      assertThat((System.nanoTime() - start) / 1e6).isLessThan(2_000);
      assertThat(delivery)
          .isEqualTo(
              new Delivery(Delivery.Outcome.ERROR, 0, "the SIP notifier closed", Delivery.Via.SIP));
      assertThat(send(notifier, target(silent.port())).reason())
          .isEqualTo("the SIP notifier is closed");
    }
  }

  @Test
  void check_syncs_beyond_the_in_flight_limit_are_refused_at_once() throws Exception {
    try (RawPhone silent = new RawPhone(request -> List.of());
        SipNotifier notifier =
            SipNotifier.open(
                SipSettings.defaults()
                    .withUdpBind(new InetSocketAddress(Sipp.LOOPBACK, 0))
                    .withTimers(SippNotifyIT.FAST)
                    .withMaxInFlight(1))) {
      CompletableFuture<Delivery> first =
          notifier.checkSync(target(silent.port())).toCompletableFuture();
      assertThat(send(notifier, target(silent.port())))
          .isEqualTo(
              new Delivery(
                  Delivery.Outcome.ERROR,
                  0,
                  "1 SIP check-syncs already in flight; try again later",
                  Delivery.Via.SIP));
      assertThat(first.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(Delivery.Outcome.TIMEOUT);
      assertThat(send(notifier, target(silent.port())).outcome())
          .isEqualTo(Delivery.Outcome.TIMEOUT);
    }
  }

  @Test
  void unusable_routes_end_as_errors_naming_the_problem() throws Exception {
    try (SipNotifier notifier = SippNotifyIT.notifier()) {
      NotifyTarget noSip =
          new NotifyTarget(MacAddress.parse("0004f2000009"), Optional.empty(), Optional.empty());
      assertThat(send(notifier, noSip).reason()).isEqualTo("device 0004f2000009 has no SIP route");
      NotifyTarget unknownHost =
          new NotifyTarget(
              MacAddress.parse("0004f2000009"),
              Optional.of(
                  new NotifyTarget.SipRoute(
                      "sip:1001@phone.invalid",
                      "phone.invalid",
                      5060,
                      "udp",
                      Optional.empty(),
                      Optional.empty())),
              Optional.empty());
      assertThat(send(notifier, unknownHost))
          .isEqualTo(
              new Delivery(
                  Delivery.Outcome.ERROR,
                  0,
                  "cannot resolve SIP host 'phone.invalid'",
                  Delivery.Via.SIP));
    }
  }
}
