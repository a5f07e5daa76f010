package dev.ucprov.http.admin;

import dev.ucprov.core.files.BlobStore;
import dev.ucprov.http.wire.HttpDates;
import dev.ucprov.http.wire.RequestPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin listener's one handler: decodes the path, checks the bearer token (except for {@code
 * /health}), dispatches to a route and writes its reply. Runs on a virtual thread, so routes block.
 */
public final class AdminHandler extends Handler.Abstract {

  private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);
  private static final String OPEN_PATH = "/health";

  /**
   * The most of a refused body read so that the client sees the refusal: four times the standard
   * JSON limit, far under the file limit ({@link AdminLimits#standard()}); a larger body ends with
   * the connection.
   */
  private static final long DRAIN_LIMIT = 4L * 1024 * 1024;

  private final BearerToken token;
  private final Router router;
  private final BlobStore blobs;

  AdminHandler(BearerToken token, Router router, BlobStore blobs) {
    this.token = token;
    this.router = router;
    this.blobs = blobs;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    try {
      ApiReply reply = answer(request);
      if (reply instanceof ApiReply.Failure failure && declaresBody(request)) {
        boolean read = failure.status() != 401 && drained(request);
        if (!read) {
          // The body left unread, Jetty closes the connection, and a client that pools
          // connections must be told so, or it sends its next request into it.
          response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
      }
      write(response, reply);
      callback.succeeded();
    } catch (Throwable t) {
      callback.failed(t);
    }
    return true;
  }

  private ApiReply answer(Request request) {
    String method = request.getMethod();
    String path;
    switch (RequestPath.decode(request.getHttpURI().getPath())) {
      case RequestPath.Decoded.Refused refused -> {
        return error(400, refused.reason());
      }
      case RequestPath.Decoded.Path decoded -> path = decoded.value();
    }
    if (!path.equals(OPEN_PATH)) {
      Optional<String> refusal =
          token.refusal(Optional.ofNullable(request.getHeaders().get(HttpHeader.AUTHORIZATION)));
      if (refusal.isPresent()) {
        return error(401, refusal.get());
      }
    }
    return switch (router.dispatch(method, path)) {
      case Router.Dispatch.NoRoute none -> error(404, "no such route: " + method + " " + path);
      case Router.Dispatch.WrongMethod wrong ->
          new ApiReply.Failure(
              405,
              "method " + method + " not allowed on " + path + "; allowed: " + wrong.allowed(),
              wrong.allowed());
      case Router.Dispatch.Found found -> invoke(found, request, path);
    };
  }

  private ApiReply invoke(Router.Dispatch.Found found, Request request, String path) {
    try {
      ApiRequest api =
          new ApiRequest(
              path, found.variables(), query(request), contentType(request), body(request));
      return found.action().answer(api);
    } catch (ApiError e) {
      return error(e.status(), e.getMessage());
    } catch (Exception e) {
      LOG.error("admin request {} {} failed", request.getMethod(), path, e);
      return error(500, "internal error; the server log has the details");
    }
  }

  /**
   * Reads and drops what is left of a refused request's body, up to {@link #DRAIN_LIMIT} bytes;
   * whether it reached the end. A connection closed with unread bytes in the server's socket is
   * reset, and a client still sending its body may then never read the answer (a 413 seen as "no
   * bytes" by the JDK's client). Only for authenticated requests: a client without the token gets
   * its connection closed, not its body read.
   */
  private static boolean drained(Request request) {
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] discard = new byte[16 * 1024];
      long left = DRAIN_LIMIT;
      while (left > 0) {
        int n = in.read(discard, 0, (int) Math.min(discard.length, left));
        if (n < 0) {
          return true;
        }
        left -= n;
      }
      return false;
    } catch (IOException | RuntimeException e) {
      LOG.debug("refused request's body not drained", e);
      return false;
    }
  }

  private static boolean declaresBody(Request request) {
    return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
  }

  private static ApiReply error(int status, String message) {
    return new ApiReply.Failure(status, message);
  }

  private static Map<String, List<String>> query(Request request) {
    Fields fields;
    try {
      fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw ApiError.badRequest("query string is not valid percent-encoded UTF-8");
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (Fields.Field field : fields) {
      query.put(field.getName(), List.copyOf(field.getValues()));
    }
    return query;
  }

  private static Optional<String> contentType(Request request) {
    String header = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    int semicolon = header.indexOf(';');
    String type = semicolon < 0 ? header : header.substring(0, semicolon);
    return Optional.of(type.trim().toLowerCase(Locale.ROOT));
  }

  private static ApiRequest.RequestBody body(Request request) {
    long declared = request.getLength();
    return new ApiRequest.RequestBody() {
      @Override
      public OptionalLong declaredLength() {
        return declared < 0 ? OptionalLong.empty() : OptionalLong.of(declared);
      }

      @Override
      public InputStream stream(long limit) {
        if (declared > limit) {
          throw BoundedInput.tooLarge(limit);
        }
        return new BoundedInput(Content.Source.asInputStream(request), limit);
      }
    };
  }

  private void write(Response response, ApiReply reply) throws IOException {
    if (reply instanceof ApiReply.Stored stored) {
      writeStored(response, stored);
      return;
    }
    response.setStatus(reply.status());
    byte[] body =
        switch (reply) {
          case ApiReply.Json json -> {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            yield Json.bytes(json.body());
          }
          case ApiReply.Raw raw -> {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, raw.contentType());
            yield raw.body();
          }
          case ApiReply.Failure failure -> failure(response, failure);
          case ApiReply.NoContent none -> new byte[0];
          case ApiReply.Stored stored -> throw new IllegalStateException("streamed above");
        };
    if (reply.status() != 204) {
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    }
    Content.Sink.write(response, true, ByteBuffer.wrap(body));
  }

  private static byte[] failure(Response response, ApiReply.Failure failure) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    if (!failure.allowed().isEmpty()) {
      response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", failure.allowed()));
    }
    if (failure.status() == 401) {
      response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"ucprov\"");
    }
    return Json.bytes(Json.error(failure.message()));
  }

  /** A stored file's content, streamed; a blob missing from the store is a 500 with its log. */
  private void writeStored(Response response, ApiReply.Stored stored) throws IOException {
    Optional<InputStream> content = blobs.open(stored.blob());
    if (content.isEmpty()) {
      LOG.error("stored body {} is missing from the blob store", stored.blob().sha256());
      write(response, new ApiReply.Failure(500, "the file's stored body is missing"));
      return;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, stored.blob().size());
    response.getHeaders().put(HttpHeader.ETAG, '"' + stored.blob().sha256() + '"');
    response.getHeaders().put(HttpHeader.LAST_MODIFIED, HttpDates.format(stored.lastModified()));
    try (InputStream in = content.get();
        var out = Content.Sink.asOutputStream(response)) {
      in.transferTo(out);
    }
  }
}
