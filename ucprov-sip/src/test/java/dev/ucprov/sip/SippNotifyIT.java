package dev.ucprov.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sip.transaction.SipTimers;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SIP NOTIFY user agent against sipp playing the phone, over UDP and TCP on loopback. */
class SippNotifyIT {

  /** Timer F = 64 * 50 ms = 3.2 s, so a phone that never answers costs seconds, not 32. */
  static final SipTimers FAST = new SipTimers(Duration.ofMillis(50), Duration.ofMillis(400));

  private static final Duration SIPP_END = Duration.ofSeconds(30);

  @TempDir Path dir;

  static SipNotifier notifier() throws Exception {
    return SipNotifier.open(
        SipSettings.defaults()
            .withUdpBind(new InetSocketAddress(Sipp.LOOPBACK, 0))
            .withTimers(FAST));
  }

  static NotifyTarget target(Sipp phone, String transport, String password) {
    return new NotifyTarget(
        MacAddress.parse("0004f2000001"),
        Optional.of(
            new NotifyTarget.SipRoute(
                "sip:1001@127.0.0.1:" + phone.port(),
                "127.0.0.1",
                phone.port(),
                transport,
                Optional.of("alice"),
                Optional.of(password))),
        Optional.empty());
  }

  static Delivery send(SipNotifier notifier, NotifyTarget target) throws Exception {
    return notifier.checkSync(target).toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  private Sipp answering(String status, String transport) throws Exception {
    return Sipp.start(dir, "notify-answer.xml", Map.of("@STATUS@", status), transport, 1, Map.of());
  }

  private Sipp challenging(String status, String challenge, String transport) throws Exception {
    return Sipp.start(
        dir,
        "notify-challenge.xml",
        Map.of("@STATUS@", status),
        transport,
        1,
        Map.of("challenge", challenge));
  }

  @ParameterizedTest
  @ValueSource(strings = {"udp", "tcp"})
  void phone_accepts_a_well_formed_check_sync(String transport) throws Exception {
    try (Sipp phone = answering("200 OK", transport);
        SipNotifier notifier = notifier()) {
      Delivery delivery = send(notifier, target(phone, transport, "secret"));

      assertThat(delivery)
          .isEqualTo(new Delivery(Delivery.Outcome.OK, 200, "OK", Delivery.Via.SIP));
      assertThat(phone.awaitExit(SIPP_END)).as(phone.logs()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"udp", "tcp"})
  void phone_refusal_is_rejected_with_its_status_and_reason(String transport) throws Exception {
    try (Sipp phone = answering("403 Forbidden", transport);
        SipNotifier notifier = notifier()) {
      assertThat(send(notifier, target(phone, transport, "secret")))
          .isEqualTo(new Delivery(Delivery.Outcome.REJECTED, 403, "Forbidden", Delivery.Via.SIP));
      assertThat(phone.awaitExit(SIPP_END)).as(phone.logs()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"udp", "tcp"})
  void md5_qop_auth_challenge_is_answered_once_and_sipp_verifies_the_digest(String transport)
      throws Exception {
    String challenge =
        "WWW-Authenticate: Digest realm=\"PolycomSPIP\", nonce=\"n0nce\", qop=\"auth\","
            + " algorithm=MD5";
    try (Sipp phone = challenging("401 Unauthorized", challenge, transport);
        SipNotifier notifier = notifier()) {
      assertThat(send(notifier, target(phone, transport, "secret")))
          .isEqualTo(new Delivery(Delivery.Outcome.OK, 200, "OK", Delivery.Via.SIP));
      assertThat(phone.awaitExit(SIPP_END)).as(phone.logs()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"udp", "tcp"})
  void legacy_challenge_without_qop_is_answered_and_verified(String transport) throws Exception {
    String challenge = "WWW-Authenticate: Digest realm=\"PolycomSPIP\", nonce=\"n0nce\"";
    try (Sipp phone = challenging("401 Unauthorized", challenge, transport);
        SipNotifier notifier = notifier()) {
      assertThat(send(notifier, target(phone, transport, "secret")).outcome())
          .isEqualTo(Delivery.Outcome.OK);
      assertThat(phone.awaitExit(SIPP_END)).as(phone.logs()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"udp", "tcp"})
  void wrong_password_fails_sipp_verification(String transport) throws Exception {
    String challenge =
        "WWW-Authenticate: Digest realm=\"PolycomSPIP\", nonce=\"n0nce\", qop=\"auth\"";
    try (Sipp phone = challenging("401 Unauthorized", challenge, transport);
        SipNotifier notifier = notifier()) {
      assertThat(send(notifier, target(phone, transport, "wrong")))
          .isEqualTo(new Delivery(Delivery.Outcome.REJECTED, 403, "Forbidden", Delivery.Via.SIP));
      assertThat(phone.awaitExit(SIPP_END)).as(phone.logs()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"udp", "tcp"})
  void proxy_challenge_is_answered_with_proxy_authorization(String transport) throws Exception {
    try (Sipp phone =
            Sipp.start(
                dir,
                "notify-proxy-challenge.xml",
                Map.of(),
                transport,
                1,
                Map.of(
                    "challenge",
                    "Proxy-Authenticate: Digest realm=\"PolycomSPIP\", nonce=\"n0nce\","
                        + " qop=\"auth\""));
        SipNotifier notifier = notifier()) {
      assertThat(send(notifier, target(phone, transport, "secret")).outcome())
          .isEqualTo(Delivery.Outcome.OK);
      assertThat(phone.awaitExit(SIPP_END)).as(phone.logs()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"udp", "tcp"})
  void silent_phone_times_out_after_timer_f(String transport) throws Exception {
    long silence = FAST.timerF().toMillis() + 1_500;
    try (Sipp phone =
            Sipp.start(
                dir,
                "notify-silent.xml",
                Map.of("@SILENCE@", Long.toString(silence)),
                transport,
                1,
                Map.of());
        SipNotifier notifier = notifier()) {
      long start = System.nanoTime();
      Delivery delivery = send(notifier, target(phone, transport, "secret"));
      long tookMillis = (System.nanoTime() - start) / 1_000_000;

      assertThat(delivery)
          .isEqualTo(
              new Delivery(
                  Delivery.Outcome.TIMEOUT,
                  0,
                  "no final response within 3200 ms (timer F)",
                  Delivery.Via.SIP));
      assertThat(tookMillis).isGreaterThanOrEqualTo(3_200).isLessThan(10_000);
      int status = phone.awaitExit(SIPP_END);
      int retransmissions = phone.notifyCounts()[1];
      if (transport.equals("udp")) {
        assertThat(status).as(phone.logs()).isZero();
        // T1 = 50 ms doubling to 400 ms within 3.2 s: at 50, 150, 350, 750, then every 400 ms
        assertThat(retransmissions).as(phone.logs()).isBetween(5, 11);
      } else {
        // We close the connection at timer F while sipp's call still pauses: sipp counts that
        // call as failed, which is the timeout as the phone sees it. TCP never retransmits.
        assertThat(status).as(phone.logs()).isEqualTo(1);
        assertThat(retransmissions).as(phone.logs()).isZero();
      }
    }
  }
}
