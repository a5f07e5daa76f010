package dev.ucprov.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifyRequestTest {

  private static final NotifyRequest FIRST =
      new NotifyRequest(
          "sip:1001@10.0.0.5:5060",
          "UDP",
          "10.0.0.1:5070",
          "z9hG4bKb1",
          "sip:ucprov@10.0.0.1",
          "t1",
          "c1",
          1,
          "sip:ucprov@10.0.0.1:5070",
          "ucprov",
          Optional.empty());

  @Test
  void writes_the_check_sync_notify_of_rfc_3261_and_rfc_6665() {
    assertThat(new String(FIRST.bytes(), StandardCharsets.UTF_8))
        .isEqualTo(
            "NOTIFY sip:1001@10.0.0.5:5060 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bKb1;rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:ucprov@10.0.0.1>;tag=t1\r\n"
                + "To: <sip:1001@10.0.0.5:5060>\r\n"
                + "Call-ID: c1\r\n"
                + "CSeq: 1 NOTIFY\r\n"
                + "Contact: <sip:ucprov@10.0.0.1:5070>\r\n"
                + "Event: check-sync\r\n"
                + "Subscription-State: terminated\r\n"
                + "User-Agent: ucprov\r\n"
                + "Content-Length: 0\r\n"
                + "\r\n");
  }

  @Test
  void answering_a_challenge_keeps_call_id_and_tag_and_takes_the_next_cseq_and_a_new_branch() {
    NotifyRequest second =
        FIRST.answering(
            "z9hG4bKb2", new NotifyRequest.Credentials("Proxy-Authorization", "Digest x=1"));
    assertThat(second.callId()).isEqualTo("c1");
    assertThat(second.fromTag()).isEqualTo("t1");
    assertThat(second.cseq()).isEqualTo(2);
    assertThat(second.branch()).isEqualTo("z9hG4bKb2");
    assertThat(new String(second.bytes(), StandardCharsets.UTF_8))
        .contains("CSeq: 2 NOTIFY\r\n")
        .contains("branch=z9hG4bKb2;rport\r\n")
        .contains("Proxy-Authorization: Digest x=1\r\nContent-Length: 0\r\n\r\n");
  }

  @Test
  void stream_transports_carry_no_rport() {
    NotifyRequest tcp =
        new NotifyRequest(
            "sip:a",
            "TCP",
            "h:1",
            "z9hG4bK1",
            "sip:u@h",
            "t",
            "c",
            1,
            "sip:u@h:1",
            "ua",
            Optional.empty());
    assertThat(new String(tcp.bytes(), StandardCharsets.UTF_8))
        .contains("Via: SIP/2.0/TCP h:1;branch=z9hG4bK1\r\n");
  }

  @Test
  void a_line_break_in_any_field_is_refused_rather_than_sent() {
    assertThatThrownBy(() ->
            new NotifyRequest(
                "sip:a\r\nX-Evil: 1",
                "UDP",
                "h:1",
                "z9hG4bK1",
                "sip:u@h",
                "t",
                "c",
                1,
                "sip:u@h",
                "ua",
                Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
