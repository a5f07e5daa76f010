package dev.ucprov.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SipResponseTest {

  private static Optional<SipResponse> parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return SipResponse.parse(bytes, 0, bytes.length);
  }

  @Test
  void reads_status_reason_and_the_matching_headers() {
    SipResponse response =
        parse(
                "SIP/2.0 401 Unauthorized\r\n"
                    + "Via: SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bKabc;rport=5070;received=10.0.0.1\r\n"
                    + "From: <sip:ucprov@10.0.0.1>;tag=1\r\n"
                    + "To: <sip:1001@10.0.0.5>;tag=2\r\n"
                    + "Call-ID: c1\r\n"
                    + "CSeq: 1 NOTIFY\r\n"
                    + "WWW-Authenticate: Digest realm=\"PolycomSPIP\", nonce=\"n\"\r\n"
                    + "Content-Length: 0\r\n\r\n")
            .orElseThrow();
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.reason()).isEqualTo("Unauthorized");
    assertThat(response.callId()).contains("c1");
    assertThat(Via.top(response.headers())).contains(new Via("UDP", "10.0.0.1:5070", "z9hG4bKabc"));
    assertThat(CSeq.of(response.headers())).contains(new CSeq(1, "NOTIFY"));
    assertThat(response.headers().all("www-authenticate")).hasSize(1);
  }

  @Test
  void compact_forms_folded_lines_bare_lf_and_several_via_values() {
    SipResponse response =
        parse(
                "SIP/2.0 200 OK\n"
                    + "v: SIP/2.0/TCP a.example:5060;branch=z9hG4bK1, SIP/2.0/UDP b;branch=z9hG4bK2\n"
                    + "i: c2\n"
                    + "CSeq: 7\n"
                    + "  NOTIFY\n"
                    + "l: 0\n\n")
            .orElseThrow();
    assertThat(Via.top(response.headers())).map(Via::branch).contains("z9hG4bK1");
    assertThat(response.callId()).contains("c2");
    assertThat(CSeq.of(response.headers())).contains(new CSeq(7, "NOTIFY"));
    assertThat(response.success()).isTrue();
  }

  @Test
  void provisional_and_empty_reason() {
    SipResponse trying = parse("SIP/2.0 100 \r\nCall-ID: x\r\n\r\n").orElseThrow();
    assertThat(trying.provisional()).isTrue();
    assertThat(trying.reason()).isEmpty();
  }

  @Test
  void requests_garbage_and_keep_alives_are_not_responses() {
    assertThat(parse("NOTIFY sip:a SIP/2.0\r\nCall-ID: x\r\n\r\n")).isEmpty();
    assertThat(parse("\r\n\r\n")).isEmpty();
    assertThat(parse("SIP/2.0 99 Low\r\n\r\n")).isEmpty();
    assertThat(parse("SIP/2.0 700 High\r\n\r\n")).isEmpty();
    assertThat(parse("SIP/3.0 200 OK\r\n\r\n")).isEmpty();
    assertThat(parse("SIP/2.0 200 OK\r\nno colon here\r\n\r\n")).isEmpty();
    assertThat(parse("SIP/2.0 200 OK\r\n folded first\r\n\r\n")).isEmpty();
    assertThat(parse("SIP/2.0 200 OK\r\n" + "X: y\r\n".repeat(300) + "\r\n")).isEmpty();
  }

  @Test
  void malformed_via_and_cseq_read_as_absent() {
    SipResponse response =
        parse("SIP/2.0 200 OK\r\nVia: nonsense\r\nCSeq: one NOTIFY\r\n\r\n").orElseThrow();
    assertThat(Via.top(response.headers())).isEmpty();
    assertThat(CSeq.of(response.headers())).isEmpty();
  }

  @Property(tries = 1000)
  void never_throws_on_any_bytes(@ForAll byte[] bytes) {
    assertThat(SipResponse.parse(bytes, 0, bytes.length)).isNotNull();
  }

  @Property(tries = 500)
  void never_throws_on_any_text_after_a_valid_status_line(@ForAll String rest) {
    assertThat(parse("SIP/2.0 200 OK\r\n" + rest)).isNotNull();
  }
}
