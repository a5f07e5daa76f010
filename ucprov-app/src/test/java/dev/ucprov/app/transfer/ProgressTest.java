package dev.ucprov.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter text = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private Progress progress(boolean terminal) {
    return new Progress(new PrintWriter(text), terminal, "import", 3, now::get);
  }

  @Test
  void aTransferOfUnderASecondPrintsNothing() {
    Progress progress = progress(true);
    progress.advance(10);
    progress.advance(10);
    progress.finish();

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void onATerminalOneLineIsRedrawnInPlaceAndEndedOnce() {
    Progress progress = progress(true);
    now.set(1_500_000_000L);
    progress.advance(1_000_000);
    now.addAndGet(50_000_000L);
    progress.advance(1_000_000); // within 100 ms: not redrawn
    now.addAndGet(100_000_000L);
    progress.advance(500_000);
    progress.finish();

    assertThat(text.toString())
        .isEqualTo(
            "\rimport: 1/3 files, 1.0 MB\u001b[K"
                + "\rimport: 3/3 files, 2.5 MB\u001b[K"
                + "\rimport: 3/3 files, 2.5 MB\u001b[K\n");
  }

  @Test
  void elsewherePlainLinesEveryFiveSeconds() {
    Progress progress = progress(false);
    now.set(2_000_000_000L);
    progress.advance(0);
    now.addAndGet(1_000_000_000L);
    progress.advance(0);
    now.addAndGet(5_000_000_000L);
    progress.advance(0);
    progress.finish();

    assertThat(text.toString()).isEqualTo("import: 1/3 files, 0.0 MB\nimport: 3/3 files, 0.0 MB\n");
  }
}
