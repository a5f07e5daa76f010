package dev.ucprov.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One in-process run of {@link Main} with stdout and stderr captured. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The repository root, where examples/ and README.md live (set by the Maven build). */
  public static Path repositoryRoot() {
    return Path.of(System.getProperty("ucprov.root", "..")).toAbsolutePath().normalize();
  }

  public static String example(String name) {
    return repositoryRoot().resolve("examples").resolve(name).toString();
  }
}
