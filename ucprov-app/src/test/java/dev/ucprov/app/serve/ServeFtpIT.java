package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server with {@code --ftp}: phones log in over FTP with the same credentials as HTTP,
 * read what HTTP serves, upload what HTTP then serves; the access, security and metrics outputs
 * name FTP; the inventory records it.
 */
class ServeFtpIT {

  static final String TOKEN = "serve-ftp-token";
  static final String OVERRIDE = "<PHONE_CONFIG><OVERRIDES reg.1.label=\"Desk\"/></PHONE_CONFIG>";

  @TempDir Path temp;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void phonesReadAndUploadOverFtpAsOverHttp() throws Exception {
    int passive = freeRange(3);
    List<String> args =
        List.of(
            "serve",
            "--data",
            temp.resolve("data").toString(),
            "--http",
            "127.0.0.1:0",
            "--admin",
            "127.0.0.1:0",
            "--ftp",
            "127.0.0.1:0",
            "--ftp-passive-ports",
            passive + "-" + (passive + 2));
    try (ServerProcess server = ServerProcess.start(Map.of("UCPROV_ADMIN_TOKEN", TOKEN), args)) {
      Matcher ready = server.awaitReady();
      URI admin = ServerProcess.admin(ready);
      URI phones = ServerProcess.phones(ready);
      URI ftp = ServerProcess.ftp(ready).orElseThrow();
      assertThat(ftp.getHost()).isEqualTo("127.0.0.1");
      admin(
          admin,
          "PUT",
          "/api/v1/tenants/acme",
          "{\"name\": \"Acme\", \"credentials\":"
              + " {\"username\": \"boss\", \"password\": \"pw\"}}");
      admin(
          admin,
          "PUT",
          "/api/v1/tenants/acme/devices/0004f2000001",
          "{\"credentials\":" + " {\"username\": \"alice\", \"password\": \"a1\"}}");
      admin(admin, "PUT", "/api/v1/tenants/acme/files/site.cfg", "<site/>");

      FTPClient boss = login(ftp, "boss", "pw");
      try {
        assertThat(boss.getReplyCode()).isEqualTo(230);
        assertThat(retrieve(boss, "site.cfg")).isEqualTo("<site/>");
        assertThat(boss.getPassivePort()).isBetween(passive, passive + 2);
      } finally {
        boss.disconnect();
      }
      FTPClient alice = login(ftp, "alice", "a1");
      try {
        assertThat(
                alice.storeFile(
                    "overrides/0004f2000001-phone.cfg",
                    new ByteArrayInputStream(OVERRIDE.getBytes(StandardCharsets.UTF_8))))
            .isTrue();
      } finally {
        alice.disconnect();
      }
      assertThat(phone(phones, "/acme/overrides/0004f2000001-phone.cfg", "alice", "a1").body())
          .isEqualTo(OVERRIDE);
      FTPClient wrong = login(ftp, "alice", "nope");
      assertThat(wrong.getReplyCode()).isEqualTo(530);
      wrong.disconnect();

      assertThat(admin(admin, "GET", "/metrics", null).body()).contains("protocol=\"ftp\"");
      assertThat(
              admin(admin, "GET", "/api/v1/tenants/acme/devices/0004f2000001/uploads", null).body())
          .contains("0004f2000001-phone.cfg");

      assertThat(server.terminate()).isZero();
      assertThat(server.stderr())
          .contains(" 127.0.0.1 acme RETR /site.cfg 226 7 ")
          .contains(" 127.0.0.1 acme STOR /overrides/0004f2000001-phone.cfg 226 ")
          .contains(" auth-failed from 127.0.0.1 tenant=acme user=alice path=-")
          .doesNotContain("FtpLoggingFilter");
    }
  }

  private FTPClient login(URI ftp, String user, String password) throws IOException {
    FTPClient client = new FTPClient();
    client.setDefaultTimeout(10_000);
    client.connect(InetAddress.getByName(ftp.getHost()), ftp.getPort());
    client.enterLocalPassiveMode();
    client.login(user, password);
    return client;
  }

  private static String retrieve(FTPClient client, String path) throws IOException {
    client.setFileType(FTP.BINARY_FILE_TYPE);
    try (InputStream in = client.retrieveFileStream(path)) {
      assertThat(in).as(client.getReplyString()).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      in.close();
      assertThat(client.completePendingCommand()).isTrue();
      return text;
    }
  }

  private HttpResponse<String> admin(URI base, String method, String path, String body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path).isLessThan(300);
    return response;
  }

  private HttpResponse<String> phone(URI base, String path, String user, String password)
      throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Basic " + basic)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The first of {@code count} consecutive ports nothing listens on now (bounded tries). */
  private static int freeRange(int count) throws IOException {
    for (int base = 43_000; base < 43_000 + 200 * count; base += count) {
      boolean free = true;
      for (int port = base; port < base + count && free; port++) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
          free = probe.isBound();
        } catch (IOException taken) {
          free = false;
        }
      }
      if (free) {
        return base;
      }
    }
    throw new IOException("no free range of " + count + " ports near 43000");
  }
}
