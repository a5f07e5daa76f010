package dev.ucprov.http.phone;

import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.Routing;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.http.auth.PhoneCredentials;
import dev.ucprov.http.ops.RequestMetrics;
import dev.ucprov.http.wire.RequestPath;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone listener: GET and HEAD, and PUT of the files phones write ({@link PhoneUploads}); the
 * path decoded once and the Host header read into a {@link FileRequest}; the service's {@link
 * FileReply} encoded; then one access-log line, the metrics, and the inventory told what was sent.
 * Runs on a virtual thread, so it blocks freely.
 */
public final class PhoneHandler extends Handler.Abstract implements RequestLog {

  private static final Logger LOG = LoggerFactory.getLogger(PhoneHandler.class);

  /**
   * Marks a request this handler saw. Jetty refuses some request lines itself ({@code %zz}, {@code
   * %00}) before any handler runs; {@link #log} writes their access line, and this mark tells them
   * apart from requests the handler already logged.
   */
  private static final String SEEN = PhoneHandler.class.getName() + ".seen";

  /** Every refusal body is one of these few words, the same whatever the cause. */
  private static final String NOT_FOUND = "Not Found\n";

  private final ProvisioningService service;
  private final PhoneAccess access;
  private final ServedFileWriter files;
  private final PhoneUploads uploads;
  private final RequestMetrics metrics;
  private final Logger accessLog;
  private final Clock clock;

  /**
   * @param credentials reads Basic and Digest credentials and makes the challenges of a 401
   * @param accessLog where access lines go; {@code ucprov.access} in production
   */
  public PhoneHandler(
      ProvisioningService service,
      Uploads uploads,
      PhoneCredentials credentials,
      BlobStore blobs,
      RequestMetrics metrics,
      Logger accessLog,
      Clock clock) {
    this.service = service;
    this.access = new PhoneAccess(service, credentials);
    this.files = new ServedFileWriter(blobs);
    this.uploads = new PhoneUploads(uploads, access);
    this.metrics = metrics;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    request.setAttribute(SEEN, Boolean.TRUE);
    Exchange exchange = new Exchange(request);
    try {
      exchange.sent = answer(request, response, exchange);
      callback.succeeded();
    } catch (Throwable t) {
      if (t instanceof IOException) {
        // The phone went away mid-body; the access line says what had been sent by then.
        LOG.debug("phone response cut short", t);
      } else if (t instanceof InterruptedException) {
        // Stopping while a slowed answer waited: nothing to report.
        Thread.currentThread().interrupt();
      } else {
        LOG.error("phone request {} failed", request.getHttpURI().getPath(), t);
      }
      if (response.isCommitted()) {
        exchange.sent = new Sent(response.getStatus(), Response.getContentBytesWritten(response));
      }
      callback.failed(t);
    } finally {
      finish(exchange);
    }
    return true;
  }

  /**
   * The access line of a phone request Jetty refused before this handler ran; its path is unknown
   * (Jetty does not keep a request line it could not parse), so it shows as {@code -}.
   */
  @Override
  public void log(Request request, Response response) {
    if (request.getAttribute(SEEN) != null) {
      return;
    }
    Exchange exchange = new Exchange(request);
    exchange.sent = new Sent(response.getStatus(), Response.getContentBytesWritten(response));
    exchange.refusedPath = true;
    finish(exchange);
  }

  /** What one request led to, filled as it goes. */
  private static final class Exchange {
    final Request request;
    Optional<FileRequest> fileRequest = Optional.empty();
    Optional<FileReply> reply = Optional.empty();
    Optional<Routing> uploadRouting = Optional.empty();
    boolean staleNonce;
    Sent sent = new Sent(500, 0);
    boolean refusedPath;

    Exchange(Request request) {
      this.request = request;
    }
  }

