package dev.ucprov.http.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command-line TLS client (curl, openssl) with a time limit, its output kept. */
public final class ExternalTool {

  /** What the command exited with and printed. */
  public record Result(int exit, String out, String err) {
    public String all() {
      return out + err;
    }
  }

  private ExternalTool() {}

  /** Whether {@code command} can be run here. */
  public static boolean available(String command) {
    try {
      return run(List.of(command, "--version"), "").exit() == 0
          || run(List.of(command, "version"), "").exit() == 0;
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /** Runs {@code command} with {@code input} on stdin; killed after 30 seconds. */
  public static Result run(List<String> command, String input) {
    try {
      Path out = Files.createTempFile("tool", ".out");
      Path err = Files.createTempFile("tool", ".err");
      Path in = Files.writeString(Files.createTempFile("tool", ".in"), input);
      try {
        Process process =
            new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(in.toFile())
                .start();
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("timed out after 30 s: " + command);
        }
        return new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.ISO_8859_1),
            Files.readString(err, StandardCharsets.ISO_8859_1));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        Files.deleteIfExists(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
