package dev.ucprov.app.server;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A real server for tests: the production setup on loopback port 0 with an H2 file database in a
 * temporary data directory, and a JDK HttpClient to ask it as a phone or as an operator.
 */
public final class RunningServer implements AutoCloseable {

  public static final String TOKEN = "test-admin-token-0123456789";
  public static final String AGENT =
      "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";

  private final ProvisioningServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  private RunningServer(ProvisioningServer server) {
    this.server = server;
  }

  public static ServerConfig config(Path data) {
    HostPort loopback = new HostPort("127.0.0.1", 0);
    return new ServerConfig(data, loopback, loopback, Optional.empty(), Optional.empty());
  }

  public static RunningServer start(Path data) {
    return new RunningServer(
        ProvisioningServer.start(
            config(data), new AdminToken(TOKEN, AdminToken.Origin.ENVIRONMENT), Clock.systemUTC()));
  }

  public ProvisioningServer server() {
    return server;
  }

  public URI phoneUri() {
    return server.phoneUri();
  }

  public URI adminUri() {
    return server.adminUri();
  }

  /** GET on the phone listener with a VVX 410's User-Agent. */
  public HttpResponse<byte[]> asPhone(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(server.phoneUri().resolve(path)).header("User-Agent", AGENT).build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** PUT on the phone listener with a VVX 410's User-Agent: an upload. */
  public HttpResponse<byte[]> asPhoneWrite(String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(server.phoneUri().resolve(path))
            .header("User-Agent", AGENT)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A request to the admin API with the token. */
  public HttpResponse<String> asOperator(String method, String path, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(server.adminUri().resolve(path))
            .header("Authorization", "Bearer " + TOKEN)
            .method(method, body)
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String adminPath) throws IOException, InterruptedException {
    return asOperator("GET", adminPath, HttpRequest.BodyPublishers.noBody());
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
