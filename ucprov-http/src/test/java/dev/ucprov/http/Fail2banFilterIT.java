package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.http.tls.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped fail2ban filter (docs/fail2ban/ucprov.conf) against what the server really logs: it
 * matches every security line with the client's address as the host and no access line. Checked by
 * reading the filter's regexes into Java ones, and by fail2ban-regex itself where installed
 * (.ci/run installs it).
 */
class Fail2banFilterIT {

  static final Path FILTER =
      Path.of(System.getProperty("ucprov.root", ".."))
          .resolve("docs/fail2ban/ucprov.conf")
          .toAbsolutePath()
          .normalize();

  World world;
  int port;

  @BeforeEach
  void start() throws Exception {
    world = new World();
    port = world.servers.phoneUri().getPort();
    world.tenant("acme", "boss", "tenant-pw");
    world.device("acme", "0004f2000001", "alice", "a1");
    world.file("acme", "site.cfg", "acme site");
    world.tenant("open");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  /** Failures of every kind, an unknown MAC, and normal requests, from two addresses. */
  void makeTraffic() throws IOException {
    RawExchange.from("127.0.0.7", port, "/acme/site.cfg", basic("boss", "wrong"));
    RawExchange.from("127.0.0.7", port, "/acme/site.cfg", basic("x from 203.0.113.9 ", "p"));
    RawExchange.from("127.0.0.7", port, "/acme/0004f2000001.cfg", "Authorization: Digest nonsense");
    RawExchange.from("127.0.0.8", port, "/open/0004f2ffffff.cfg");
    RawExchange.from("127.0.0.8", port, "/open/site%20x.cfg");
    RawExchange.from("127.0.0.8", port, "/acme/site.cfg", basic("boss", "tenant-pw"));
    RawExchange.from("127.0.0.8", port, "/acme/site.cfg");
  }

  static String basic(String user, String password) {
    return "Authorization: Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theFilterMatchesEverySecurityLineAndNoAccessLine() throws IOException {
    makeTraffic();
    List<String> security = world.security.await(4);
    List<String> access = world.access.await(7);
    assertThat(security).hasSize(4);

    Filter filter = Filter.read(FILTER);
    List<String> hosts = new ArrayList<>();
    for (String line : security) {
      hosts.add(filter.host(line).orElseThrow(() -> new AssertionError("no match: " + line)));
    }
    assertThat(hosts).containsExactly("127.0.0.7", "127.0.0.7", "127.0.0.7", "127.0.0.8");
    for (String line : access) {
      assertThat(filter.host(line)).as(line).isEmpty();
    }
  }

  @Test
  void fail2banRegexAgrees() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        ExternalTool.available("fail2ban-regex"), "fail2ban-regex is not installed");
    makeTraffic();
    List<String> lines = new ArrayList<>(world.security.await(4));
    lines.addAll(world.access.await(7));
    Path log = Files.createTempFile("ucprov", ".log");
    try {
      Files.write(log, lines);
      ExternalTool.Result result =
          ExternalTool.run(List.of("fail2ban-regex", log.toString(), FILTER.toString()), "");
      assertThat(result.exit()).as(result.all()).isZero();
      assertThat(result.out()).contains("Lines: 11 lines, 0 ignored, 4 matched, 7 missed");
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** A fail2ban filter's datepattern and failregex as Java regexes. */
  record Filter(Pattern date, List<Pattern> failures) {

    static Filter read(Path file) throws IOException {
      String date = null;
      List<Pattern> failures = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith("datepattern")) {
          date = value(line);
        } else if (line.startsWith("failregex")) {
          failures.add(Pattern.compile(value(line).replace("<HOST>", "(?<host>[0-9A-Fa-f.:]+)")));
        }
      }
      assertThat(failures).as("failregex in " + file).isNotEmpty();
      return new Filter(Pattern.compile(dateRegex(date)), failures);
    }

    /** The host a line matches with, once fail2ban has cut out its date. */
    java.util.Optional<String> host(String line) {
      Matcher time = date.matcher(line);
      if (!time.lookingAt()) {
        return java.util.Optional.empty();
      }
      String rest = line.substring(time.end());
      for (Pattern failure : failures) {
        Matcher m = failure.matcher(rest);
        if (m.find()) {
          return java.util.Optional.of(m.group("host"));
        }
      }
      return java.util.Optional.empty();
    }

    private static String value(String line) {
      return line.substring(line.indexOf('=') + 1).strip();
    }

    /** fail2ban's strftime-like directives ({@code %%} escaped in its config files). */
    private static String dateRegex(String pattern) {
      return pattern
          .replace("%%Y", "\\d{4}")
          .replace("%%m", "\\d{2}")
          .replace("%%d", "\\d{2}")
          .replace("%%H", "\\d{2}")
          .replace("%%M", "\\d{2}")
          .replace("%%S", "\\d{2}")
          .replace("%%f", "\\d{1,6}");
    }
  }
}
