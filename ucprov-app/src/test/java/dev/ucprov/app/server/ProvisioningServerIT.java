package dev.ucprov.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production wiring, in-process: H2 file database, blob files, both listeners on port 0. */
class ProvisioningServerIT {

  @TempDir Path data;

  @Test
  void bothListenersAnswerOnTheirOwnPorts() throws Exception {
    try (RunningServer server = RunningServer.start(data)) {
      assertThat(server.phoneUri().getPort()).isPositive();
      assertThat(server.adminUri().getPort())
          .isPositive()
          .isNotEqualTo(server.phoneUri().getPort());

      assertThat(server.get("/health").statusCode()).isEqualTo(200);
      assertThat(server.asPhone("/nobody/000000000000.cfg").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void theAdminApiWantsTheToken() throws Exception {
    try (RunningServer server = RunningServer.start(data)) {
      HttpResponse<String> anonymous =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(server.adminUri().resolve("/api/v1/tenants"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(server.get("/api/v1/tenants").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void whatWasStoredIsServedAfterARestart() throws Exception {
    try (RunningServer server = RunningServer.start(data)) {
      assertThat(
              server
                  .asOperator(
                      "PUT", "/api/v1/tenants/acme", BodyPublishers.ofString("{\"name\":\"Acme\"}"))
                  .statusCode())
          .isEqualTo(201);
      assertThat(
              server
                  .asOperator(
                      "PUT",
                      "/api/v1/tenants/acme/files/site.cfg",
                      BodyPublishers.ofString("<polycomConfig a.b=\"1\"/>"))
                  .statusCode())
          .isEqualTo(201);
    }

    try (RunningServer again = RunningServer.start(data)) {
      HttpResponse<byte[]> served = again.asPhone("/acme/site.cfg");

      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(new String(served.body(), StandardCharsets.UTF_8))
          .isEqualTo("<polycomConfig a.b=\"1\"/>");
    }
  }

  /**
   * ADR 0023: on the embedded database, the names a phone asks for that nobody stored (its MAC's
   * config, override files, directory) are answered from memory on the network thread, without a
   * database read; and a name uploaded before a restart is still found after it.
   */
  @Test
  void namesNobodyStoredCostNoDatabaseReadBeforeOrAfterARestart() throws Exception {
    String uploaded = "<PHONE_CONFIG><OVERRIDES up.x=\"1\"/></PHONE_CONFIG>";
    try (RunningServer server = RunningServer.start(data)) {
      server.asOperator("PUT", "/api/v1/tenants/acme", BodyPublishers.ofString("{\"name\":\"A\"}"));
      server.asOperator(
          "PUT",
          "/api/v1/tenants/acme/devices/0004f2aabbcc",
          BodyPublishers.ofString("{\"model\":\"VVX_410\"}"));
      server.asOperator(
          "PUT",
          "/api/v1/tenants/acme/files/000000000000.cfg",
          BodyPublishers.ofString("<APPLICATION CONFIG_FILES=\"\"/>"));
      assertThat(server.asPhoneWrite("/acme/0004f2aabbcc-web.cfg", uploaded).statusCode())
          .isEqualTo(201);
      // The tenant, the device and the master, read once from the database into the caches.
      assertThat(server.asPhone("/acme/000000000000.cfg").statusCode()).isEqualTo(200);
      assertThat(server.asPhone("/acme/0004f2aabbcc.cfg").statusCode()).isEqualTo(404);
      double virtual = answers(server, "virtual");
      double network = answers(server, "network");

      for (String path :
          List.of(
              "/acme/0004f2aabbcc-lines.cfg",
              "/acme/overrides/0004f2aabbcc-phone.cfg",
              "/acme/0004f2aabbcc-directory.xml",
              "/acme/contacts/0004f2aabbcc-calls.xml")) {
        assertThat(server.asPhone(path).statusCode()).as(path).isEqualTo(404);
      }

      assertThat(answers(server, "virtual")).isEqualTo(virtual);
      assertThat(answers(server, "network")).isEqualTo(network + 4);
    }

    try (RunningServer again = RunningServer.start(data)) {
      HttpResponse<byte[]> web = again.asPhone("/acme/0004f2aabbcc-web.cfg");

      assertThat(web.statusCode()).isEqualTo(200);
      assertThat(new String(web.body(), StandardCharsets.UTF_8)).isEqualTo(uploaded);
    }
  }

  private static double answers(RunningServer server, String thread) throws Exception {
    Matcher line =
        Pattern.compile("ucprov_phone_answers_total\\{thread=\"" + thread + "\"[^}]*} ([0-9.E]+)")
            .matcher(server.get("/metrics").body());
    return line.find() ? Double.parseDouble(line.group(1)) : 0;
  }

  @Test
  void anAddressInUseIsAStartFailureNamingItAndNothingStaysOpen() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      var config =
          new dev.ucprov.app.config.ServerConfig(
              data,
              new dev.ucprov.app.config.HostPort("127.0.0.1", taken.getLocalPort()),
              new dev.ucprov.app.config.HostPort("127.0.0.1", 0),
              Optional.empty(),
              Optional.empty());
      AdminToken token = new AdminToken("t", AdminToken.Origin.ENVIRONMENT);

      assertThatThrownBy(() -> ProvisioningServer.start(config, token, Clock.systemUTC()))
          .isInstanceOf(StartFailure.class)
          .hasMessageStartingWith(
              "cannot listen for phones on 127.0.0.1:"
                  + taken.getLocalPort()
                  + " and the admin API on 127.0.0.1:0: ");

      // The database was closed again: a second server opens the same H2 file at once.
      try (RunningServer server = RunningServer.start(data)) {
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
      }
    }
  }
}
