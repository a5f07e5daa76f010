package dev.ucprov.sip.transaction;

import dev.ucprov.sip.message.CSeq;
import dev.ucprov.sip.message.NotifyRequest;
import dev.ucprov.sip.message.SipResponse;
import dev.ucprov.sip.message.Via;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs one non-INVITE client transaction (RFC 3261 §17.1.2) to its end on the calling thread, which
 * it blocks: callers use virtual threads. Stateless between runs, so one instance serves any number
 * of threads. The Completed state (timer K) is not kept: a retransmitted final response arriving
 * after the end matches no listener and is dropped, which is all timer K would do.
 */
public final class ClientTransaction {

  private final SipTimers timers;

  public ClientTransaction(SipTimers timers) {
    this.timers = timers;
  }

  public TransactionEnd run(Leg leg, NotifyRequest request) {
    Inbox inbox = leg.listen(request.branch());
    try {
      return exchange(leg, inbox, request);
    } catch (IOException e) {
      return new TransactionEnd.Failed(describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new TransactionEnd.Failed("interrupted while waiting for the phone");
    } finally {
      leg.forget(request.branch());
    }
  }

  private TransactionEnd exchange(Leg leg, Inbox inbox, NotifyRequest request)
      throws IOException, InterruptedException {
    byte[] message = request.bytes();
    leg.send(message);
    // both timers start once the request is with the transport (RFC 3261 §17.1.2.2)
    long start = System.nanoTime();
    long timerF = start + timers.timerF().toNanos();
    TimerE timerE = new TimerE(timers, leg.reliable(), start);
    while (true) {
      long now = System.nanoTime();
      if (now - timerF >= 0) {
        return new TransactionEnd.TimedOut(timers.timerF());
      }
      // What has already arrived is read before a due retransmission, which it may make moot.
      long wait = timerE.due(now) ? 0 : Math.min(timerF - now, timerE.remaining(now));
      Optional<Inbound> heard = inbox.poll(wait);
      if (heard.isPresent()) {
        switch (heard.get()) {
          case Inbound.Lost lost -> {
            return new TransactionEnd.Failed(lost.reason());
          }
          case Inbound.Received received when !answers(request, received.response()) -> {}
          case Inbound.Received received when received.response().provisional() ->
              timerE.proceeding();
          case Inbound.Received received -> {
            return new TransactionEnd.Answered(received.response());
          }
        }
      } else if (timerE.due(System.nanoTime())) {
        leg.send(message);
        timerE.fired(System.nanoTime());
      }
    }
  }

  /**
   * RFC 3261 §17.1.3: same branch and CSeq method; §18.1.2: the Via sent-by is ours. A response
   * with our branch but another Call-ID is forged or broken and is ignored as well.
   */
  public static boolean answers(NotifyRequest request, SipResponse response) {
    Optional<Via> via = Via.top(response.headers());
    Optional<CSeq> cseq = CSeq.of(response.headers());
    return via.isPresent()
        && via.get().branch().equals(request.branch())
        && via.get().sentBy().equals(request.sentBy().toLowerCase(Locale.ROOT))
        && cseq.isPresent()
        && cseq.get().method().equals(NotifyRequest.METHOD)
        && response.callId().equals(Optional.of(request.callId()));
  }

  private static String describe(IOException e) {
    return "sending the NOTIFY failed: " + (e.getMessage() == null ? e.toString() : e.getMessage());
  }
}
