package dev.ucprov.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LogAppendTest {

  @Test
  void withinTheCapTheAppendIsThePreviousVersionThenTheNewBytes() {
    assertThat(text(LogAppend.joined(bytes("a|1\nb|2\n"), bytes("c|3\n"), 100)))
        .isEqualTo("a|1\nb|2\nc|3\n");
    assertThat(text(LogAppend.joined(new byte[0], bytes("c|3\n"), 4))).isEqualTo("c|3\n");
  }

  @Test
  void pastTheCapTheOldestWholeLinesGo() {
    assertThat(text(LogAppend.joined(bytes("first\nsecond\n"), bytes("third\n"), 14)))
        .isEqualTo("second\nthird\n");
    assertThat(text(LogAppend.joined(bytes("first\nsecond\n"), bytes("third\n"), 12)))
        .isEqualTo("third\n");
  }

  @Test
  void aPreviousLineTheCapWouldCutGoesWhole() {
    assertThat(text(LogAppend.joined(bytes("aaaa"), bytes("bbbbbb"), 8))).isEqualTo("bbbbbb");
    assertThat(text(LogAppend.joined(bytes("x\naa\n"), bytes("bb\n"), 7))).isEqualTo("aa\nbb\n");
  }

  @Test
  void anAppendOverTheCapByItselfIsTheCallersRefusal() {
    assertThatThrownBy(() -> LogAppend.joined(new byte[0], bytes("12345"), 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void theResultEndsWithTheNewBytesAndNeverPassesTheCap(
      @ForAll @IntRange(max = 60) int previousLength,
      @ForAll @IntRange(max = 20) int addedLength,
      @ForAll @IntRange(min = 20, max = 50) int cap) {
    byte[] previous = lines(previousLength, 'p');
    byte[] added = lines(addedLength, 'n');
    byte[] joined = LogAppend.joined(previous, added, cap);
    assertThat(joined.length).isLessThanOrEqualTo(cap);
    assertThat(text(joined)).endsWith(text(added));
    assertThat(text(previous) + text(added)).endsWith(text(joined));
  }

  private static byte[] lines(int length, char fill) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) (i % 7 == 6 ? '\n' : fill);
    }
    return out;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
