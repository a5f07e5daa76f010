package dev.ucprov.tftp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged TFTP clients as a phone's stand-in: tftp-hpa ({@code tftp}, no options) and atftp
 * (blksize, tsize, timeout, windowsize), each run as a process with a time limit. {@code .ci/run}
 * installs both.
 */
final class Clients {

  /** What a client process said and how it ended. */
  record Run(int exit, String output) {}

  private Clients() {}

  /** tftp-hpa: {@code get} or {@code put}, in {@code octet} or {@code netascii}. */
  static Run tftpHpa(int port, String mode, String command, String remote, Path local)
      throws IOException, InterruptedException {
    return run(
        List.of(
            "tftp",
            "-m",
            mode,
            "127.0.0.1",
            Integer.toString(port),
            "-c",
            command,
            command.equals("get") ? remote : local.toString(),
            command.equals("get") ? local.toString() : remote));
  }

  /** atftp {@code -g} or {@code -p} with options such as {@code "blksize 1428"}. */
  static Run atftp(int port, boolean get, String remote, Path local, String... options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("atftp", get ? "-g" : "-p"));
    command.addAll(List.of("-r", remote, "-l", local.toString()));
    for (String option : options) {
      command.addAll(List.of("--option", option));
    }
    command.addAll(List.of("127.0.0.1", Integer.toString(port)));
    return run(command);
  }

  private static Run run(List<String> command) throws IOException, InterruptedException {
    Path output = Files.createTempFile("tftp-client", ".out");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not end within 60 s");
      }
      return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