  private Sent answer(Request request, Response response, Exchange exchange)
      throws IOException, InterruptedException {
    Optional<Sent> tooMany = access.admit(request, response);
    if (tooMany.isPresent()) {
      return tooMany.get();
    }
    String method = request.getMethod();
    boolean put = method.equals("PUT");
    if (!put && !method.equals("GET") && !method.equals("HEAD")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, PUT");
      return plain(request, response, 405, "Method Not Allowed\n");
    }
    switch (RequestPath.decode(request.getHttpURI().getPath())) {
      case RequestPath.Decoded.Refused refused -> {
        LOG.debug("refused path {}: {}", request.getHttpURI().getPath(), refused.reason());
        return plain(request, response, 400, "Bad Request\n");
      }
      case RequestPath.Decoded.Path path -> {
        FileRequest fileRequest =
            fileRequest(request, RequestPath.relative(path.value()), exchange);
        exchange.fileRequest = Optional.of(fileRequest);
        if (put) {
          PhoneUploads.Answer answer =
              uploads.answer(request, response, fileRequest, exchange.staleNonce);
          exchange.uploadRouting = Optional.of(answer.routing());
          return answer.sent();
        }
        FileReply reply = service.fetch(fileRequest);
        exchange.reply = Optional.of(reply);
        return encode(request, response, reply, exchange.staleNonce);
      }
    }
  }

  private Sent encode(Request request, Response response, FileReply reply, boolean stale)
      throws IOException {
    return switch (reply) {
      case FileReply.NotFound notFound -> plain(request, response, 404, NOT_FOUND);
      case FileReply.Challenge challenge -> {
        LOG.debug("{} answered 401: {}", request.getHttpURI().getPath(), challenge.reason());
        yield access.challenge(request, response, challenge, stale);
      }
      case FileReply.Denied denied -> {
        LOG.debug("{} answered 403: {}", request.getHttpURI().getPath(), denied.reason());
        yield plain(request, response, 403, "Forbidden\n");
      }
      case FileReply.RenderFailed failed -> {
        LOG.error("file {} answered 500: {}", failed.path(), failed.reason());
        yield plain(request, response, 500, "Internal Server Error\n");
      }
      case FileReply.Served served -> {
        Optional<Sent> sent = files.write(request, response, served);
        if (sent.isEmpty()) {
          LOG.error("file {} answered 500: its stored body is missing", served.path());
          response.getHeaders().clear();
          yield plain(request, response, 500, "Internal Server Error\n");
        }
        yield sent.get();
      }
    };
  }

  private FileRequest fileRequest(Request request, String path, Exchange exchange) {
    PhoneAccess.Proved proved = access.proof(request);
    exchange.staleNonce = proved.staleNonce();
    Protocol protocol = request.isSecure() ? Protocol.HTTPS : Protocol.HTTP;
    String userAgent = request.getHeaders().get(HttpHeader.USER_AGENT);
    return new FileRequest(
        protocol,
        HostName.fromHeader(request.getHeaders().get(HttpHeader.HOST)),
        path,
        Request.getRemoteAddr(request),
        userAgent == null ? "" : userAgent,
        proved.proof());
  }

  /** A short text body; HEAD gets the same headers without it. */
  static Sent plain(Request request, Response response, int status, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.US_ASCII);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    boolean head = request.getMethod().equals("HEAD");
    Content.Sink.write(response, true, ByteBuffer.wrap(head ? new byte[0] : body));
    return new Sent(status, head ? 0 : body.length);
  }

  /** After the response: the access line, the metrics, and the inventory. */
  private void finish(Exchange exchange) {
    Request request = exchange.request;
    Sent sent = exchange.sent;
    AccessLine line = accessLine(exchange);
    accessLog.info(line.format());
    Protocol protocol = request.isSecure() ? Protocol.HTTPS : Protocol.HTTP;
    String path = exchange.fileRequest.map(FileRequest::path).orElse(line.path());
    metrics.answered(protocol, path, sent.status(), sent.bytes());
    if (exchange.fileRequest.isPresent() && exchange.reply.isPresent()) {
      service.answered(
          exchange.fileRequest.get(),
          exchange.reply.get(),
          request.getMethod(),
          sent.status(),
          sent.bytes());
    }
  }

  private AccessLine accessLine(Exchange exchange) {
    Request request = exchange.request;
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime());
    String tenant =
        exchange
            .reply
            .map(FileReply::routing)
            .or(() -> exchange.uploadRouting)
            .flatMap(Routing::tenant)
            .map(TenantId::value)
            .orElse("-");
    String rawPath = exchange.refusedPath ? "" : request.getHttpURI().getPath();
    String userAgent = request.getHeaders().get(HttpHeader.USER_AGENT);
    return new AccessLine(
        clock.instant(),
        Request.getRemoteAddr(request),
        tenant,
        request.getMethod(),
        rawPath == null ? "" : rawPath,
        exchange.sent.status(),
        exchange.sent.bytes(),
        millis,
        userAgent == null ? "" : userAgent);
  }
}
