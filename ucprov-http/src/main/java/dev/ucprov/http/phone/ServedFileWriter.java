package dev.ucprov.http.phone;

import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.http.wire.HttpDates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Encodes a {@link FileReply.Served}: validators, 304 for a conditional request that matches, 206
 * or 416 for a Range request (see {@link ByteRange} for the choices), and the body streamed from
 * memory or from the blob store in chunks, so firmware is never held whole. Blocking: runs on the
 * request's virtual thread.
 */
final class ServedFileWriter {

  private static final int CHUNK = 64 * 1024;

  private final BlobStore blobs;

  ServedFileWriter(BlobStore blobs) {
    this.blobs = blobs;
  }

  /** Writes the reply; empty when the stored body is missing (the caller answers 500). */
  Optional<Sent> write(Request request, Response response, FileReply.Served served)
      throws IOException {
    HttpFields headers = request.getHeaders();
    Validators validators = new Validators(EntityTag.strong(served.etag()), served.lastModified());
    HttpFields.Mutable out = response.getHeaders();
    out.put(HttpHeader.ETAG, validators.etag().header());
    out.put(HttpHeader.LAST_MODIFIED, HttpDates.format(validators.lastModified()));
    out.put(HttpHeader.ACCEPT_RANGES, "bytes");
    if (validators.notModified(
        header(headers, HttpHeader.IF_NONE_MATCH), header(headers, HttpHeader.IF_MODIFIED_SINCE))) {
      response.setStatus(304);
      Content.Sink.write(response, true, ByteBuffer.allocate(0));
      return Optional.of(new Sent(304, 0));
    }
    long length = served.body().size();
    ByteRange range = range(request, validators, length);
    if (range instanceof ByteRange.Unsatisfiable unsatisfiable) {
      response.setStatus(416);
      out.put(HttpHeader.CONTENT_RANGE, unsatisfiable.contentRange());
      out.put(HttpHeader.CONTENT_LENGTH, 0);
      Content.Sink.write(response, true, ByteBuffer.allocate(0));
      return Optional.of(new Sent(416, 0));
    }
    ByteRange.Part part =
        range instanceof ByteRange.Part p ? p : new ByteRange.Part(0, length - 1, length);
    boolean partial = range instanceof ByteRange.Part;
    return body(request, response, served, part, partial);
  }

  private Optional<Sent> body(
      Request request,
      Response response,
      FileReply.Served served,
      ByteRange.Part part,
      boolean partial)
      throws IOException {
    long count = part.length() == 0 ? 0 : part.size();
    boolean head = request.getMethod().equals("HEAD");
    Optional<InputStream> stream = Optional.empty();
    if (!head && served.body() instanceof FileReply.Body.Stored stored) {
      stream = blobs.open(stored.blob());
      if (stream.isEmpty()) {
        return Optional.empty();
      }
    }
    int status = partial ? 206 : 200;
    response.setStatus(status);
    HttpFields.Mutable out = response.getHeaders();
    out.put(HttpHeader.CONTENT_TYPE, served.contentType());
    out.put(HttpHeader.CONTENT_LENGTH, count);
    if (partial) {
      out.put(HttpHeader.CONTENT_RANGE, part.contentRange());
    }
    if (head) {
      Content.Sink.write(response, true, ByteBuffer.allocate(0));
      return Optional.of(new Sent(status, 0));
    }
    content(response, served.body(), stream, part.first(), count);
    return Optional.of(new Sent(status, count));
  }

  /** The body's bytes {@code first .. first + count - 1}, from memory or the opened blob. */
  private static void content(
      Response response, FileReply.Body body, Optional<InputStream> stream, long first, long count)
      throws IOException {
    switch (body) {
      case FileReply.Body.Bytes bytes ->
          Content.Sink.write(
              response, true, ByteBuffer.wrap(bytes.content(), (int) first, (int) count));
      case FileReply.Body.Stored stored -> {
        try (InputStream in = stream.orElseThrow()) {
          copy(in, response, first, count);
        }
      }
    }
  }

  private static ByteRange range(Request request, Validators validators, long length) {
    String header = request.getHeaders().get(HttpHeader.RANGE);
    if (header == null || !request.getMethod().equals("GET")) {
      return new ByteRange.Whole();
    }
    if (!validators.rangeAllowed(header(request.getHeaders(), HttpHeader.IF_RANGE))) {
      return new ByteRange.Whole();
    }
    return ByteRange.of(header, length);
  }

  /** Copies {@code count} bytes from {@code first}; a short blob fails the response. */
  private static void copy(InputStream in, Response response, long first, long count)
      throws IOException {
    in.skipNBytes(first);
    byte[] buffer = new byte[(int) Math.min(CHUNK, Math.max(count, 1))];
    long left = count;
    while (left > 0) {
      int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, left));
      if (n <= 0) {
        throw new IOException("stored body ended " + left + " bytes early");
      }
      left -= n;
      Content.Sink.write(response, left == 0, ByteBuffer.wrap(buffer, 0, n));
    }
    if (count == 0) {
      Content.Sink.write(response, true, ByteBuffer.allocate(0));
    }
  }

  /** A header's values joined as one list, as RFC 9110 section 5.3 allows. */
  static Optional<String> header(HttpFields headers, HttpHeader name) {
    var values = headers.getValuesList(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
  }
}
