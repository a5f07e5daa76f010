package dev.ucprov.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers by itself (a malformed request line, headers too large, a handler that
 * failed before writing): {@code {"error": "<reason phrase>"}}, the admin API's error shape, with
 * no stack, cause or server detail, so a phone learns nothing either.
 */
final class ErrorBody extends ErrorHandler {

  /** A request line or header Jetty could not parse: the same JSON shape, before any handler. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    // Jetty ends the connection after a message it could not parse; a pooling client must know.
    fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    return ByteBuffer.wrap(body(status));
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    byte[] body = body(code);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    // Jetty answers here for requests it refused or handlers that failed, and may leave a body
    // unread; the connection then ends after this answer, so say so, or a pooling client sends
    // its next request into a closed connection. These answers are rare: closing costs nothing.
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    Content.Sink.write(response, true, ByteBuffer.wrap(body));
    callback.succeeded();
  }

  private static byte[] body(int status) {
    String reason = HttpStatus.getMessage(status).replace("\"", "'");
    return ("{\"error\":\"" + reason + "\"}").getBytes(StandardCharsets.UTF_8);
  }
}
