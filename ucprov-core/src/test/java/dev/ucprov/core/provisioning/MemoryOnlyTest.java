package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MemoryOnlyTest {

  @Test
  void checkRefusesOnlyInsideACall() {
    MemoryOnly.check();
    assertThat(MemoryOnly.marked()).isFalse();

    assertThatThrownBy(() ->
            MemoryOnly.call(() -> {
              MemoryOnly.check();
              return "unreached";
            }))
        .isInstanceOf(MemoryOnly.WouldBlock.class)
        .hasMessageContaining("blocking read");
    assertThat(MemoryOnly.marked()).isFalse();
    MemoryOnly.check();
  }

  @Test
  void theMarkEndsWithTheCallWhateverItThrows() {
    assertThatThrownBy(() ->
            MemoryOnly.call(() -> {
              throw new IOException("disk gone");
            }))
        .isInstanceOf(IOException.class);

    assertThat(MemoryOnly.marked()).isFalse();
    assertThat(MemoryOnly.call(() -> MemoryOnly.marked())).isTrue();
  }

  @Test
  void aNestedCallLeavesTheOuterMarked() {
    boolean afterInner =
        MemoryOnly.call(() -> {
          MemoryOnly.call(() -> "inner");
          return MemoryOnly.marked();
        });

    assertThat(afterInner).isTrue();
    assertThat(MemoryOnly.marked()).isFalse();
  }

  @Test
  void theMarkIsPerThread() throws InterruptedException {
    AtomicBoolean elsewhere = new AtomicBoolean(true);
    MemoryOnly.call(() -> {
      Thread other = Thread.ofPlatform().start(() -> elsewhere.set(MemoryOnly.marked()));
      other.join();
      return null;
    });

    assertThat(elsewhere).isFalse();
  }

  @Test
  void aRefusalCarriesNoStackTrace() {
    try {
      MemoryOnly.call(() -> {
        MemoryOnly.check();
        return null;
      });
    } catch (MemoryOnly.WouldBlock refused) {
      assertThat(refused.getStackTrace()).isEmpty();
      return;
    }
    throw new AssertionError("no refusal");
  }
}
