package dev.ucprov.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One real process run to completion, for the *IT tests: exit code, stdout, stderr. */
record ProcessRun(int exitCode, String out, String err) {

  /** Runs {@code command} in {@code cwd} with {@code env} changes; fails after two minutes. */
  static ProcessRun of(Path cwd, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("ucprov-it", ".out");
    Path err = Files.createTempFile("ucprov-it", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(cwd.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new ProcessRun(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static ProcessRun of(Path cwd, String... command) throws IOException, InterruptedException {
    return of(cwd, Map.of(), List.of(command));
  }
}
