package dev.ucprov.sim.checksync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading a NOTIFY and answering it (RFC 3261 §7, §8.2.6.2). */
class SipRequestTest {

  private static final String NOTIFY =
      "NOTIFY sip:0004f2aabbcc@192.0.2.7:5060 SIP/2.0\r\n"
          + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1;rport\r\n"
          + "v: SIP/2.0/UDP proxy.example;branch=z9hG4bK0\r\n"
          + "From: <sip:ucprov@192.0.2.1>;tag=abc\r\n"
          + "To: <sip:0004f2aabbcc@192.0.2.7:5060>\r\n"
          + "i: call-1\r\n"
          + "CSeq: 1 NOTIFY\r\n"
          + "o: check-sync;reboot=false\r\n"
          + "Content-Length: 0\r\n\r\n";

  private static SipRequest parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return SipRequest.parse(bytes, bytes.length).orElseThrow();
  }

  @Test
  void compactHeadersAndEventParametersAreRead() {
    SipRequest request = parse(NOTIFY);

    assertThat(request.method()).isEqualTo("NOTIFY");
    assertThat(request.event()).contains("check-sync");
    assertThat(request.user()).contains("0004f2aabbcc");
    assertThat(request.header("Call-ID", "i")).contains("call-1");
  }

  @Test
  void theResponseCopiesEveryViaInOrderAndTagsTheTo() {
    String response = new String(parse(NOTIFY).response(200, "OK", "t1"), StandardCharsets.UTF_8);

    assertThat(response)
        .startsWith("SIP/2.0 200 OK\r\n")
        .contains(
            "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1;rport\r\n"
                + "Via: SIP/2.0/UDP proxy.example;branch=z9hG4bK0\r\n")
        .contains("To: <sip:0004f2aabbcc@192.0.2.7:5060>;tag=t1\r\n")
        .contains("Call-ID: call-1\r\n")
        .contains("CSeq: 1 NOTIFY\r\n")
        .endsWith("Content-Length: 0\r\n\r\n");
  }

  @Test
  void responsesAndGarbageAreNotRequests() {
    byte[] response = "SIP/2.0 200 OK\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] garbage = "hello".getBytes(StandardCharsets.UTF_8);

    assertThat(SipRequest.parse(response, response.length)).isEmpty();
    assertThat(SipRequest.parse(garbage, garbage.length)).isEmpty();
  }
}
