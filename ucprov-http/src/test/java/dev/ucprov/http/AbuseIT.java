package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.abuse.AbuseLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slowing and refusing over real sockets, each client from its own loopback address: slowed from 2
 * events within a minute (by 400 ms), refused for 10 minutes from 4.
 */
class AbuseIT {

  static final Duration DELAY = Duration.ofMillis(400);

  World world;
  int port;

  @BeforeEach
  void start() throws Exception {
    world =
        new World(
            Optional.empty(),
            new AbuseLimits(Duration.ofMinutes(1), 2, 4, DELAY, Duration.ofMinutes(10), 1000));
    port = world.servers.phoneUri().getPort();
    world.tenant("acme", "boss", "tenant-pw");
    world.file("acme", "site.cfg", "acme site");
    world.tenant("open");
    world.file("open", "site.cfg", "open site");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  static String basic(String user, String password) {
    return "Authorization: Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  RawExchange from(String address, String target, String... headers) throws IOException {
    return RawExchange.from(address, port, target, headers);
  }

  @Test
  void failedLoginsSlowThenRefuseTheirAddressOnly() throws IOException {
    String attacker = "127.0.0.3";
    assertThat(from(attacker, "/acme/site.cfg", basic("boss", "1")).status()).isEqualTo(401);
    RawExchange fast = from(attacker, "/acme/site.cfg", basic("boss", "2"));
    assertThat(fast.millis()).isLessThan(DELAY.toMillis());

    RawExchange slowed = from(attacker, "/acme/site.cfg", basic("boss", "tenant-pw"));
    assertThat(slowed.status()).isEqualTo(200);
    assertThat(slowed.millis()).isGreaterThanOrEqualTo(DELAY.toMillis());
    assertThat(from("127.0.0.4", "/acme/site.cfg", basic("boss", "tenant-pw")).millis())
        .isLessThan(DELAY.toMillis());

    from(attacker, "/acme/site.cfg", basic("boss", "3"));
    from(attacker, "/acme/site.cfg", basic("boss", "4"));
    RawExchange refused = from(attacker, "/acme/site.cfg", basic("boss", "tenant-pw"));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.first("Retry-After")).contains("600");
    assertThat(from("127.0.0.4", "/open/site.cfg").status()).isEqualTo(200);

    assertThat(world.security.await(4))
        .hasSize(4)
        .allSatisfy(line -> assertThat(line).contains(" auth-failed from 127.0.0.3 "));
    assertThat(world.access.await(8))
        .anyMatch(line -> line.contains(" 127.0.0.3 - GET /acme/site.cfg 429 "));

    world.clock.advance(Duration.ofMinutes(10));
    assertThat(from(attacker, "/acme/site.cfg", basic("boss", "tenant-pw")).status())
        .isEqualTo(200);
  }

  @Test
  void enumeratingMacsIsRefusedToo() throws IOException {
    String scanner = "127.0.0.5";
    for (int i = 1; i <= 4; i++) {
      assertThat(from(scanner, "/open/0004f2ff000" + i + ".cfg").status()).isEqualTo(404);
    }
    assertThat(from(scanner, "/open/0004f2ff0005.cfg").status()).isEqualTo(429);
    assertThat(from(scanner, "/open/site.cfg").status()).isEqualTo(429);
    assertThat(world.security.await(4))
        .hasSize(4)
        .allSatisfy(line -> assertThat(line).contains(" unknown-mac from 127.0.0.5 tenant=open "));
  }

  @Test
  void aChallengeWithoutCredentialsCountsForNothing() throws IOException {
    for (int i = 0; i < 6; i++) {
      RawExchange challenged = from("127.0.0.6", "/acme/site.cfg");
      assertThat(challenged.status()).isEqualTo(401);
      assertThat(challenged.millis()).isLessThan(DELAY.toMillis());
    }
    assertThat(world.security.lines()).isEmpty();
  }
}
