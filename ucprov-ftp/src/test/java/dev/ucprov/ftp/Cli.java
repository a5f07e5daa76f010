package dev.ucprov.ftp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command-line FTP client (curl, lftp) with a time limit, its output kept. A missing client
 * skips the test, except in CI ({@code CI} set), where {@code .ci/run} installs it.
 */
final class Cli {

  /** What the command exited with and printed. */
  record Result(int exit, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  private Cli() {}

  /** Skips the test when {@code command} is not installed, unless in CI. */
  static void need(String command) {
    boolean found;
    try {
      found = run(List.of(command, "--version")).exit() == 0;
    } catch (UncheckedIOException e) {
      found = false;
    }
    if (!found && System.getenv("CI") != null) {
      throw new AssertionError(command + " is not installed; .ci/run installs it");
    }
    assumeTrue(found, command + " is not installed");
  }

  /** Runs {@code command}; killed after 30 seconds. */
  static Result run(List<String> command) {
    try {
      Path out = Files.createTempFile("cli", ".out");
      Path err = Files.createTempFile("cli", ".err");
      try {
        Process process =
            new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("timed out after 30 s: " + command);
        }
        return new Result(
            process.exitValue(),
            Files.readAllBytes(out),
            Files.readString(err, StandardCharsets.ISO_8859_1));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
