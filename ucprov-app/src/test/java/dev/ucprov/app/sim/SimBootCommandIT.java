package dev.ucprov.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.CliRun;
import dev.ucprov.app.server.RunningServer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./ucprov sim boot} as a real process against a real server: text, JSON, exit status. */
class SimBootCommandIT {

  private static final Path LAUNCHER = CliRun.repositoryRoot().resolve("ucprov");

  @TempDir Path temp;

  private record Run(int exitCode, String out, String err) {}

  private Run sim(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "sim", "boot"));
    command.addAll(List.of(args));
    Path out = temp.resolve("out");
    Path err = temp.resolve("err");
    Process process =
        new ProcessBuilder(command)
            .directory(temp.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void textShowsEveryStepAndTheConfiguration() throws Exception {
    try (RunningServer server = RunningServer.start(temp.resolve("data"))) {
      new SimTenant(server.server()).create("{}");
      String url = server.phoneUri().resolve("/acme/").toString();

      Run run = sim("--server", url, "--mac", "00:04:F2:AA:BB:CC", "--model", "VVX410");

      assertThat(run.err()).isEmpty();
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .startsWith("Phone 0004f2aabbcc (VVX_410, UC Software 5.9.0.9373)")
          .containsPattern("(?m)^STEP +REQUEST +STATUS +BYTES +MS +CACHE +RESULT +NOTE$")
          .containsPattern(
              "(?m)^master +GET "
                  + url
                  + "0004f2aabbcc\\.cfg +404 .* absent +asks for the next name$")
          .containsPattern(
              "(?m)^master +GET " + url + "000000000000\\.cfg +200 +\\d+ +\\d+ +stored +ok$")
          .containsPattern(
              "(?m)^firmware +- "
                  + url
                  + "3111-46162-001\\.sip\\.ld +- +- +- +none +skipped +already running 5\\.9\\.0\\.9373$")
          .containsPattern("(?m)^log-upload +PUT " + url + "logs/0004f2aabbcc-app\\.log +201 ")
          .containsPattern(
              "(?m)^Outcome: provisioned; 13 requests in \\d+ ms; running 5\\.9\\.0\\.9373$")
          .contains(
              "Effective configuration: master 000000000000.cfg; config files 0004f2aabbcc-lines.cfg, site.cfg")
          .containsPattern("(?m)^  reg\\.1\\.address +1001 +0004f2aabbcc-lines\\.cfg:1$")
          .contains("  3 parameters, 0 not applied, 2 missing files, 0 problems");
    }
  }

  @Test
  void jsonIsOneDocumentWithStepsAndTheExplainDocument() throws Exception {
    try (RunningServer server = RunningServer.start(temp.resolve("data"))) {
      new SimTenant(server.server()).create("{}");
      String url = server.phoneUri().resolve("/acme/").toString();

      Run run =
          sim(
              "--server",
              url,
              "--mac",
              "0004f2aabbcc",
              "--format",
              "json",
              "--flash",
              temp.resolve("flash").toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonNode root = new ObjectMapper().readTree(run.out());
      assertThat(root.get("outcome").get("state").asText()).isEqualTo("provisioned");
      assertThat(root.get("failed").asBoolean()).isFalse();
      assertThat(root.get("requests").asInt()).isEqualTo(13);
      assertThat(root.get("steps").get(2).get("status").asInt()).isEqualTo(200);
      assertThat(root.get("steps").get(2).get("cache").asText()).isEqualTo("stored");
      assertThat(root.get("keyParameters").get("reg.1.address").get("source").asText())
          .isEqualTo("0004f2aabbcc-lines.cfg");
      assertThat(root.get("effective").get("masterFile").asText()).isEqualTo("000000000000.cfg");
      assertThat(Files.list(temp.resolve("flash/files")).count())
          .as("the flash kept its files")
          .isPositive();
    }
  }

  @Test
  void aServerThatDoesNotAnswerIsAFailedBootWithExitStatusOne() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }

    Run run =
        sim(
            "--server",
            "http://127.0.0.1:" + port + "/acme/",
            "--mac",
            "0004f2aabbcc",
            "--timeout",
            "2s");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern(
            "(?m)^Outcome: failed \\(the boot server did not give 0004f2aabbcc\\.cfg: unreachable: .*; nothing cached\\), FAILED;");
  }

  @Test
  void aBadServerUrlIsAUsageError() throws Exception {
    Run run = sim("--server", "gopher://h/", "--mac", "0004f2aabbcc");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--server gopher://h/: expected http://, https://, tftp:// or ftp://");
  }
}
