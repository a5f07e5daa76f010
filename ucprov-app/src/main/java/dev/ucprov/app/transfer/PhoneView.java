package dev.ucprov.app.transfer;

import dev.ucprov.app.cli.InputException;
import dev.ucprov.core.tenant.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Optional;

/**
 * Files as a phone gets them from the phone listener, reached by path prefix ({@code
 * http://server:8080/acme/0004f2aabbcc-lines.cfg}): the only way to read rendered bytes while the
 * admin API has no route for them. Thread-safe.
 *
 * <p>The server records these requests in the inventory like any phone's (last seen, recent
 * requests) for the devices whose files are read.
 */
final class PhoneView {

  static final String USER_AGENT = "ucprov-export";

  private final URI base;
  private final HttpClient http;

  PhoneView(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** The bytes served for {@code path}; empty on 404; a failure names the status. */
  Optional<InputStream> fetch(TenantId tenant, String path) {
    URI uri = base.resolve("/" + tenant.value() + "/" + ApiPaths.encode(path));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("User-Agent", USER_AGENT)
            .timeout(Duration.ofMinutes(5))
            .GET()
            .build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, BodyHandlers.ofInputStream());
    } catch (ConnectException e) {
      throw new InputException(
          "cannot reach the phone listener at "
              + base
              + " (connection refused): is 'ucprov"
              + " serve' listening there? (--http URL)",
          e);
    } catch (IOException e) {
      throw new InputException("phone listener at " + base + " failed on " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted while reading " + uri, e);
    }
    if (response.statusCode() == 200) {
      return Optional.of(response.body());
    }
    try (InputStream ignored = response.body()) {
      // drained and closed: nothing in a refusal's body is worth keeping
    } catch (IOException e) {
      // the connection is discarded anyway
    }
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    throw new InputException(uri + " answered " + response.statusCode());
  }
}
