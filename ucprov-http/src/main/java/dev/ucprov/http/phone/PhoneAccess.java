package dev.ucprov.http.phone;

import dev.ucprov.core.abuse.Admission;
import dev.ucprov.core.access.Proof;
import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.http.auth.PhoneCredentials;
import dev.ucprov.http.auth.Presented;
import dev.ucprov.http.tls.ClientCertificates;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * The phone listener's side of access: the abuse guard's admission acted on (429, or a wait), the
 * request's proof read from its {@code Authorization} header and TLS connection, and the challenges
 * of a 401. Thread-safe; a wait ({@link #admit}) runs on the request's virtual thread, so it blocks
 * only that request.
 */
final class PhoneAccess {

  private final ProvisioningService service;
  private final PhoneCredentials credentials;

  PhoneAccess(ProvisioningService service, PhoneCredentials credentials) {
    this.service = service;
    this.credentials = credentials;
  }

  /** How the guard treats a request from {@code address}. */
  Admission admission(String address) {
    return service.admission(address);
  }

  /** The 429 sent to a refused address. */
  Sent refuse(Request request, Response response, Admission.Refused refused, Delivery out)
      throws IOException {
    // Rounded up: a client that waits what it is told must not arrive a moment early.
    long seconds = Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000);
    response.getHeaders().put(HttpHeader.RETRY_AFTER, seconds);
    return PhoneHandler.plain(request, response, 429, "Too Many Requests\n", out);
  }

  /**
   * The 429 sent to a refused address, or empty to go on, after waiting for a slowed address: for
   * virtual threads, which may wait.
   */
  Optional<Sent> admit(Request request, Response response, String address)
      throws IOException, InterruptedException {
    switch (admission(address)) {
      case Admission.Refused refused -> {
        return Optional.of(refuse(request, response, refused, Delivery.BLOCKING));
      }
      case Admission.Slowed slowed -> Thread.sleep(slowed.delay());
      case Admission.Admitted admitted -> {}
    }
    return Optional.empty();
  }

  /** The password part of the proof from the Authorization header, the certificate from TLS. */
  Proved proof(Request request) {
    Presented presented =
        credentials.read(
            request.getMethod(),
            request.getHttpURI().getPathQuery(),
            Optional.ofNullable(request.getHeaders().get(HttpHeader.AUTHORIZATION)));
    return new Proved(
        new Proof(presented.password(), ClientCertificates.of(request)), presented.stale());
  }

  /** A 401 with the Digest and Basic challenges, realm = the tenant reached. */
  Sent challenge(
      Request request,
      Response response,
      FileReply.Challenge challenge,
      boolean stale,
      Delivery out)
      throws IOException {
    String realm = challenge.routing().tenant().map(TenantId::value).orElse("ucprov");
    for (String value : credentials.challenges(realm, stale)) {
      response.getHeaders().add(HttpHeader.WWW_AUTHENTICATE, value);
    }
    return PhoneHandler.plain(request, response, 401, "Unauthorized\n", out);
  }

  /**
   * A request's proof, and whether its Digest nonce was stale (the 401 then says {@code
   * stale=true}).
   */
  record Proved(Proof proof, boolean staleNonce) {}
}
