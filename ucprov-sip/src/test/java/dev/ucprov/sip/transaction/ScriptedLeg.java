package dev.ucprov.sip.transaction;

import dev.ucprov.sip.message.SipResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

/** A transport without sockets: records when each send happened and answers as scripted. */
class ScriptedLeg implements Leg {

  static final String SENT_BY = "192.0.2.1:5070";

  private final boolean reliable;
  private final BiConsumer<Integer, Inbox> onSend;
  final List<Long> sendNanos = Collections.synchronizedList(new ArrayList<>());
  final List<String> forgotten = Collections.synchronizedList(new ArrayList<>());
  private volatile Inbox inbox;

  ScriptedLeg(boolean reliable, BiConsumer<Integer, Inbox> onSend) {
    this.reliable = reliable;
    this.onSend = onSend;
  }

  static SipResponse response(
      int status, String branch, String sentBy, String callId, String method) {
    byte[] text =
        ("SIP/2.0 "
                + status
                + " Reason\r\n"
                + "Via: SIP/2.0/UDP "
                + sentBy
                + ";branch="
                + branch
                + "\r\n"
                + "Call-ID: "
                + callId
                + "\r\n"
                + "CSeq: 1 "
                + method
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    return SipResponse.parse(text, 0, text.length).orElseThrow();
  }

  @Override
  public String transport() {
    return reliable ? "TCP" : "UDP";
  }

  @Override
  public String sentBy() {
    return SENT_BY;
  }

  @Override
  public boolean reliable() {
    return reliable;
  }

  @Override
  public Inbox listen(String branch) {
    inbox = new Inbox();
    return inbox;
  }

  @Override
  public void forget(String branch) {
    forgotten.add(branch);
  }

  @Override
  public void send(byte[] message) throws IOException {
    sendNanos.add(System.nanoTime());
    onSend.accept(sendNanos.size() - 1, inbox);
  }

  /** Milliseconds between consecutive sends. */
  List<Double> gapsMillis() {
    List<Double> gaps = new ArrayList<>();
    for (int i = 1; i < sendNanos.size(); i++) {
      gaps.add((sendNanos.get(i) - sendNanos.get(i - 1)) / 1e6);
    }
    return gaps;
  }
}
