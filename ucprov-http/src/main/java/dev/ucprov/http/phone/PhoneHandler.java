package dev.ucprov.http.phone;

import dev.ucprov.core.abuse.Admission;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.MemoryOnly;
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
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.ConnectionMetaData;
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
 *
 * <p>Where it runs (ADR 0020): a GET or HEAD is first answered on the network thread that read it,
 * inside {@link MemoryOnly#call}, and its response written without waiting ({@link
 * Delivery#started}); that is the common case of a phone asking again for a file the caches hold,
 * and it saves a thread hand-off per request. When the answer needs a read that would block (a
 * cache miss, a blob not kept in memory, a large body, a slowed source address) the request goes on
 * from there on a virtual thread of its own, as PUT and every other method always do.
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
  private final boolean inline;
  private final ThreadFactory virtualThreads = Thread.ofVirtual().name("ucprov-req-", 0).factory();

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
    this(service, uploads, credentials, blobs, metrics, accessLog, clock, true);
  }

  /**
   * @param inline whether GET and HEAD are first tried on the network thread; tests turn it off to
   *     check that both ways answer alike
   */
  public PhoneHandler(
      ProvisioningService service,
      Uploads uploads,
      PhoneCredentials credentials,
      BlobStore blobs,
      RequestMetrics metrics,
      Logger accessLog,
      Clock clock,
      boolean inline) {
    this.inline = inline;
    this.service = service;
    this.access = new PhoneAccess(service, credentials);
    this.files = new ServedFileWriter(blobs);
    this.uploads = new PhoneUploads(uploads, access);
    this.metrics = metrics;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /** Jetty may call {@link #handle} on a network thread: it never blocks there. */
  @Override
  public InvocationType getInvocationType() {
    return InvocationType.NON_BLOCKING;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    request.setAttribute(SEEN, Boolean.TRUE);
    Exchange exchange = new Exchange(request);
    String method = request.getMethod();
    if (inline && (method.equals("GET") || method.equals("HEAD"))) {
      inline(exchange, response, callback);
    } else {
      onVirtualThread(exchange, response, callback, () -> answer(request, response, exchange));
    }
    return true;
  }

  /**
   * Answers on this thread when the answer is in memory; otherwise goes on from where it stopped on
   * a virtual thread. The request's proof is read once (a Digest nonce counts once), and its
   * admission asked once.
   */
  private void inline(Exchange exchange, Response response, Callback callback) {
    Request request = exchange.request;
    Delivery out = Delivery.started(new InlineEnd(exchange, callback));
    try {
      switch (access.admission(exchange.address)) {
        case Admission.Refused refused -> {
          access.refuse(request, response, refused, out);
          return;
        }
        case Admission.Slowed slowed -> {
          onVirtualThread(
              exchange,
              response,
              callback,
              () -> {
                Thread.sleep(slowed.delay());
                return admitted(request, response, exchange, Delivery.BLOCKING);
              });
          return;
        }
        case Admission.Admitted admitted -> {}
      }
      try {
        MemoryOnly.call(() -> admitted(request, response, exchange, out));
      } catch (MemoryOnly.WouldBlock needsToWait) {
        response.reset();
        onVirtualThread(
            exchange,
            response,
            callback,
            () -> {
              if (exchange.fileRequest.isEmpty()) {
                return admitted(request, response, exchange, Delivery.BLOCKING);
              }
              return reply(
                  request, response, exchange, exchange.fileRequest.get(), Delivery.BLOCKING);
            });
      }
    } catch (Throwable t) {
      failed(exchange, response, t);
      callback.failed(t);
      finish(exchange);
    }
  }

  /** The end of an inline answer: the access line and the inventory once the write is done. */
  private final class InlineEnd implements Delivery.Completion {
    private final Exchange exchange;
    private final Callback callback;

    InlineEnd(Exchange exchange, Callback callback) {
      this.exchange = exchange;
      this.callback = callback;
    }

    @Override
    public void sending(Sent sent) {
      exchange.sent = sent;
      exchange.onNetworkThread = !Thread.currentThread().isVirtual();
    }

    @Override
    public void succeeded() {
      try {
        callback.succeeded();
      } finally {
        finish(exchange);
      }
    }

    @Override
    public void failed(Throwable failure) {
      LOG.debug("phone response cut short", failure);
      try {
        callback.failed(failure);
      } finally {
        finish(exchange);
      }
    }

    @Override
    public InvocationType getInvocationType() {
      return InvocationType.NON_BLOCKING;
    }
  }

  /** Work that writes a whole answer, blocking as it needs. */
  @FunctionalInterface
  private interface Answering {
    Sent answer() throws IOException, InterruptedException;
  }

  /** Runs {@code work} on a virtual thread of its own, then completes the request. */
  private void onVirtualThread(
      Exchange exchange, Response response, Callback callback, Answering work) {
    virtualThreads
        .newThread(() -> {
          try {
            exchange.sent = work.answer();
            callback.succeeded();
          } catch (Throwable t) {
            failed(exchange, response, t);
            callback.failed(t);
          } finally {
            finish(exchange);
          }
        })
        .start();
  }

  /** Logs why a request failed and notes what had been sent by then. */
  private void failed(Exchange exchange, Response response, Throwable t) {
    if (t instanceof IOException) {
      // The phone went away mid-body; the access line says what had been sent by then.
      LOG.debug("phone response cut short", t);
    } else if (t instanceof InterruptedException) {
      // Stopping while a slowed answer waited: nothing to report.
      Thread.currentThread().interrupt();
    } else {
      LOG.error("phone request {} failed", exchange.request.getHttpURI().getPath(), t);
    }
    if (response.isCommitted()) {
      exchange.sent = new Sent(response.getStatus(), Response.getContentBytesWritten(response));
    }
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

    /** The client's address as text ({@link #addressOf}). */
    final String address;

    Optional<FileRequest> fileRequest = Optional.empty();
    Optional<FileReply> reply = Optional.empty();
    Optional<Routing> uploadRouting = Optional.empty();
    boolean staleNonce;
    Sent sent = new Sent(500, 0);
    boolean refusedPath;
    boolean onNetworkThread;

    Exchange(Request request) {
      this.request = request;
      this.address = addressOf(request);
    }
  }

  private static final String ADDRESS = PhoneHandler.class.getName() + ".address";

  /**
   * The client's address as text, made once per connection and kept with it: Jetty formats it anew
   * each time it is asked, and a phone asks for a dozen files over one connection.
   */
  private static String addressOf(Request request) {
    ConnectionMetaData connection = request.getConnectionMetaData();
    if (connection.getAttribute(ADDRESS) instanceof String known) {
      return known;
    }
    String address = Request.getRemoteAddr(request);
    connection.setAttribute(ADDRESS, address);
    return address;
  }

  /** The whole answer, on a virtual thread: admission (waiting if slowed) first. */
  private Sent answer(Request request, Response response, Exchange exchange)
      throws IOException, InterruptedException {
    Optional<Sent> tooMany = access.admit(request, response, exchange.address);
    if (tooMany.isPresent()) {
      return tooMany.get();
    }
    return admitted(request, response, exchange, Delivery.BLOCKING);
  }

  /** The answer to an admitted request. */
  private Sent admitted(Request request, Response response, Exchange exchange, Delivery out)
      throws IOException {
    String method = request.getMethod();
    boolean put = method.equals("PUT");
    if (!put && !method.equals("GET") && !method.equals("HEAD")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, PUT");
      return plain(request, response, 405, "Method Not Allowed\n", out);
    }
    switch (RequestPath.decode(request.getHttpURI().getPath())) {
      case RequestPath.Decoded.Refused refused -> {
        LOG.debug("refused path {}: {}", request.getHttpURI().getPath(), refused.reason());
        return plain(request, response, 400, "Bad Request\n", out);
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
        return reply(request, response, exchange, fileRequest, out);
      }
    }
  }

  /** Fetches and encodes the reply to a GET or HEAD. */
  private Sent reply(
      Request request, Response response, Exchange exchange, FileRequest fileRequest, Delivery out)
      throws IOException {
    FileReply reply = service.fetch(fileRequest);
    exchange.reply = Optional.of(reply);
    return encode(request, response, reply, exchange.staleNonce, out);
  }

  private Sent encode(
      Request request, Response response, FileReply reply, boolean stale, Delivery out)
      throws IOException {
    return switch (reply) {
      case FileReply.NotFound notFound -> plain(request, response, 404, NOT_FOUND, out);
      case FileReply.Challenge challenge -> {
        LOG.debug("{} answered 401: {}", request.getHttpURI().getPath(), challenge.reason());
        yield access.challenge(request, response, challenge, stale, out);
      }
      case FileReply.Denied denied -> {
        LOG.debug("{} answered 403: {}", request.getHttpURI().getPath(), denied.reason());
        yield plain(request, response, 403, "Forbidden\n", out);
      }
      case FileReply.RenderFailed failed -> {
        LOG.error("file {} answered 500: {}", failed.path(), failed.reason());
        yield plain(request, response, 500, "Internal Server Error\n", out);
      }
      case FileReply.Served served -> {
        Optional<Sent> sent = files.write(request, response, served, out);
        if (sent.isEmpty()) {
          LOG.error("file {} answered 500: its stored body is missing", served.path());
          response.getHeaders().clear();
          yield plain(request, response, 500, "Internal Server Error\n", out);
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
        exchange.address,
        userAgent == null ? "" : userAgent,
        proved.proof());
  }

  /** A short text body; HEAD gets the same headers without it. */
  static Sent plain(Request request, Response response, int status, String text, Delivery out)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.US_ASCII);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    boolean head = request.getMethod().equals("HEAD");
    return out.last(
        response,
        ByteBuffer.wrap(head ? new byte[0] : body),
        new Sent(status, head ? 0 : body.length));
  }

  /** After the response: the access line, the metrics, and the inventory. */
  private void finish(Exchange exchange) {
    Request request = exchange.request;
    Sent sent = exchange.sent;
    AccessLine line = accessLine(exchange);
    Protocol protocol = request.isSecure() ? Protocol.HTTPS : Protocol.HTTP;
    String path = exchange.fileRequest.map(FileRequest::path).orElse(line.path());
    metrics.answered(protocol, path, sent.status(), sent.bytes());
    if (!exchange.refusedPath) {
      metrics.answeredOn(exchange.onNetworkThread);
    }
    if (exchange.fileRequest.isPresent() && exchange.reply.isPresent()) {
      service.answered(
          exchange.fileRequest.get(),
          exchange.reply.get(),
          request.getMethod(),
          sent.status(),
          sent.bytes());
    }
    // Last: whoever reads the access line (an operator, a test waiting for it) then finds the
    // request counted in the metrics and the inventory's queue too.
    accessLog.info(line.format());
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
        exchange.address,
        tenant,
        request.getMethod(),
        rawPath == null ? "" : rawPath,
        exchange.sent.status(),
        exchange.sent.bytes(),
        millis,
        userAgent == null ? "" : userAgent);
  }
}
