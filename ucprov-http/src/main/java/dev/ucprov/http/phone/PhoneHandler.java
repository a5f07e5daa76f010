package dev.ucprov.http.phone;

import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.tenant.TenantId;
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
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone listener: GET and HEAD only; the path decoded once and the Host header read into a
 * {@link FileRequest}; the service's {@link FileReply} encoded; then one access-log line, the
 * metrics, and the inventory told what was sent. Runs on a virtual thread, so it blocks freely.
 */
public final class PhoneHandler extends Handler.Abstract {

  private static final Logger LOG = LoggerFactory.getLogger(PhoneHandler.class);

  /** Every refusal body is one of these few words, the same whatever the cause. */
  private static final String NOT_FOUND = "Not Found\n";

  private final ProvisioningService service;
  private final ServedFileWriter files;
  private final RequestMetrics metrics;
  private final Logger accessLog;
  private final Clock clock;

  /**
   * @param accessLog where access lines go; {@code ucprov.access} in production
   */
  public PhoneHandler(
      ProvisioningService service,
      BlobStore blobs,
      RequestMetrics metrics,
      Logger accessLog,
      Clock clock) {
    this.service = service;
    this.files = new ServedFileWriter(blobs);
    this.metrics = metrics;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Exchange exchange = new Exchange(request);
    try {
      exchange.sent = answer(request, response, exchange);
      callback.succeeded();
    } catch (Throwable t) {
      // Usually the phone went away mid-body; the line logs what had been sent by then.
      LOG.debug("phone response failed", t);
      if (response.isCommitted()) {
        exchange.sent = new Sent(response.getStatus(), Response.getContentBytesWritten(response));
      }
      callback.failed(t);
    } finally {
      finish(exchange);
    }
    return true;
  }

  /** What one request led to, filled as it goes. */
  private static final class Exchange {
    final Request request;
    Optional<FileRequest> fileRequest = Optional.empty();
    Optional<FileReply> reply = Optional.empty();
    Sent sent = new Sent(500, 0);

    Exchange(Request request) {
      this.request = request;
    }
  }

  private Sent answer(Request request, Response response, Exchange exchange) throws IOException {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      return plain(response, 405, "Method Not Allowed\n");
    }
    switch (RequestPath.decode(request.getHttpURI().getPath())) {
      case RequestPath.Decoded.Refused refused -> {
        LOG.debug("refused path {}: {}", request.getHttpURI().getPath(), refused.reason());
        return plain(response, 400, "Bad Request\n");
      }
      case RequestPath.Decoded.Path path -> {
        FileRequest fileRequest = fileRequest(request, RequestPath.relative(path.value()));
        exchange.fileRequest = Optional.of(fileRequest);
        FileReply reply = service.fetch(fileRequest);
        exchange.reply = Optional.of(reply);
        return encode(request, response, reply);
      }
    }
  }

  private Sent encode(Request request, Response response, FileReply reply) throws IOException {
    return switch (reply) {
      case FileReply.NotFound notFound -> plain(response, 404, NOT_FOUND);
      case FileReply.RenderFailed failed -> {
        LOG.error("file {} answered 500: {}", failed.path(), failed.reason());
        yield plain(response, 500, "Internal Server Error\n");
      }
      case FileReply.Served served -> {
        Optional<Sent> sent = files.write(request, response, served);
        if (sent.isEmpty()) {
          LOG.error("file {} answered 500: its stored body is missing", served.path());
          response.getHeaders().clear();
          yield plain(response, 500, "Internal Server Error\n");
        }
        yield sent.get();
      }
    };
  }

  private static FileRequest fileRequest(Request request, String path) {
    Protocol protocol = request.isSecure() ? Protocol.HTTPS : Protocol.HTTP;
    String userAgent = request.getHeaders().get(HttpHeader.USER_AGENT);
    return new FileRequest(
        protocol,
        HostName.fromHeader(request.getHeaders().get(HttpHeader.HOST)),
        path,
        Request.getRemoteAddr(request),
        userAgent == null ? "" : userAgent);
  }

  /** A short text body; HEAD gets the same headers without it. */
  private static Sent plain(Response response, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.US_ASCII);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    Content.Sink.write(response, true, ByteBuffer.wrap(body));
    return new Sent(status, body.length);
  }

  private void finish(Exchange exchange) {
    Request request = exchange.request;
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime());
    Sent sent = exchange.sent;
    String tenant =
        exchange.reply.flatMap(r -> r.routing().tenant()).map(TenantId::value).orElse("-");
    String rawPath = request.getHttpURI().getPath();
    String userAgent = request.getHeaders().get(HttpHeader.USER_AGENT);
    AccessLine line =
        new AccessLine(
            clock.instant(),
            Request.getRemoteAddr(request),
            tenant,
            request.getMethod(),
            rawPath == null ? "" : rawPath,
            sent.status(),
            sent.bytes(),
            millis,
            userAgent == null ? "" : userAgent);
    accessLog.info(line.format());
    Protocol protocol = request.isSecure() ? Protocol.HTTPS : Protocol.HTTP;
    String path = exchange.fileRequest.map(FileRequest::path).orElse(line.path());
    metrics.answered(protocol, path, sent.status(), sent.bytes());
    exchange.fileRequest.ifPresent(fileRequest ->
        exchange.reply.ifPresent(reply ->
            service.answered(
                fileRequest, reply, request.getMethod(), sent.status(), sent.bytes())));
  }
}
