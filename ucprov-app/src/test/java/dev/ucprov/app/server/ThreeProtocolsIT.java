package dev.ucprov.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.config.FtpConfig;
import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.TftpConfig;
import dev.ucprov.ftp.PassivePorts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 point 4, one answer over three protocols: the production wiring with HTTP, TFTP and FTP
 * on; every kind of file a phone reads gives the same bytes over each, and an upload over each
 * becomes the next version of the same file, whichever protocol reads it back.
 */
class ThreeProtocolsIT {

  private static final String MAC = "0004f2aabbcc";
  private static final String TOKEN = RunningServer.TOKEN;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  private ProvisioningServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final byte[] firmware = new byte[200_000];

  @BeforeEach
  void start() throws Exception {
    server =
        ProvisioningServer.start(
            RunningServer.config(data)
                .withTftp(
                    new TftpConfig(
                        Optional.of(new HostPort("127.0.0.1", 0)),
                        true,
                        50,
                        Duration.ofSeconds(1),
                        5))
                .withFtp(
                    new FtpConfig(
                        Optional.of(new FtpConfig.Listen.At(new HostPort("127.0.0.1", 0))),
                        Optional.of(PassivePorts.any()))),
            new AdminToken(TOKEN, AdminToken.Origin.ENVIRONMENT),
            Clock.systemUTC());
    new Random(5).nextBytes(firmware);
    // An open tenant whose network holds loopback: TFTP finds it by source, FTP's anonymous login
    // too, HTTP by path prefix.
    admin("PUT", "/api/v1/tenants/acme", "{\"name\":\"Acme\",\"networks\":[\"127.0.0.0/8\"]}");
    admin("PUT", "/api/v1/tenants/acme/devices/" + MAC, "{\"model\":\"VVX_410\"}");
    admin(
        "PUT",
        "/api/v1/tenants/acme/files/000000000000.cfg",
        "<APPLICATION APP_FILE_PATH=\"sip.ld\" CONFIG_FILES=\"site.cfg\"/>");
    admin("PUT", "/api/v1/tenants/acme/files/site.cfg", "<polycomConfig site.a=\"1\"/>\n");
    admin(
        "PUT",
        "/api/v1/tenants/acme/files/000000000000-directory.xml",
        "<directory><item_list/></directory>");
    admin("PUT", "/api/v1/tenants/acme/files/000000000000-license.cfg", "<licenses/>");
    admin(
        "PUT",
        "/api/v1/tenants/acme/files/%5BPHONE_MAC_ADDRESS%5D-lines.cfg?template=true",
        "<polycomConfig reg.1.address=\"{{ device.mac }}\"/>");
    send("PUT", server.adminUri().resolve("/api/v1/shared/files/sip.ld"), firmware, true);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void everyKindOfFileIsTheSameBytesOverHttpTftpAndFtp() throws Exception {
    List<String> names =
        List.of(
            "000000000000.cfg",
            "site.cfg",
            MAC + "-lines.cfg",
            "000000000000-directory.xml",
            "000000000000-license.cfg",
            "sip.ld");
    FTPClient ftp = ftp();
    try {
      for (String name : names) {
        byte[] overHttp = overHttp(name);
        assertThat(overTftp(name)).as("TFTP %s", name).isEqualTo(overHttp);
        assertThat(overFtp(ftp, name)).as("FTP %s", name).isEqualTo(overHttp);
      }
    } finally {
      ftp.disconnect();
    }
    assertThat(overHttp("sip.ld")).isEqualTo(firmware);
    assertThat(new String(overHttp(MAC + "-lines.cfg"), StandardCharsets.UTF_8)).contains(MAC);
  }

  @Test
  void anUploadOverEachProtocolIsTheNextVersionOfOneFile() throws Exception {
    String name = MAC + "-phone.cfg";
    List<String> bodies = new ArrayList<>();
    for (String protocol : List.of("http", "tftp", "ftp")) {
      String body =
          "<PHONE_CONFIG><OVERRIDES reg.1.label=\"via " + protocol + "\"/></PHONE_CONFIG>";
      bodies.add(body);
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      switch (protocol) {
        case "http" -> {
          HttpResponse<byte[]> put = send("PUT", phone(name), bytes, false);
          assertThat(put.statusCode()).isEqualTo(201);
        }
        case "tftp" -> {
          TFTPClient client = new TFTPClient();
          client.open();
          try {
            client.sendFile(
                name,
                TFTP.BINARY_MODE,
                new ByteArrayInputStream(bytes),
                InetAddress.getLoopbackAddress(),
                server.tftpPort().orElseThrow());
          } finally {
            client.close();
          }
        }
        default -> {
          FTPClient ftp = ftp();
          try {
            assertThat(ftp.storeFile(name, new ByteArrayInputStream(bytes)))
                .as(ftp.getReplyString())
                .isTrue();
          } finally {
            ftp.disconnect();
          }
        }
      }
      // Whoever wrote it, each protocol now reads the newest version.
      assertThat(overHttp(name)).as("after %s, over HTTP", protocol).isEqualTo(bytes);
      assertThat(overTftp(name)).as("after %s, over TFTP", protocol).isEqualTo(bytes);
      FTPClient ftp = ftp();
      try {
        assertThat(overFtp(ftp, name)).as("after %s, over FTP", protocol).isEqualTo(bytes);
      } finally {
        ftp.disconnect();
      }
    }

    JsonNode versions =
        JSON.readTree(
            admin(
                    "GET",
                    "/api/v1/tenants/acme/devices/" + MAC + "/uploads/" + name + "/versions",
                    "")
                .body());
    List<Integer> numbers = new ArrayList<>();
    versions.findValues("version").forEach(v -> numbers.add(v.asInt()));
    assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3);
    for (int version = 1; version <= 3; version++) {
      HttpResponse<byte[]> content =
          admin(
              "GET",
              "/api/v1/tenants/acme/devices/" + MAC + "/uploads/" + name + "/versions/" + version,
              "");
      assertThat(new String(content.body(), StandardCharsets.UTF_8))
          .as("version %d", version)
          .isEqualTo(bodies.get(version - 1));
    }
  }

