package dev.ucprov.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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
