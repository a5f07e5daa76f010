package dev.ucprov.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.app.config.TftpConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production wiring with TFTP on: every kind of file fetched over HTTP and TFTP gives the same
 * bytes; uploads of every kind through real clients (tftp-hpa, atftp) read back the same over HTTP
 * and become versions of the same files as HTTP PUTs; TFTP requests are counted in the metrics.
 */
class ServeTftpIT {

  private static final String MAC = "0004f2aabbcc";
  private static final String TOKEN = RunningServer.TOKEN;

  @TempDir Path data;
  @TempDir Path temp;
  private ProvisioningServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final byte[] firmware = new byte[300_000];

  private static ServerConfig config(Path data, TftpConfig tftp) {
    return RunningServer.config(data).withTftp(tftp);
  }

  private static TftpConfig tftpOn(HostPort address, boolean required) {
    return new TftpConfig(Optional.of(address), required, 50, Duration.ofSeconds(1), 5);
  }

  private static ProvisioningServer start(ServerConfig config) {
    return ProvisioningServer.start(
        config, new AdminToken(TOKEN, AdminToken.Origin.ENVIRONMENT), Clock.systemUTC());
  }

  @BeforeEach
  void start() throws Exception {
    server = start(config(data, tftpOn(new HostPort("127.0.0.1", 0), true)));
    new Random(1).nextBytes(firmware);
    admin(
        "PUT",
        "/api/v1/tenants/acme",
        "{\"name\":\"Acme\",\"networks\":[\"127.0.0.1/32\"]}".getBytes());
    admin("PUT", "/api/v1/tenants/acme/devices/" + MAC, "{\"model\":\"VVX_410\"}".getBytes());
    file("000000000000.cfg", "<APPLICATION APP_FILE_PATH=\"sip.ld\" CONFIG_FILES=\"site.cfg\"/>");
    file("site.cfg", "<polycomConfig\n site.a=\"1\"/>\n");
    file("000000000000-directory.xml", "<directory><item_list/></directory>");
    file("000000000000-license.cfg", "<licenses/>");
    admin("PUT", "/api/v1/tenants/acme/files/sip.ld", firmware);
    admin("PUT", "/api/v1/tenants/acme/files/3111-46162-001.sip.ld", firmware);
    admin(
        "PUT",
        "/api/v1/tenants/acme/files/%5BPHONE_MAC_ADDRESS%5D-lines.cfg?template=true",
        "<polycomConfig reg.1.address=\"{{ device.mac }}\"/>".getBytes());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private void file(String path, String text) throws Exception {
    admin("PUT", "/api/v1/tenants/acme/files/" + path, text.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> admin(String method, String path, byte[] body) throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(server.adminUri().resolve(path))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as("%s %s", method, path).isLessThan(300);
    return response;
  }

  private HttpResponse<byte[]> phone(String method, String path, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(server.phoneUri().resolve(path))
            .header("User-Agent", RunningServer.AGENT)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private byte[] overTftp(String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TFTPClient client = new TFTPClient();
    client.open();
    try {
      client.receiveFile(
          name, TFTP.BINARY_MODE, out, InetAddress.getLoopbackAddress(), server.tftpPort().get());
    } finally {
      client.close();
    }
    return out.toByteArray();
  }

  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  void everyKindOfFileIsTheSameOverHttpAndTftp() throws Exception {
    List<String> paths =
        List.of(
            "acme/000000000000.cfg",
            "acme/site.cfg",
            "acme/sip.ld",
            "acme/3111-46162-001.sip.ld",
            "acme/" + MAC + "-lines.cfg",
            "acme/000000000000-directory.xml",
            "acme/000000000000-license.cfg");
    for (String path : paths) {
      HttpResponse<byte[]> viaHttp = phone("GET", "/" + path, new byte[0]);
      assertThat(viaHttp.statusCode()).as(path).isEqualTo(200);
      String name = path.substring("acme/".length());
      assertThat(overTftp(name)).as(path).isEqualTo(viaHttp.body());
    }
    assertThat(overTftp("sip.ld")).isEqualTo(firmware);
  }

  @Test
  void uploadsOverTftpReadBackOverHttpAndAreVersionsOfTheSameFile() throws Exception {
    String[][] uploads = {
      {MAC + "-phone.cfg", "<PHONE_CONFIG><OVERRIDES reg.1.label=\"Desk\"/></PHONE_CONFIG>"},
      {MAC + "-web.cfg", "<PHONE_CONFIG><WEB a=\"1\"/></PHONE_CONFIG>"},
      {
        MAC + "-directory.xml",
        "<directory><item_list><item><ct>1</ct></item></item_list></directory>"
      },
      {MAC + "-calls.xml", "<calls><c n=\"A & B\"/></calls>"},
      {MAC + "-app.log", "0101000000|so   |4|00|hello\n"},
    };
    int port = server.tftpPort().get();
    for (int i = 0; i < uploads.length; i++) {
      String name = uploads[i][0];
      Path local = temp.resolve(name);
      Files.writeString(local, uploads[i][1]);
      if (i % 2 == 0) {
        run(
            List.of(
                "tftp",
                "-m",
                "octet",
                "127.0.0.1",
                "" + port,
                "-c",
                "put",
                local.toString(),
                name));
      } else {
        run(
            List.of(
                "atftp",
                "-p",
                "-r",
                name,
                "-l",
                local.toString(),
                "--option",
                "blksize 1428",
                "--option",
                "tsize enable",
                "127.0.0.1",
                "" + port));
      }
      HttpResponse<byte[]> back = phone("GET", "/acme/" + name, new byte[0]);
      assertThat(back.statusCode()).as(name).isEqualTo(200);
      assertThat(new String(back.body(), StandardCharsets.UTF_8)).as(name).isEqualTo(uploads[i][1]);
    }

    String name = MAC + "-phone.cfg";
    String overHttp = "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>";
    assertThat(phone("PUT", "/acme/" + name, overHttp.getBytes()).statusCode()).isEqualTo(204);
    String versions =
        new String(
            admin(
                    "GET",
                    "/api/v1/tenants/acme/devices/" + MAC + "/uploads/" + name + "/versions",
                    new byte[0])
                .body(),
            StandardCharsets.UTF_8);
    assertThat(versions).contains("\"version\":2").contains("\"version\":1");
    assertThat(overTftp(name)).isEqualTo(overHttp.getBytes());
  }

  @Test
  void tftpRequestsAreCountedWithTheirProtocol() throws Exception {
    overTftp("sip.ld");
    assertThatThrownBy(() -> overTftp("missing.cfg")).isInstanceOf(IOException.class);

    String metrics =
        new String(admin("GET", "/metrics", new byte[0]).body(), StandardCharsets.UTF_8);

    assertThat(metrics)
        .containsPattern(
            "ucprov_requests_total\\{kind=\"firmware\",protocol=\"tftp\",status=\"200\"} 1")
        .containsPattern(
            "ucprov_requests_total\\{kind=\"config\",protocol=\"tftp\",status=\"404\"} 1")
        .containsPattern("ucprov_served_bytes_total\\{protocol=\"tftp\"} 300000");
  }

  @Test
  void theDefaultTakesPort69WhenItMayAndFallsBackOtherwise() throws Exception {
    HostPort fallback = new HostPort("127.0.0.1", 0);
    boolean mayBind69;
    try (DatagramSocket probe =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 69))) {
      mayBind69 = probe.isBound();
    } catch (IOException e) {
      mayBind69 = false;
    }

    try (ProvisioningServer server = start(config(temp.resolve("d"), tftpOn(fallback, false)))) {
      int port = server.tftpPort().orElseThrow();
      if (mayBind69) {
        assertThat(port).isEqualTo(TftpConfig.STANDARD_PORT);
      } else {
        assertThat(port).isNotEqualTo(TftpConfig.STANDARD_PORT).isPositive();
      }
      // Either way it answers there.
      TFTPClient client = new TFTPClient();
      client.open();
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() ->
                client.receiveFile(
                    "nothing.cfg", TFTP.BINARY_MODE, out, InetAddress.getLoopbackAddress(), port))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("not found");
      } finally {
        client.close();
      }
    }
  }

  /** A socket on 127.0.0.1:69 when this process may bind it, else null (nothing to hold). */
  private static DatagramSocket holdPort69() {
    try {
      return new DatagramSocket(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), TftpConfig.STANDARD_PORT));
    } catch (IOException e) {
      return null;
    }
  }

  @Test
  void aGivenAddressInUseStopsTheStartButTheDefaultOneOnlyWarns() throws Exception {
    try (DatagramSocket taken =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      HostPort busy = new HostPort("127.0.0.1", taken.getLocalPort());

      assertThatThrownBy(() -> start(config(temp.resolve("a"), tftpOn(busy, true))))
          .isInstanceOf(StartFailure.class)
          .hasMessageContaining("cannot open the TFTP listener on 127.0.0.1:" + busy.port());

      // Port 69 held too where this process may bind it, or the default would take it instead.
      try (DatagramSocket standard = holdPort69();
          ProvisioningServer second = start(config(temp.resolve("b"), tftpOn(busy, false)))) {
        assertThat(second.tftpPort()).isEmpty();
        assertThat(URI.create(second.phoneUri().toString()).getPort()).isPositive();
      }
    }
  }
}
