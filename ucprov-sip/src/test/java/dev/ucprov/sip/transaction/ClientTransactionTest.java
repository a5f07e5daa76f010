package dev.ucprov.sip.transaction;

import static dev.ucprov.sip.transaction.ScriptedLeg.SENT_BY;
import static dev.ucprov.sip.transaction.ScriptedLeg.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.sip.message.NotifyRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Timer E and F and response matching, against a scripted transport. Timers can only fire late on a
 * busy machine, never early: lower bounds are exact, upper bounds generous.
 */
class ClientTransactionTest {

  private static final String BRANCH = "z9hG4bKtest";
  private static final String CALL_ID = "call-1";
  private static final NotifyRequest REQUEST =
      new NotifyRequest(
          "sip:1001@192.0.2.9",
          "UDP",
          SENT_BY,
          BRANCH,
          "sip:ucprov@192.0.2.1",
          "tag",
          CALL_ID,
          1,
          "sip:ucprov@" + SENT_BY,
          "ucprov",
          Optional.empty());

  @BeforeAll
  static void warm_up_the_code_path() {
    // A cold JVM on a busy machine can stall a first run by hundreds of milliseconds.
    ScriptedLeg leg =
        new ScriptedLeg(
            false,
            (i, inbox) ->
                inbox.offer(
                    new Inbound.Received(response(100, BRANCH, SENT_BY, CALL_ID, "NOTIFY"))));
    new ClientTransaction(timers(1, 1)).run(leg, REQUEST);
  }

  private static SipTimers timers(int t1Millis, int t2Millis) {
    return new SipTimers(Duration.ofMillis(t1Millis), Duration.ofMillis(t2Millis));
  }

  @Test
  void udp_retransmits_at_t1_doubling_up_to_t2_and_times_out_at_timer_f() {
    SipTimers timers = timers(20, 80);
    ScriptedLeg leg = new ScriptedLeg(false, (i, inbox) -> {});
    long start = System.nanoTime();
    TransactionEnd end = new ClientTransaction(timers).run(leg, REQUEST);
    double elapsedMillis = (System.nanoTime() - start) / 1e6;

    assertThat(end).isEqualTo(new TransactionEnd.TimedOut(Duration.ofMillis(1280)));
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(1280).isLessThan(3000);
    List<Double> gaps = leg.gapsMillis();
    // at 0, 20, 60, 140, then every 80 until 1280: 18 sends when nothing runs late; doubling
    // without the T2 cap would make 7 (0, 20, 60, 140, 300, 620, 1260)
    assertThat(gaps).hasSizeBetween(8, 17);
    assertThat(gaps.get(0)).isGreaterThanOrEqualTo(19.5);
    assertThat(gaps.get(1)).isGreaterThanOrEqualTo(39.5);
    assertThat(gaps.subList(2, gaps.size()))
        .allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(79.5));
    assertThat(leg.forgotten).containsExactly(BRANCH);
  }

  @Test
  void tcp_sends_once_and_still_times_out_at_timer_f() {
    ScriptedLeg leg = new ScriptedLeg(true, (i, inbox) -> {});
    long start = System.nanoTime();
    TransactionEnd end = new ClientTransaction(timers(10, 4000)).run(leg, REQUEST);

    assertThat(end).isInstanceOf(TransactionEnd.TimedOut.class);
    assertThat((System.nanoTime() - start) / 1e6).isGreaterThanOrEqualTo(640);
    assertThat(leg.sendNanos).hasSize(1);
  }

  @Test
  void a_provisional_response_moves_retransmissions_to_t2() {
    ScriptedLeg leg =
        new ScriptedLeg(
            false,
            (i, inbox) -> {
              if (i == 0) {
                inbox.offer(
                    new Inbound.Received(response(100, BRANCH, SENT_BY, CALL_ID, "NOTIFY")));
              }
            });
    TransactionEnd end = new ClientTransaction(timers(20, 200)).run(leg, REQUEST);

    assertThat(end).isInstanceOf(TransactionEnd.TimedOut.class);
    List<Double> gaps = leg.gapsMillis();
    // Trying would give 20, 40, 80, 160; Proceeding gives 20 (already running), then 200 each.
    assertThat(gaps).hasSizeBetween(3, 7);
    assertThat(gaps.get(0)).isGreaterThanOrEqualTo(19.5);
    assertThat(gaps.subList(1, gaps.size()))
        .allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(199.5));
  }

  @Test
  void responses_for_another_branch_call_id_method_or_sender_are_ignored() {
    ScriptedLeg leg =
        new ScriptedLeg(
            false,
            (i, inbox) -> {
              if (i == 0) {
                offer(inbox, response(200, "z9hG4bKother", SENT_BY, CALL_ID, "NOTIFY"));
                offer(inbox, response(200, BRANCH, SENT_BY, "other-call", "NOTIFY"));
                offer(inbox, response(200, BRANCH, SENT_BY, CALL_ID, "INVITE"));
                offer(inbox, response(200, BRANCH, "203.0.113.7:5060", CALL_ID, "NOTIFY"));
                offer(inbox, response(180, BRANCH, SENT_BY, CALL_ID, "NOTIFY"));
                offer(inbox, response(486, BRANCH, SENT_BY, CALL_ID, "NOTIFY"));
              }
            });
    TransactionEnd end = new ClientTransaction(timers(500, 4000)).run(leg, REQUEST);

    assertThat(end)
        .isInstanceOfSatisfying(
            TransactionEnd.Answered.class, a -> assertThat(a.response().status()).isEqualTo(486));
    assertThat(leg.sendNanos).hasSize(1);
  }

  @Test
  void a_lost_transport_ends_it_as_failed_at_once() {
    ScriptedLeg leg = new ScriptedLeg(true, (i, inbox) -> inbox.offer(new Inbound.Lost("gone")));
    assertThat(new ClientTransaction(timers(500, 4000)).run(leg, REQUEST))
        .isEqualTo(new TransactionEnd.Failed("gone"));
  }

  @Test
  void a_send_failure_ends_it_as_failed_with_the_cause() {
    Leg broken =
        new ScriptedLeg(false, (i, inbox) -> {}) {
          @Override
          public void send(byte[] message) throws IOException {
            throw new IOException("Network is unreachable");
          }
        };
    assertThat(new ClientTransaction(timers(500, 4000)).run(broken, REQUEST))
        .isEqualTo(new TransactionEnd.Failed("sending the NOTIFY failed: Network is unreachable"));
  }

  private static void offer(Inbox inbox, dev.ucprov.sip.message.SipResponse response) {
    inbox.offer(new Inbound.Received(response));
  }
}
