package dev.ucprov.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --database jdbc:postgresql://...}: the same server on a real PostgreSQL. */
class PostgresServerIT {

  @TempDir Path data;

  @Test
  void theServerRunsOnPostgresqlWithTheUserInTheUrl() throws Exception {
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setServerConfig("fsync", "off").start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      assertThat(url).contains("user=postgres");
      HostPort loopback = new HostPort("127.0.0.1", 0);
      ServerConfig config =
          new ServerConfig(data, loopback, loopback, Optional.of(url), Optional.empty());
      AdminToken token = new AdminToken("pg-token", AdminToken.Origin.ENVIRONMENT);
      HttpClient client = HttpClient.newHttpClient();

      try (ProvisioningServer server = ProvisioningServer.start(config, token, Clock.systemUTC())) {
        for (String[] put :
            new String[][] {
              {"/api/v1/tenants/acme", "{\"name\":\"Acme\"}"},
              {"/api/v1/tenants/acme/files/site.cfg", "<polycomConfig/>"}
            }) {
          HttpRequest request =
              HttpRequest.newBuilder(server.adminUri().resolve(put[0]))
                  .header("Authorization", "Bearer pg-token")
                  .PUT(BodyPublishers.ofString(put[1]))
                  .build();
          assertThat(client.send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(201);
        }
        HttpRequest phone =
            HttpRequest.newBuilder(server.phoneUri().resolve("/acme/site.cfg")).build();

        assertThat(client.send(phone, BodyHandlers.ofString()).body())
            .isEqualTo("<polycomConfig/>");
      }
      assertThat(data.resolve("db")).doesNotExist();
    }
  }
}
