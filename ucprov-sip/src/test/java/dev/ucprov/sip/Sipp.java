package dev.ucprov.sip;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * sipp (Debian package {@code sip-tester}) playing the phone: a child process on loopback, bounded
 * in time by its own {@code -timeout} and by {@link #awaitExit}, killed on close.
 */
final class Sipp implements AutoCloseable {

  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final Duration GLOBAL_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path dir;
  private final int port;

  private Sipp(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  /**
   * Skips the test when sipp is missing on a developer machine; fails it in CI, where {@code
   * .ci/run} installs it, so CI can never pass without running these tests.
   */
  static Path executable() {
    Optional<Path> found =
        List.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
            .stream()
            .map(entry -> Path.of(entry, "sipp"))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isEmpty() && System.getenv("CI") != null) {
      fail("sipp is not installed, but CI runs .ci/run, which installs sip-tester");
    }
    Assumptions.assumeTrue(
        found.isPresent(),
        "sipp not found on PATH: install the Debian package sip-tester (.ci/run does) to run the"
            + " SIP tests against it");
    return found.orElseThrow();
  }

  /**
   * @param scenario a file in test resources {@code sipp/}
   * @param replacements text to write into the scenario before sipp reads it
   * @param transport {@code udp} or {@code tcp}
   * @param calls sipp exits after this many calls
   * @param keys {@code -key} values, for [name] in messages
   */
  static Sipp start(
      Path dir,
      String scenario,
      Map<String, String> replacements,
      String transport,
      int calls,
      Map<String, String> keys)
      throws IOException, InterruptedException {
    Path sipp = executable();
    Path scenarioFile = dir.resolve(scenario);
    String text = resource("sipp/" + scenario);
    for (Map.Entry<String, String> r : replacements.entrySet()) {
      text = text.replace(r.getKey(), r.getValue());
    }
    Files.writeString(scenarioFile, text, StandardCharsets.ISO_8859_1);
    boolean tcp = transport.equals("tcp");
    // Ports are picked free and handed over, so another process may take one first: retry.
    for (int attempt = 1; ; attempt++) {
      int port = freePort(tcp);
      List<String> command = new ArrayList<>();
      command.addAll(
          List.of(
              sipp.toString(),
              "-sf",
              scenarioFile.toString(),
              "-i",
              LOOPBACK.getHostAddress(),
              "-p",
              Integer.toString(port),
              "-mp",
              Integer.toString(freePort(false)),
              "-t",
              tcp ? "t1" : "u1",
              "-m",
              Integer.toString(calls),
              "-nostdin",
              "-buff_size",
              "1048576",
              "-timeout",
              GLOBAL_TIMEOUT.toSeconds() + "s",
              "-timeout_error",
              "-trace_err",
              "-error_file",
              dir.resolve("errors.log").toString()));
      keys.forEach((name, value) -> command.addAll(List.of("-key", name, value)));
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("out.log").toFile())
              .start();
      Sipp started = new Sipp(process, dir, port);
      if (started.awaitListening(tcp)) {
        return started;
      }
      if (attempt == 3) {
        fail("sipp ended before listening, status " + process.exitValue() + "\n" + started.logs());
      }
    }
  }

  int port() {
    return port;
  }

  /** sipp's exit status: 0 when every call succeeded (every check in the scenario held). */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      fail("sipp did not end within " + timeout + "\n" + logs());
    }
    return process.exitValue();
  }

  /** Messages and retransmissions sipp counted for the NOTIFY line of its final screen. */
  int[] notifyCounts() throws IOException {
    Matcher m = Pattern.compile("----------> NOTIFY\\s+(\\d+)\\s+(\\d+)").matcher(logs());
    int[] last = {-1, -1};
    while (m.find()) {
      last = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
    return last;
  }

  /** sipp's successful-call count in its final statistics. */
  int successfulCalls() {
    Matcher m = Pattern.compile("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+(\\d+)").matcher(logs());
    int last = -1;
    while (m.find()) {
      last = Integer.parseInt(m.group(1));
    }
    return last;
  }

  String logs() {
    StringBuilder all = new StringBuilder();
    for (String name : List.of("out.log", "errors.log")) {
      Path file = dir.resolve(name);
      try {
        if (Files.exists(file)) {
          all.append("---- sipp ")
              .append(name)
              .append('\n')
              .append(Files.readString(file, StandardCharsets.ISO_8859_1));
        }
      } catch (IOException e) {
        all.append("(cannot read ").append(file).append(": ").append(e.getMessage()).append(")\n");
      }
    }
    return all.toString();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }

  /**
   * sipp holds its port once binding the same port here fails; bounded at 10 s. False when sipp
   * ended first (a port was taken).
   */
  private boolean awaitListening(boolean tcp) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      if (portTaken(tcp)) {
        return true;
      }
      Thread.sleep(20);
    }
    process.destroyForcibly();
    return fail("sipp did not listen on port " + port + " within 10 s\n" + logs());
  }

  private boolean portTaken(boolean tcp) {
    InetSocketAddress address = new InetSocketAddress(LOOPBACK, port);
    try {
      if (tcp) {
        try (ServerSocket probe = new ServerSocket()) {
          probe.bind(address);
        }
      } else {
        try (DatagramSocket probe = new DatagramSocket(address)) {
          probe.getLocalPort();
        }
      }
      return false;
    } catch (BindException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort(boolean tcp) throws IOException {
    if (tcp) {
      try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
        return socket.getLocalPort();
      }
    }
    try (DatagramSocket socket = new DatagramSocket(0, LOOPBACK)) {
      return socket.getLocalPort();
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Sipp.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