  private java.net.URI phone(String name) {
    return server.phoneUri().resolve("/acme/" + name);
  }

  private byte[] overHttp(String name) throws Exception {
    HttpResponse<byte[]> response = send("GET", phone(name), new byte[0], false);
    assertThat(response.statusCode()).as("HTTP GET %s", name).isEqualTo(200);
    return response.body();
  }

  private byte[] overTftp(String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TFTPClient client = new TFTPClient();
    client.open();
    try {
      client.receiveFile(
          name,
          TFTP.BINARY_MODE,
          out,
          InetAddress.getLoopbackAddress(),
          server.tftpPort().orElseThrow());
    } finally {
      client.close();
    }
    return out.toByteArray();
  }

  private FTPClient ftp() throws IOException {
    FTPClient ftp = new FTPClient();
    ftp.connect(InetAddress.getLoopbackAddress(), server.ftpPort().orElseThrow());
    assertThat(ftp.login("anonymous", "phone@example")).as(ftp.getReplyString()).isTrue();
    ftp.enterLocalPassiveMode();
    ftp.setFileType(FTP.BINARY_FILE_TYPE);
    return ftp;
  }

  private static byte[] overFtp(FTPClient ftp, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ftp.retrieveFile(name, out))
        .as("FTP RETR %s: %s", name, ftp.getReplyString())
        .isTrue();
    return out.toByteArray();
  }

  private HttpResponse<byte[]> admin(String method, String path, String body) throws Exception {
    HttpResponse<byte[]> response =
        send(method, server.adminUri().resolve(path), body.getBytes(StandardCharsets.UTF_8), true);
    assertThat(response.statusCode()).as("%s %s", method, path).isLessThan(300);
    return response;
  }

  private HttpResponse<byte[]> send(String method, java.net.URI uri, byte[] body, boolean admin)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (admin) {
      request.header("Authorization", "Bearer " + TOKEN);
    } else {
      request.header("User-Agent", RunningServer.AGENT);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
