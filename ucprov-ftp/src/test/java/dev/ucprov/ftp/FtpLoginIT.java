package dev.ucprov.ftp;

import static dev.ucprov.ftp.FtpWorld.ACME_NET;
import static dev.ucprov.ftp.FtpWorld.ELSEWHERE;
import static dev.ucprov.ftp.FtpWorld.GLOBEX_NET;
import static dev.ucprov.ftp.FtpWorld.OPEN_NET;
import static dev.ucprov.ftp.FtpWorld.quietly;
import static dev.ucprov.ftp.FtpWorld.retrieve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.abuse.AbuseLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 5 point 3: who logs in to which tenant over FTP (commons-net as the phone). */
class FtpLoginIT {

  private FtpWorld world;

  @BeforeEach
  void start() {
    world = new FtpWorld();
    world.file(world.acme.id(), "site.cfg", "acme site");
    world.file(world.globex.id(), "site.cfg", "globex site");
    world.file(world.open.id(), "site.cfg", "open site");
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void aTenantsCredentialsReachItsFilesFromAnywhere() throws IOException {
    FTPClient client = world.login(ELSEWHERE, "boss", "globex-pw");
    try {
      assertThat(client.getReplyCode()).isEqualTo(230);
      assertThat(client.printWorkingDirectory()).isEqualTo("/");
      assertThat(text(retrieve(client, "site.cfg"))).isEqualTo("globex site");
    } finally {
      quietly(client);
    }
  }

  @Test
  void aDevicesCredentialsReachItsTenant() throws IOException {
    FTPClient client = world.login(GLOBEX_NET, "alice", "a1");
    try {
      assertThat(client.getReplyCode()).isEqualTo(230);
      assertThat(text(retrieve(client, "site.cfg"))).isEqualTo("acme site");
    } finally {
      quietly(client);
    }
  }

  @Test
  void aWrongPasswordIs530AndASecurityLine() throws IOException {
    FTPClient client = world.login(ELSEWHERE, "alice", "nope");
    try {
      assertThat(client.getReplyCode()).isEqualTo(530);
      assertThat(retrieve(client, "site.cfg")).isEmpty();
      assertThat(client.getReplyCode()).isEqualTo(530);
    } finally {
      quietly(client);
    }
    assertThat(world.security)
        .singleElement()
        .satisfies(line ->
            assertThat(line).endsWith(" auth-failed from 127.0.0.1 tenant=acme user=alice path=-"));
    assertThat(world.access.await(1))
        .anySatisfy(line -> assertThat(line).contains(" 127.0.0.1 - PASS - 530 0 "));
  }

  @Test
  void theFactoryAccountWorksOnlyFromTheNetworkOfATenantThatEnablesIt() throws IOException {
    FTPClient fromAcme = world.login(ACME_NET, "PlcmSpIp", "PlcmSpIp");
    try {
      assertThat(fromAcme.getReplyCode()).isEqualTo(230);
      assertThat(text(retrieve(fromAcme, "site.cfg"))).isEqualTo("acme site");
    } finally {
      quietly(fromAcme);
    }
    for (String source : new String[] {ELSEWHERE, GLOBEX_NET, OPEN_NET}) {
      FTPClient refused = world.login(source, "PlcmSpIp", "PlcmSpIp");
      try {
        assertThat(refused.getReplyCode()).as(source).isEqualTo(530);
      } finally {
        quietly(refused);
      }
    }
  }

  @Test
  void anonymousReachesOnlyTheOpenTenantOfItsNetwork() throws IOException {
    FTPClient open = world.login(OPEN_NET, "anonymous", "phone@example.com");
    try {
      assertThat(open.getReplyCode()).isEqualTo(230);
      assertThat(text(retrieve(open, "site.cfg"))).isEqualTo("open site");
    } finally {
      quietly(open);
    }
    for (String source : new String[] {ACME_NET, ELSEWHERE}) {
      FTPClient refused = world.login(source, "anonymous", "phone@example.com");
      try {
        assertThat(refused.getReplyCode()).as(source).isEqualTo(530);
      } finally {
        quietly(refused);
      }
    }
  }

  @Test
  void aSourceWithTooManyFailuresIsRefusedOverFtpToo() throws IOException {
    world.close();
    world =
        new FtpWorld(
            PassivePorts.any(),
            Optional.empty(),
            new AbuseLimits(
                Duration.ofMinutes(1), 2, 3, Duration.ofMillis(50), Duration.ofMinutes(10), 100));
    for (int i = 0; i < 3; i++) {
      FTPClient client = world.login(ELSEWHERE, "mallory", "guess-" + i);
      quietly(client);
    }
    assertThat(world.security).hasSize(3);
    FTPClient refused = new FTPClient();
    refused.setConnectTimeout(5000);
    refused.setDefaultTimeout(5000);
    try {
      refused.connect("127.0.0.1", world.port());
      assertThat(refused.getReplyCode()).isNotEqualTo(220);
    } catch (IOException dropped) {
      // dropped before the greeting: refused as it should be
    } finally {
      quietly(refused);
    }
    FTPClient other = world.login(ACME_NET, "boss", "acme-pw");
    try {
      assertThat(other.getReplyCode()).isEqualTo(230);
    } finally {
      quietly(other);
    }
  }

  private static String text(Optional<byte[]> bytes) {
    assertThat(bytes).isPresent();
    return new String(bytes.get(), StandardCharsets.UTF_8);
  }
}
