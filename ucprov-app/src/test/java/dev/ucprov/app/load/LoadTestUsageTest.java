package dev.ucprov.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ucprov loadtest} refuses before any phone starts: exit 2, one line saying why. */
class LoadTestUsageTest {

  @TempDir Path temp;

  private static String refusal(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).endsWith("\n").doesNotContain("Exception");
    return run.err().lines().findFirst().orElseThrow();
  }

  @Test
  void aSchemeNoPhoneSpeaksHereIsRefused() {
    assertThat(refusal("loadtest", "--server", "ftp://127.0.0.1/", "--phones", "1"))
        .isEqualTo("ucprov loadtest: --server: a load test speaks http, https or tftp, not ftp://");
  }

  @Test
  void theProtocolMustAgreeWithTheUrl() {
    assertThat(
            refusal(
                "loadtest",
                "--server",
                "https://127.0.0.1/acme/",
                "--phones",
                "1",
                "--protocol",
                "tftp"))
        .isEqualTo(
            "ucprov loadtest: --server https://127.0.0.1/acme/ is https but --protocol says tftp");
    assertThat(refusal("loadtest", "--server", "127.0.0.1", "--phones", "1", "--protocol", "ftp"))
        .contains("'ftp' is not http, https or tftp");
  }

  @Test
  void macsMustFitThePrefixOrComeFromAReadableList() throws Exception {
    assertThat(
            refusal(
                "loadtest",
                "--server",
                "http://127.0.0.1/",
                "--phones",
                "300",
                "--mac-prefix",
                "0004f2aabb"))
        .isEqualTo(
            "ucprov loadtest: --mac-prefix 0004f2aabb leaves room for 255 phones, not 300: use a shorter"
                + " prefix");
    Path list = Files.writeString(temp.resolve("macs.txt"), "0004f2aabb01\nnot-a-mac\n");
    assertThat(
            refusal(
                "loadtest",
                "--server",
                "http://127.0.0.1/",
                "--phones",
                "2",
                "--macs",
                list.toString()))
        .isEqualTo("ucprov loadtest: --macs " + list + ": line 2: not a MAC address: 'not-a-mac'");
    assertThat(
            refusal(
                "loadtest",
                "--server",
                "http://127.0.0.1/",
                "--phones",
                "1",
                "--macs",
                temp.resolve("none.txt").toString()))
        .startsWith("ucprov loadtest: --macs " + temp.resolve("none.txt") + ": cannot read it");
    assertThat(
            refusal(
                "loadtest",
                "--server",
                "http://127.0.0.1/",
                "--phones",
                "1",
                "--macs",
                list.toString(),
                "--mac-prefix",
                "0004f2"))
        .contains("mutually exclusive");
  }

  @Test
  void numbersAreCheckedWithWhatIsAccepted() {
    assertThat(refusal("loadtest", "--server", "http://127.0.0.1/", "--phones", "0"))
        .contains("'0' is not a whole number from 1 to 1000000");
    assertThat(
            refusal("loadtest", "--server", "http://127.0.0.1/", "--phones", "1", "--rate", "-3"))
        .contains("'-3' is not a number above 0");
    assertThat(
            refusal(
                "loadtest",
                "--server",
                "http://127.0.0.1/",
                "--phones",
                "1",
                "--max-error-rate",
                "150%"))
        .contains("'150%' is not an error rate");
    assertThat(
            refusal(
                "loadtest", "--server", "http://127.0.0.1/", "--phones", "1", "--log-uploads", "3"))
        .contains("'3' is not 1 (the application log) or 2 (boot and application logs)");
  }

  @Test
  void tlsOptionsAreForHttpsOnly() {
    assertThat(
            refusal(
                "loadtest", "--server", "http://127.0.0.1/", "--phones", "1", "--trust", "ca.pem"))
        .isEqualTo("ucprov loadtest: --trust, --cert and --key are for https; --server is http");
    assertThat(
            refusal(
                "loadtest", "--server", "https://127.0.0.1/", "--phones", "1", "--cert", "c.pem"))
        .isEqualTo("ucprov loadtest: --cert and --key go together: give both or neither");
  }

  @Test
  void theErrorRateReadsFractionsAndPercentages() {
    Numbers.ErrorRate rate = new Numbers.ErrorRate();

    assertThat(rate.convert("0.01")).isEqualTo(0.01);
    assertThat(rate.convert("1%")).isEqualTo(0.01);
    assertThat(rate.convert("0")).isZero();
    assertThat(rate.convert("100%")).isEqualTo(1.0);
  }
}
