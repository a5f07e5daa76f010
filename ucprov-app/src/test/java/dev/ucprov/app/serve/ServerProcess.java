package dev.ucprov.app.serve;

import dev.ucprov.app.CliRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ucprov serve} or {@code demo} as a real process of the packaged jar: its stdout collected
 * line by line, its stderr in a file, the ready line parsed for the bound ports.
 */
final class ServerProcess implements AutoCloseable {

  static final Pattern READY =
      Pattern.compile(
          "ucprov ready in (\\d+\\.\\d\\d) s: phones http://(\\S+):(\\d+)(?: and (?:https|tftp|ftp)://\\S+)*,"
              + " admin API http://(\\S+):(\\d+), data (.+)");

  /** The HTTPS part of a ready line, when the server has an HTTPS listener. */
  private static final Pattern HTTPS = Pattern.compile(" and https://(\\S+):(\\d+)[, ]");

  /** The FTP part of a ready line. */
  private static final Pattern FTP = Pattern.compile(" and ftp://(\\S+):(\\d+),");

  private final Process process;
  private final Path stderr;
  private final List<String> out = new CopyOnWriteArrayList<>();
  private final long startNanos = System.nanoTime();

  private ServerProcess(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    Thread.ofPlatform().daemon().start(this::collect);
  }

  /**
   * Starts {@code java -jar ucprov.jar ARGS} with {@code env} changes ({@code null} removes). A
   * {@code serve} or {@code demo} without {@code --ftp} gets {@code --ftp 127.0.0.1:0}, so tests
   * never compete for the default port 2121.
   */
  static ServerProcess start(Map<String, String> env, List<String> given) throws IOException {
    List<String> args = withFreeFtpPort(given);
    Path jar = CliRun.repositoryRoot().resolve("ucprov-app/target/ucprov.jar");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path stderr = Files.createTempFile("ucprov-serve", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(
                Stream.concat(Stream.of(java.toString(), "-jar", jar.toString()), args.stream())
                    .toList())
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().remove("UCPROV_ADMIN_TOKEN");
    env.forEach((name, value) -> {
      if (value == null) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    return new ServerProcess(builder.start(), stderr);
  }

  private static List<String> withFreeFtpPort(List<String> args) {
    boolean server = !args.isEmpty() && (args.get(0).equals("serve") || args.get(0).equals("demo"));
    if (!server || args.stream().anyMatch(arg -> arg.startsWith("--ftp"))) {
      return args;
    }
    return Stream.concat(args.stream(), Stream.of("--ftp", "127.0.0.1:0")).toList();
  }

  /** The FTP part of a ready line, when the server has an FTP listener. */
  static Optional<URI> ftp(Matcher ready) {
    Matcher ftp = FTP.matcher(ready.group(0));
    return ftp.find()
        ? Optional.of(URI.create("ftp://" + ftp.group(1) + ":" + ftp.group(2)))
        : Optional.empty();
  }

  private void collect() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        out.add(line);
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  /** Waits for the ready line; fails with what the process printed when it never comes. */
  Matcher awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : out) {
        Matcher ready = READY.matcher(line);
        if (ready.matches()) {
          return ready;
        }
      }
      if (!process.isAlive() && process.exitValue() != 0) {
        break;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no ready line; stdout: " + out + "; stderr: " + stderr());
  }

  /** Milliseconds since this object started the process. */
  long elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  static URI phones(Matcher ready) {
    return URI.create("http://" + ready.group(2) + ":" + ready.group(3));
  }

  /** {@code https://host:port} of the phones' HTTPS listener the ready line names. */
  static URI https(Matcher ready) {
    Matcher https = HTTPS.matcher(ready.group());
    if (!https.find()) {
      throw new AssertionError("no HTTPS listener in the ready line: " + ready.group());
    }
    return URI.create("https://" + https.group(1) + ":" + https.group(2));
  }

  static URI admin(Matcher ready) {
    return URI.create("http://" + ready.group(4) + ":" + ready.group(5));
  }

  /** SIGTERM, then the exit status. */
  int terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not stop within 30 s of SIGTERM; stderr: " + stderr());
    }
    return process.exitValue();
  }

  /** SIGKILL: the process gets no chance to clean up; waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("still alive 30 s after SIGKILL");
    }
  }

  /** Waits for the process to end on its own. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not end; stdout: " + out + "; stderr: " + stderr());
    }
    return process.exitValue();
  }

  List<String> stdout() {
    return List.copyOf(out);
  }

  String stderr() {
    try {
      return Files.readString(stderr, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Files.deleteIfExists(stderr);
  }
}
