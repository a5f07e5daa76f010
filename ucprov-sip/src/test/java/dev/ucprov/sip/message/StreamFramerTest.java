package dev.ucprov.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamFramerTest {

  private static final String OK = "SIP/2.0 200 OK\r\nCall-ID: a\r\nContent-Length: 0\r\n\r\n";
  private static final String WITH_BODY = "SIP/2.0 200 OK\r\nl: 5\r\nCall-ID: b\r\n\r\nhello";

  private static List<String> feed(StreamFramer framer, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    framer.append(bytes, 0, bytes.length);
    List<String> out = new ArrayList<>();
    for (var m = framer.next(); m.isPresent(); m = framer.next()) {
      out.add(new String(m.get(), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void messages_split_across_reads_and_several_in_one_read() throws IOException {
    StreamFramer framer = new StreamFramer();
    assertThat(feed(framer, OK.substring(0, 20))).isEmpty();
    assertThat(feed(framer, OK.substring(20) + WITH_BODY + OK.substring(0, 3)))
        .containsExactly(OK, WITH_BODY);
    assertThat(feed(framer, OK.substring(3))).containsExactly(OK);
  }

  @Test
  void keep_alive_blank_lines_between_messages_are_skipped() throws IOException {
    assertThat(feed(new StreamFramer(), "\r\n\r\n" + OK + "\r\n" + OK)).containsExactly(OK, OK);
  }

  @Test
  void a_body_waits_for_all_its_bytes() throws IOException {
    StreamFramer framer = new StreamFramer();
    assertThat(feed(framer, WITH_BODY.substring(0, WITH_BODY.length() - 2))).isEmpty();
    assertThat(feed(framer, "lo")).containsExactly(WITH_BODY);
  }

  @Test
  void endless_headers_and_bad_lengths_break_the_connection() {
    assertThatThrownBy(() -> feed(new StreamFramer(), "X".repeat(StreamFramer.MAX_MESSAGE + 1)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no end of SIP headers");
    assertThatThrownBy(
            () -> feed(new StreamFramer(), "SIP/2.0 200 OK\r\nContent-Length: -1\r\n\r\n"))
        .hasMessageContaining("Content-Length is not a number");
    assertThatThrownBy(
            () -> feed(new StreamFramer(), "SIP/2.0 200 OK\r\nContent-Length: 99999999\r\n\r\n"))
        .hasMessageContaining("at most");
  }
}
